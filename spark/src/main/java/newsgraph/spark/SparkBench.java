package newsgraph.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;

import newsgraph.bench.Corpus;
import newsgraph.bench.Folders;
import newsgraph.bench.ProcessMemory;
import newsgraph.pipeline.Ingest;
import newsgraph.pipeline.IngestListener;
import newsgraph.pipeline.IngestParts;
import newsgraph.pipeline.IngestPipeline;
import newsgraph.store.GraphStore;
import newsgraph.store.ShardLoader;

/**
 * {@code newsgraph-spark bench}: the same articles ingested by one process ({@code newsgraph ingest}) and
 * by the Spark job followed by {@code newsgraph load}, in one JVM, one after the other, with the ratios
 * and the per-article costs a sizing needs ({@link BenchReport}). Model loading is done before the
 * timings, for both.
 */
final class SparkBench {
    private static final Option LIMIT = Option.builder().longOpt("limit").hasArg().argName("N")
            .desc("the first N input files, sorted by path (default 2000)").get();
    private static final Option THREADS = Option.builder().longOpt("threads").hasArg().argName("N")
            .desc("cores: ingest --threads N against Spark local[N] (default 2)").get();
    private static final Option REPEAT = Option.builder().longOpt("repeat").hasArg().argName("K")
            .desc("alternate the ways K times and report medians (default 1)").get();
    private static final Option REMOTE = Option.builder().longOpt("remote").hasArg().argName("URL")
            .desc("the remote-store ingest goes to this SPARQL 1.1 dataset, which should be empty (default: a Fuseki"
                    + " over a new TDB2 store, started in this JVM)").get();
    private static final Option NO_REMOTE = Option.builder().longOpt("no-remote")
            .desc("leave out the remote-store ingest").get();

    private SparkBench() {
    }

    static Options options() {
        return new Options().addOption(LIMIT).addOption(THREADS).addOption(REPEAT).addOption(REMOTE).addOption(NO_REMOTE).addOption(SparkMain.MASTER)
                .addOption(SparkMain.PARTITIONS)
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        Path corpusPath = Path.of(line.getArgList().get(0));
        if (!Files.exists(corpusPath)) {
            throw new ParseException(corpusPath + ": no such file or directory");
        }
        int limit = SparkMain.number(line, LIMIT, 2000);
        int threads = SparkMain.number(line, THREADS, 2);
        int repeat = SparkMain.number(line, REPEAT, 1);
        int partitions = SparkMain.number(line, SparkMain.PARTITIONS, 0);
        String master = line.getOptionValue(SparkMain.MASTER, "local[" + threads + "]");
        long t0 = System.nanoTime();
        IngestParts parts = IngestParts.load(null);
        double partsSeconds = (System.nanoTime() - t0) / 1e9;
        SparkSession spark = SparkSession.builder().appName("newsgraph-bench").master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        try (Corpus corpus = Corpus.open(corpusPath, limit)) {
            // a local executor is this JVM: load its parts now, so that neither way is timed with model loading
            ExecutorParts.get(null, spark.sparkContext().hadoopConfiguration());
            out.printf(Locale.ROOT, "newsgraph-spark bench: %,d files from %s; ingest --threads %d against Spark %s;"
                    + " %s; models loaded in %.1f s%n", corpus.files().size(), corpusPath, threads, master,
                    repeat == 1 ? "1 run" : "medians of " + repeat + " runs", partsSeconds);
            List<List<BenchLeg>> runs = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                List<BenchLeg> legs = new ArrayList<>();
                legs.add(single(parts.withEmptyCaches(), corpus.files(), threads));
                legs.addAll(sparkAndLoad(spark, corpus.files(), partitions));
                if (!line.hasOption(NO_REMOTE)) {
                    try {
                        legs.add(RemoteLeg.ingest(line.getOptionValue(REMOTE), parts.withEmptyCaches(),
                                corpus.files(), threads));
                    } catch (RuntimeException e) {
                        err.println("newsgraph-spark bench: the remote-store ingest failed, left out: " + e.getMessage());
                    }
                }
                legs.forEach(l -> err.printf(Locale.ROOT, "  %s: wall %.1f s, CPU %.1f s%n", l.name(), l.wall(), l.cpu()));
                runs.add(legs);
                err.printf(Locale.ROOT, "run %d/%d done%n", r + 1, repeat);
            }
            BenchReport.print(out, runs);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** {@code newsgraph ingest} of the files with {@code threads} workers into a new store, linking included. */
    private static BenchLeg single(IngestParts parts, List<Path> files, int threads) throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-bench-ingest-");
        try {
            System.gc();
            long w0 = System.nanoTime();
            long c0 = ProcessMemory.cpuNanos();
            GraphStore store = GraphStore.open(dir);
            try {
                Ingest.Outcome o = new Ingest(new IngestPipeline(parts::newConverter, threads, IngestListener.SILENT))
                        .run(files, store);
                double wall = (System.nanoTime() - w0) / 1e9;
                double cpu = (ProcessMemory.cpuNanos() - c0) / 1e9;
                return new BenchLeg("single-process ingest", o.result().articles(), store.quadCount(), wall, cpu,
                        store.sizeOnDisk());
            } finally {
                store.closeAndRelease();
            }
        } finally {
            Folders.delete(dir);
        }
    }

    /** The job into a new folder, then {@code newsgraph load} of its shards into a new store. */
    private static List<BenchLeg> sparkAndLoad(SparkSession spark, List<Path> files, int partitions) throws Exception {
        Path tmp = Files.createTempDirectory("newsgraph-bench-spark-");
        try {
            System.gc();
            long w0 = System.nanoTime();
            long c0 = ProcessMemory.cpuNanos();
            JobResult job = ShardJob.run(spark, files.stream().map(f -> f.toUri().toString()).toList(),
                    tmp.resolve("job").toString(), JobSettings.defaults(), partitions);
            long w1 = System.nanoTime();
            long c1 = ProcessMemory.cpuNanos();
            BenchLeg jobLeg = new BenchLeg("Spark job", job.stored(), job.triples(), (w1 - w0) / 1e9, (c1 - c0) / 1e9,
                    Folders.size(tmp.resolve("job").resolve(ShardJob.SHARDS)));
            GraphStore store = GraphStore.open(tmp.resolve("store"));
            try {
                ShardLoader.Result loaded = ShardLoader.load(store, ShardLoader.shardFiles(tmp.resolve("job")),
                        ShardLoader.Plan.PHASED, (fmt, args) -> { });
                BenchLeg loadLeg = new BenchLeg("newsgraph load", loaded.articles(), store.quadCount(),
                        (System.nanoTime() - w1) / 1e9, (ProcessMemory.cpuNanos() - c1) / 1e9, store.sizeOnDisk());
                BenchLeg conversion = new BenchLeg("  conversion in tasks (summed)", job.stored(), job.triples(),
                        job.convertNanos() / 1e9, job.cpuNanos() / 1e9, 0);
                return List.of(jobLeg, loadLeg, jobLeg.plus("Spark job + load", loadLeg), conversion);
            } finally {
                store.closeAndRelease();
            }
        } finally {
            Folders.delete(tmp);
        }
    }
}
