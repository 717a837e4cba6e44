package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.bench.Corpus;
import newsgraph.bench.Folders;
import newsgraph.bench.HeapSampler;
import newsgraph.bench.Medians;
import newsgraph.bench.ProcessMemory;
import newsgraph.bench.QueryTiming;
import newsgraph.bench.TagFloor;
import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputReaders;
import newsgraph.pipeline.Ingest;
import newsgraph.pipeline.IngestParts;
import newsgraph.pipeline.IngestPipeline;
import newsgraph.pipeline.IngestResult;
import newsgraph.pipeline.PrintingListener;
import newsgraph.pipeline.Stage;
import newsgraph.query.QueryCatalogue;
import newsgraph.serve.WebViews;
import newsgraph.store.CrossDocumentLinker;
import newsgraph.store.GraphStore;

/**
 * {@code newsgraph bench}: ingests a corpus into a fresh temporary store and reports throughput,
 * time per stage, memory and store size, against the floor of OpenNLP tagging alone.
 */
final class BenchCommand implements Command {
    private static final int QUERY_RUNS = 20;

    private static final Option THREADS = Option.builder().longOpt("threads").hasArg().argName("N")
            .desc("worker threads (default: the number of processors)").get();
    private static final Option LIMIT = Option.builder().longOpt("limit").hasArg().argName("N")
            .desc("only the first N files (sorted by path)").get();
    private static final Option REPEAT = Option.builder().longOpt("repeat").hasArg().argName("K")
            .desc("run K times and report medians (default 1)").get();
    private static final Option WITHOUT_CROSS_LINKS = Option.builder().longOpt("without-cross-links")
            .desc("link no near-duplicates, events or claims (an ingest always does): their cost is the difference").get();
    private static final Option QUERIES = Option.builder().longOpt("queries")
            .desc("also time who-met, quotes-by-speaker and the web app's actor and article views (" + QUERY_RUNS
                    + " runs each) on the built store").get();

    /** What one ingest run measured. */
    private record Run(IngestResult ingest, long quads, long peakHeap, long peakAnon, long peakFile, long storeBytes,
                       long storeAllocated, long cpuNanos, long linkNanos, CrossDocumentLinker.Result cross) {
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark an ingest of a corpus (folder, .tar.gz, or one input file such as a .jsonl.gz) into a temporary store";
    }

    @Override
    public String usage() {
        return "[--threads N] [--limit N] [--repeat K] [--queries] [--without-cross-links] CORPUS  |  --queries --store DIR";
    }

