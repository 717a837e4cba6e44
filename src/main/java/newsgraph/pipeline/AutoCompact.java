package newsgraph.pipeline;

import java.util.Locale;

import newsgraph.store.GraphStore;

/**
 * Whether an ingest compacts the store when it is over ({@code ingest --compact}). TDB2 writes
 * copy-on-write, so every commit leaves old index blocks behind; a long run, or a re-ingest into a large
 * store, can leave a folder several times the size of its live data. {@link #AUTO} compacts when the run
 * grew the store by more than {@link #GROWTH} times what its triples take compacted (about
 * {@link #BYTES_PER_TRIPLE} bytes a triple) and by more than {@link #MIN_GROWTH} bytes, so a small run
 * never pays for a compaction and a large one never ends more than about twice the size it needs.
 */
public enum AutoCompact {
    AUTO, ALWAYS, NEVER;

    /**
     * Bytes a stored triple takes in a compacted store, indexes and node table together: 1,000 Reuters
     * articles, 177,138 quads, 41.8 MiB compacted (247 bytes a quad).
     */
    static final long BYTES_PER_TRIPLE = 256;
    static final double GROWTH = 2.0;
    static final long MIN_GROWTH = 64L << 20;

    /** The value of {@code --compact}: auto, always or never. */
    public static AutoCompact parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--compact takes auto, always or never, not '" + s + "'", e);
        }
    }

    /** Should a run that stored {@code triples} and grew the store from {@code before} to {@code after} bytes compact? */
    boolean wanted(long before, long after, long triples) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> after - before > MIN_GROWTH && after - before > GROWTH * BYTES_PER_TRIPLE * triples;
        };
    }

    /**
     * Compacts {@code store} (which closes it) if this mode wants it after the run, telling {@code listener}
     * the sizes before and after.
     *
     * @param before the store's size on disk before the run
     * @return true if the store was compacted, and so closed
     */
    public boolean afterRun(GraphStore store, long before, IngestResult result, IngestListener listener) {
        long after = store.sizeOnDisk();
        if (!wanted(before, after, result.triples())) {
            return false;
        }
        long t0 = System.nanoTime();
        long[] sizes = store.compact();
        listener.notice(String.format(Locale.ROOT, "compacted the store: %.1f MiB -> %.1f MiB (%.1f s; --compact %s)",
                sizes[0] / 1048576.0, sizes[1] / 1048576.0, (System.nanoTime() - t0) / 1e9,
                name().toLowerCase(Locale.ROOT)));
        return true;
    }
}
