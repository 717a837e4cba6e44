package newsgraph.spark;

/**
 * One measured way of ingesting the benchmark's articles.
 *
 * @param articles articles stored
 * @param quads    quads in the store at the end (or written, for a leg without a store)
 * @param wall     seconds
 * @param cpu      process CPU seconds (all threads; on a cluster, the driver's only)
 * @param bytes    bytes the leg left on disk: the store, or the shards
 */
record BenchLeg(String name, long articles, long quads, double wall, double cpu, long bytes) {

    BenchLeg plus(String sum, BenchLeg o) {
        return new BenchLeg(sum, articles, o.quads, wall + o.wall, cpu + o.cpu, o.bytes);
    }

    double cpuMsPerArticle() {
        return cpu * 1000 / Math.max(1, articles);
    }

    double articlesPerSecond() {
        return articles / Math.max(1e-9, wall);
    }
}