    @Override
    public Options options() {
        Options o = new Options().addOption(THREADS).addOption(LIMIT).addOption(REPEAT).addOption(QUERIES)
                .addOption(WITHOUT_CROSS_LINKS);
        StoreOption.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        if (line.hasOption(QUERIES) && line.hasOption("store") && line.getArgList().isEmpty()) {
            // the queries alone, on a store built before (a big corpus takes long to ingest)
            try (GraphStore store = GraphStore.openExisting(StoreOption.location(line, "bench",
                    "the benchmark times the embedded store"))) {
                out.printf(Locale.ROOT, "newsgraph bench: queries on %s%n", store.location());
                printTimings(out, timeQueries(store));
            }
            return Main.OK;
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException("give one CORPUS: a folder of input files, a .tar.gz of them, or one input file");
        }
        Path corpusPath = Path.of(line.getArgList().get(0));
        int threads = CountOption.threads(line, THREADS);
        int limit = CountOption.value(line, LIMIT, 0);
        int repeat = CountOption.value(line, REPEAT, 1);
        if (!Files.exists(corpusPath)) {
            err.println("newsgraph: " + corpusPath + ": no such file or directory");
            return Main.FAILED;
        }

        long t0 = System.nanoTime();
        IngestParts parts = IngestParts.load(null);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        try (Corpus corpus = Corpus.open(corpusPath, limit)) {
            List<Path> files = corpus.files();
            if (files.isEmpty()) {
                err.println("newsgraph: " + corpusPath + ": no input files");
                return Main.FAILED;
            }
            out.printf(Locale.ROOT, "newsgraph bench: %d files from %s, %d threads, %s%n", files.size(), corpusPath,
                    threads, repeat == 1 ? "1 run" : "median of " + repeat + " runs");
            List<Run> runs = new ArrayList<>();
            List<QueryTiming.Timing> timings = new ArrayList<>();
            for (int r = 1; r <= repeat; r++) {
                out.printf(Locale.ROOT, "run %d/%d: ", r, repeat);
                Run run = ingestOnce(parts, files, threads, r == repeat && line.hasOption(QUERIES),
                        !line.hasOption(WITHOUT_CROSS_LINKS), timings, out, err);
                runs.add(run);
                // each run's own figures at once: the floor below takes a while on a big corpus
                out.printf(Locale.ROOT, "  pipeline %.2f s + linking %.2f s wall (cross-links %.2f s wall, %.2f s CPU), cpu %.2f s%n",
                        run.ingest().wallSeconds(), run.linkNanos() / 1e9, run.cross().nanos() / 1e9,
                        run.cross().cpuNanos() / 1e9, run.cpuNanos() / 1e9);
            }
            List<String> texts = cleanedTexts(files);
            double[] floorSeconds = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                floorSeconds[r] = TagFloor.run(parts.models(), texts, threads).nanos() / 1e9;
            }
            report(out, runs, Medians.of(floorSeconds), texts.size(), threads, loadSeconds, timings);
            return runs.get(0).ingest().hasFailures() ? Main.FAILED : Main.OK;
        }
    }

    private static Run ingestOnce(IngestParts parts, List<Path> files, int threads, boolean queries, boolean crossLinks,
                                  List<QueryTiming.Timing> timings, PrintStream out, PrintStream err)
            throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-bench-store-");
        try {
            // start each run from a collected heap, so the peaks of runs compare
            System.gc();
            PrintingListener listener = new PrintingListener(out, err, true, PrintingListener.Progress.auto() == PrintingListener.Progress.TERMINAL
                    ? PrintingListener.Progress.TERMINAL : PrintingListener.Progress.NONE);
            // every run starts with empty caches, as a new ingest process would
            IngestParts fresh = parts.withEmptyCaches();
            IngestResult result;
            long peak;
            long peakAnon;
            long peakFile;
            long quads;
            long cpu;
            long link;
            CrossDocumentLinker.Result cross;
            GraphStore store = GraphStore.open(dir);
            try {
                try (HeapSampler heap = HeapSampler.start()) {
                    long cpu0 = ProcessMemory.cpuNanos();
                    Ingest.Outcome outcome = new Ingest(new IngestPipeline(fresh::newConverter, threads, listener))
                            .run(files, store, crossLinks);
                    cpu = ProcessMemory.cpuNanos() - cpu0;
                    result = outcome.result();
                    link = outcome.linkNanos();
                    cross = outcome.events();
                    peak = heap.peakBytes();
                    peakAnon = heap.peakRssAnonBytes();
                    peakFile = heap.peakRssFileBytes();
                }
                quads = store.quadCount();
                if (queries) {
                    timings.addAll(timeQueries(store));
                }
            } finally {
                store.closeAndRelease();
            }
            return new Run(result, quads, peak, peakAnon, peakFile, Folders.size(dir), Folders.allocated(dir).orElse(-1),
                    cpu, link, cross);
        } finally {
            Folders.delete(dir);
        }
    }

    private static List<QueryTiming.Timing> timeQueries(GraphStore store) {
        QueryCatalogue catalogue = Catalogue.open();
        List<QueryTiming.Timing> timings = new ArrayList<>();
        QueryTiming.pick(store, QueryTiming.MOST_MEETINGS).ifPresent(name -> catalogue.find("who-met")
                .ifPresent(q -> timings.add(QueryTiming.time(store, q, "actorName", name, QUERY_RUNS))));
        QueryTiming.pick(store, QueryTiming.MOST_STATEMENTS).ifPresent(name -> catalogue.find("quotes-by-speaker")
                .ifPresent(q -> timings.add(QueryTiming.time(store, q, "speakerName", name, QUERY_RUNS))));
        // the web app's pages: every query a page runs to load, one after the other
        QueryTiming.pick(store, QueryTiming.MOST_MENTIONED_ACTOR).ifPresent(iri -> timings.add(QueryTiming.timePage(
                store, "actor view", WebViews.actorView(iri), "actor", iri, QUERY_RUNS)));
        QueryTiming.pick(store, QueryTiming.MOST_FACTS_ARTICLE).ifPresent(doc -> timings.add(QueryTiming.timePage(
                store, "article view", WebViews.articleView(doc), "doc", doc, QUERY_RUNS)));
        return timings;
    }

    /** The cleaned text of every article, for the floor (read outside its timing). */
    private static List<String> cleanedTexts(List<Path> files) throws InterruptedException {
        InputReaders reader = new InputReaders();
        List<String> texts = new ArrayList<>(files.size());
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                texts.add(article.text());
            }

            @Override
            public void reject(BadInputException badRecord) {
                // already reported by the ingest runs
            }
        };
        for (Path f : files) {
            try {
                reader.read(f, sink);
            } catch (BadInputException | RuntimeException e) {
                // already reported by the ingest runs
            }
        }
        return texts;
    }

    private static void report(PrintStream out, List<Run> runs, double floorSeconds, int floorArticles, int threads,
                               double loadSeconds, List<QueryTiming.Timing> timings) {
        IngestResult first = runs.get(0).ingest();
        double wall = median(runs, r -> r.ingest().wallSeconds());
        out.println();
        out.printf(Locale.ROOT, "articles       %,d stored, %d failed%n", first.articles(), first.failed());
        out.printf(Locale.ROOT, "words          %,d%n", first.words());
        out.printf(Locale.ROOT, "triples        %,d in the store (%,d produced)%n", runs.get(0).quads(),
                first.triples());
        out.printf(Locale.ROOT, "wall           %.2f s (the pipeline: read, convert, store)%n", wall);
        double link = median(runs, r -> r.linkNanos() / 1e9);
        out.printf(Locale.ROOT, "linking        %.2f s after the pipeline (identities, near-duplicates, events, as ingest runs it; wall with it"
                + " %.2f s)%n", link, median(runs, r -> r.ingest().wallSeconds() + r.linkNanos() / 1e9));
        out.printf(Locale.ROOT, "cross-links    %.2f s wall, %.2f s CPU of the linking thread (near-duplicates, events, claims;"
                + " part of the linking above; 0 with --without-cross-links)%n", median(runs, r -> r.cross().nanos() / 1e9),
                median(runs, r -> r.cross().cpuNanos() / 1e9));
        double cpu = median(runs, r -> r.cpuNanos() / 1e9);
        out.printf(Locale.ROOT, "cpu            %.2f s (whole process, all threads, pipeline and linking; %.2f cores busy on average)%n", cpu,
                wall > 0 ? cpu / wall : 0);
        out.printf(Locale.ROOT, "articles/s     %.1f%n", median(runs, r -> r.ingest().articlesPerSecond()));
        out.printf(Locale.ROOT, "words/s        %,.0f%n", median(runs, r -> r.ingest().wordsPerSecond()));
        out.println("time per stage (summed over threads):");
        double summed = 0;
        double[] stageSeconds = new double[Stage.values().length];
        for (Stage s : Stage.values()) {
            stageSeconds[s.ordinal()] = median(runs, r -> r.ingest().stages().nanos(s) / 1e9);
            summed += stageSeconds[s.ordinal()];
        }
        for (Stage s : Stage.values()) {
            double sec = stageSeconds[s.ordinal()];
            out.printf(Locale.ROOT, "  %-12s %9.2f s %6.1f%%%n", s.label(), sec, summed == 0 ? 0 : 100 * sec / summed);
        }
        out.printf(Locale.ROOT, "peak heap      %s (used, sampled)%n", bytes((long) median(runs, Run::peakHeap)));
        OptionalLong rss = ProcessMemory.peakRssBytes();
        out.printf(Locale.ROOT, "peak RSS       %s%n", rss.isPresent() ? bytes(rss.getAsLong()) + " (VmHWM, whole process)"
                : "n/a (no /proc/self/status)");
        long anon = (long) median(runs, Run::peakAnon);
        if (anon >= 0) {
            out.printf(Locale.ROOT, "  sampled      %s anonymous (heap and other private memory), %s file-backed (mostly the"
                    + " store's memory-mapped files)%n", bytes(anon), bytes((long) median(runs, Run::peakFile)));
        }
        long allocated = (long) median(runs, Run::storeAllocated);
        out.printf(Locale.ROOT, "store on disk  %s%s%n", allocated < 0 ? "" : bytes(allocated) + " allocated, ",
                bytes((long) median(runs, Run::storeBytes)) + " apparent (TDB2 files are sparse)");
        out.printf(Locale.ROOT, "floor          %.2f s: sentences + tokens + POS only, %d threads, %d articles, %.1f articles/s%n",
                floorSeconds, threads, floorArticles, floorSeconds > 0 ? floorArticles / floorSeconds : 0);
        out.printf(Locale.ROOT, "ingest/floor   %.2f%n", floorSeconds > 0 ? wall / floorSeconds : 0);
        out.printf(Locale.ROOT, "model load     %.2f s (not in wall)%n", loadSeconds);
        out.printf(Locale.ROOT, "jvm            Java %s, %s, max heap %s, %d processors%n", Runtime.version().feature(),
                ProcessMemory.collectors(), bytes(Runtime.getRuntime().maxMemory()),
                Runtime.getRuntime().availableProcessors());
        printTimings(out, timings);
    }

    private static void printTimings(PrintStream out, List<QueryTiming.Timing> timings) {
        if (!timings.isEmpty()) {
            out.printf(Locale.ROOT, "queries (median of %d runs):%n", QUERY_RUNS);
            for (QueryTiming.Timing t : timings) {
                out.printf(Locale.ROOT, "  %-18s %8.2f ms (CPU %.2f ms)  %d rows  --param %s=\"%s\"%n", t.query(),
                        t.millis(), t.cpuMillis(), t.rows(), t.parameter(), t.value());
            }
        }
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return Medians.of(runs.stream().mapToDouble(f).toArray());
    }

    private static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", n / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
    }
}
