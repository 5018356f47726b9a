package dev.fivenines.feedback.d2.compile;

/**
 * Numbers parallel edges: d2 gives each edge the count of earlier edges with the same ends and
 * arrows. Ends are compared by identity and hashed by their own {@code hashCode} (IR fields and
 * graph objects draw one at creation). An open-addressing table of parallel arrays: a
 * {@code HashMap} would allocate a key record, a node and maybe an Integer for every edge, and
 * both the IR and the graph number every edge of every file.
 */
final class EdgeCounter {

    private static final int FIRST_CAPACITY = 4; // most maps hold an edge or two

    /** Source of entry {@code i} at {@code 2i}, target at {@code 2i + 1}; null marks a free slot. */
    private Object[] ends;
    private byte[] arrows;
    private int[] counts;
    private int size;

    /** The number of edges counted before with these ends and arrows; counts this one. */
    int next(Object src, Object dst, boolean srcArrow, boolean dstArrow) {
        if (ends == null) {
            allocate(FIRST_CAPACITY);
        } else if (2 * (size + 1) > counts.length) {
            grow();
        }
        byte flags = (byte) ((srcArrow ? 2 : 0) | (dstArrow ? 1 : 0));
        int mask = counts.length - 1;
        for (int i = slot(src, dst, flags, mask); ; i = (i + 1) & mask) {
            Object s = ends[2 * i];
            if (s == null) {
                ends[2 * i] = src;
                ends[2 * i + 1] = dst;
                arrows[i] = flags;
                counts[i] = 1;
                size++;
                return 0;
            }
            if (s == src && ends[2 * i + 1] == dst && arrows[i] == flags) {
                return counts[i]++;
            }
        }
    }

    /** Forgets every count (the edges are numbered anew). */
    void clear() {
        ends = null;
        arrows = null;
        counts = null;
        size = 0;
    }

    private static int slot(Object src, Object dst, byte flags, int mask) {
        int h = (31 * src.hashCode() + dst.hashCode()) * 4 + flags;
        return (h ^ (h >>> 16)) & mask;
    }

    private void allocate(int capacity) {
        ends = new Object[2 * capacity];
        arrows = new byte[capacity];
        counts = new int[capacity];
    }

    /** Doubles the table (kept at most half full, so probe runs stay short) and re-inserts every entry. */
    private void grow() {
        Object[] oldEnds = ends;
        byte[] oldArrows = arrows;
        int[] oldCounts = counts;
        allocate(2 * oldCounts.length);
        int mask = counts.length - 1;
        for (int j = 0; j < oldCounts.length; j++) {
            Object src = oldEnds[2 * j];
            if (src == null) {
                continue;
            }
            int i = slot(src, oldEnds[2 * j + 1], oldArrows[j], mask);
            while (ends[2 * i] != null) {
                i = (i + 1) & mask;
            }
            ends[2 * i] = src;
            ends[2 * i + 1] = oldEnds[2 * j + 1];
            arrows[i] = oldArrows[j];
            counts[i] = oldCounts[j];
        }
    }
}
