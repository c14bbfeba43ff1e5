package io.tierbench.classifier.potential.internal;

/**
 * A group of peers: the same industry and size bucket ({@link Basis#CELL}), the same size bucket
 * ({@link Basis#SIZE}), or the same industry ({@link Basis#INDUSTRY}).
 *
 * @param basis which kind of group
 * @param industryKey the industry's comparison key, {@code null} for a size group
 * @param bucket the size bucket, {@code null} for an industry group
 */
record PeerGroup(Basis basis, String industryKey, SizeBucket bucket) {

    static PeerGroup cell(String industryKey, SizeBucket bucket) {
        return new PeerGroup(Basis.CELL, industryKey, bucket);
    }

    static PeerGroup size(SizeBucket bucket) {
        return new PeerGroup(Basis.SIZE, null, bucket);
    }

    static PeerGroup industry(String industryKey) {
        return new PeerGroup(Basis.INDUSTRY, industryKey, null);
    }

    /**
     * @param industry the industry's name as first recorded
     * @return e.g. {@code industry x size 电子制造 x medium}, {@code size medium (across industries)}
     */
    String describe(String industry) {
        return switch (basis) {
            case CELL -> "industry x size " + industry + " x " + bucket.key();
            case SIZE -> "size " + bucket.key() + " (across industries)";
            case INDUSTRY -> "industry " + industry + " (any size)";
            default -> throw new IllegalStateException("not a peer group: " + basis);
        };
    }
}
