package io.tierbench.importer.support;

/**
 * The ids already accepted from a file, to reject duplicates. It keeps a 64-bit fingerprint per id in an
 * open-addressing table rather than the strings themselves: 20 million order ids then take about 270 MB instead of
 * about 2 GB. Two different ids share a fingerprint with a probability of about n² / 2⁶⁵ (10⁻⁵ for 20 million
 * ids); such a pair would be reported as a duplicate, never silently merged.
 */
final class SeenIds {

    private static final long EMPTY = 0L;
    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;
    private boolean containsEmptyMarker;

    /** @return {@code true} when the id was not seen before */
    boolean add(String id) {
        long fingerprint = fingerprint(id);
        if (fingerprint == EMPTY) {
            boolean added = !containsEmptyMarker;
            containsEmptyMarker = true;
            return added;
        }
        if ((size + 1) * 3L > slots.length * 2L) {
            grow();
        }
        return insert(slots, fingerprint);
    }

    private boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == fingerprint) {
                return false;
            }
            if (table[slot] == EMPTY) {
                table[slot] = fingerprint;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long fingerprint : old) {
            if (fingerprint != EMPTY) {
                insert(slots, fingerprint);
            }
        }
    }

    /** FNV-1a over the characters, then the MurmurHash3 finalizer so that the low bits (the slot) are well mixed. */
    private static long fingerprint(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
