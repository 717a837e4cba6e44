package newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.SparkSession;

import newsgraph.ingest.InputReaders;
import newsgraph.pipeline.Ingest;
import newsgraph.pipeline.IngestListener;
import newsgraph.pipeline.IngestParts;
import newsgraph.pipeline.IngestPipeline;
import newsgraph.store.ArticleStore;
import newsgraph.store.ExportFormat;
import newsgraph.store.GraphStore;
import newsgraph.store.ShardLoader;
import newsgraph.store.Stores;

/** What the job's tests share: a local Spark, the project's folders, and the two ways into a store. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    /** One {@code local[2]} session for every test of the run (starting one takes seconds). */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("newsgraph-test").master("local[2]")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        }
        return session;
    }

    /** The project's root: the folder above this module. */
    static Path projectRoot() {
        return LocalPaths.projectRoot();
    }

    /** {@code newsgraph ingest PATHS} (two threads) into a new store at {@code dir}. */
    static void ingest(List<Path> paths, Path dir) throws InterruptedException {
        IngestPipeline pipeline = new IngestPipeline(IngestParts.load(null)::newConverter, 2, IngestListener.SILENT,
                new InputReaders());
        try (GraphStore store = GraphStore.open(dir)) {
            new Ingest(pipeline).run(paths, store);
        }
    }

    /** The job over {@code paths} into {@code out}, then {@code newsgraph load} of its shards into a new store. */
    static JobResult sparkAndLoad(List<Path> paths, Path out, Path dir) throws Exception {
        JobResult r = ShardJob.run(session(), paths.stream().map(p -> p.toUri().toString()).toList(), out.toString(),
                JobSettings.defaults(), 0);
        try (GraphStore store = GraphStore.open(dir)) {
            ShardLoader.load(store, ShardLoader.shardFiles(out), ShardLoader.Plan.PHASED, (fmt, args) -> { });
        }
        return r;
    }

    /** The store's quads as N-Quads lines, sorted. */
    static List<String> sortedQuads(Path dir) {
        return sortedQuads(dir.toString());
    }

    /** The quads of the store at {@code where} (a folder or a dataset URL) as N-Quads lines, sorted. */
    static List<String> sortedQuads(String where) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArticleStore store = Stores.openExisting(where)) {
            store.export(ExportFormat.NQ, null, bytes);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }
}
