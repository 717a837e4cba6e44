package newsgraph.pipeline;

/**
 * When the writer commits its open batch (one TDB2 write transaction), and so how much a crash can lose:
 * never more than the open batch. A batch is committed
 * <ul>
 *   <li>when it holds {@code maxArticles} articles or {@code maxTriples} triples;</li>
 *   <li>once it has been open {@code minNanos} (5 s) <em>and</em> holds at least {@code runShare} (a tenth)
 *       of the triples this run has committed before it: the first batches of a run last 5 s, later ones
 *       grow with the run (by work done, not time), up to the limits above;</li>
 *   <li>when no article has been added to it for {@code minNanos} (a slow article, the input ended), so a
 *       stalled run never holds finished work uncommitted.</li>
 * </ul>
 * So a crash loses the articles of the last 5 seconds, or, in a long run, at most a tenth of what the
 * run had committed, and never more than 2,000 articles or 400,000 triples (about 20 s of work).
 *
 * <p>Why not every 5 seconds throughout: TDB2 writes copy-on-write, and each commit leaves behind a copy
 * of every index block the batch touched. Once the store is large a batch touches blocks all over the
 * indexes (the node table's hash index above all), so each commit leaves about as much as it writes:
 * five renamed copies of Reuters-21578 (95,200 articles) with 5-second commits ended at 17 GB on disk.
 * Batches that grow with the run make the number of commits grow with the logarithm of the run's size
 * up to the limits, instead of with its length.
 */
record CommitPolicy(int maxArticles, long maxTriples, long minNanos, double runShare) {
    /** A tenth: a crash in a long run loses at most about a tenth of what it had stored. */
    static final double RUN_SHARE = 0.1;

    CommitPolicy {
        if (maxArticles < 1 || maxTriples < 1 || minNanos < 0 || runShare < 0) {
            throw new IllegalArgumentException("batch sizes must be at least 1, the time and share not negative");
        }
    }

    /** The batch holds as much as one may: commit it now. */
    boolean full(int articles, long triples) {
        return articles >= maxArticles || triples >= maxTriples;
    }

    /**
     * After an article was added: commit the batch (open {@code openNanos}, holding {@code triples}) now,
     * the run having committed {@code runTriples} before it?
     */
    boolean due(int articles, long triples, long openNanos, long runTriples) {
        return full(articles, triples) || openNanos >= minNanos && triples >= runShare * runTriples;
    }

    /** The writer waits for the next article and none has been added for {@code idleNanos}: commit what is open? */
    boolean idle(long idleNanos) {
        return idleNanos >= minNanos;
    }
}
