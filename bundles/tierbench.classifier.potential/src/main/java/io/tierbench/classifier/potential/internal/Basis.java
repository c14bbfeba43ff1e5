package io.tierbench.classifier.potential.internal;

/**
 * Where a customer's expected annual revenue came from, in the order they are tried. The code is the {@code basis}
 * score, since scores are numbers.
 */
enum Basis {
    /** No industry nor size, or no group with enough peers: unknown potential. */
    NONE(0, "none"),
    /** The configured table, {@code expected.<industry>.<size>}. */
    CONFIGURED(1, "configured"),
    /** The peers of the same industry and size bucket. */
    CELL(2, "industry x size"),
    /** The peers of the same size bucket, across industries. */
    SIZE(3, "size"),
    /** The peers of the same industry, any size. */
    INDUSTRY(4, "industry");

    private final int code;
    private final String description;

    Basis(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** @return the {@code basis} score */
    int code() {
        return code;
    }

    /** @return e.g. {@code industry x size} */
    String description() {
        return description;
    }
}
