package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.ingest.InputReader;
import newsgraph.pipeline.AutoCompact;
import newsgraph.pipeline.Ingest;
import newsgraph.pipeline.IngestParts;
import newsgraph.pipeline.IngestPipeline;
import newsgraph.pipeline.PrintingListener;
import newsgraph.store.ArticleStore;
import newsgraph.store.GraphStore;
import newsgraph.store.Stores;

/** {@code newsgraph ingest}: articles into the store, one named graph per article. */
final class IngestCommand implements Command {
    private static final Option THREADS = Option.builder().longOpt("threads").hasArg().argName("N")
            .desc("worker threads (default: the number of processors)").get();
    private static final Option QUIET = Option.builder("q").longOpt("quiet")
            .desc("no line per article; bad inputs and the total are still printed").get();
    private static final Option NER_MODEL = Option.builder().longOpt("ner-model").hasArg().argName("FILE")
            .desc("use this OpenNLP name-finder model instead of the shipped one").get();
    private static final Option COMPACT = Option.builder().longOpt("compact").hasArg().argName("WHEN")
            .desc("compact the store when the run is over: auto (default: when the run grew it by more than"
                    + " twice what its triples need), always or never").get();

    @Override
    public String lessWork() {
        return "fewer articles per run";
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "read articles (.txt, HTML, JSON Lines, WARC files, or folders of them) into the store;"
                + " re-ingesting replaces an article";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] [--threads N] [--quiet] [--ner-model FILE] [--format F] [--jsonl-fields SPEC] [--max-chars N] [--article-timeout SECONDS] [--compact auto|always|never] PATH...";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        InputOptions.addTo(o);
        LimitOptions.addTo(o);
        return o.addOption(THREADS).addOption(QUIET).addOption(NER_MODEL).addOption(COMPACT);
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<Path> paths = line.getArgList().stream().map(Path::of).toList();
        if (paths.isEmpty()) {
            throw new UsageException("give at least one file or folder to ingest");
        }
        int threads = CountOption.threads(line, THREADS);
        InputReader reader = InputOptions.reader(line);
        AutoCompact compact = compactOption(line);
        IngestParts parts = IngestParts.load(line.hasOption(NER_MODEL) ? Path.of(line.getOptionValue(NER_MODEL)) : null);
        PrintingListener listener = new PrintingListener(out, err, line.hasOption(QUIET), PrintingListener.Progress.auto());
        ArticleStore store = Stores.open(StoreOption.value(line));
        boolean closed = false;
        try {
            // compaction is for a TDB2 folder; a remote store looks after its own files
            long sizeBefore = store instanceof GraphStore tdb ? tdb.sizeOnDisk() : 0;
            IngestPipeline pipeline = new IngestPipeline(parts::newConverter, threads, listener, reader,
                    IngestPipeline.BATCH_ARTICLES, IngestPipeline.BATCH_TRIPLES, LimitOptions.articleTimeout(line));
            Ingest.Outcome outcome = new Ingest(pipeline).run(paths, store);
            if (!line.hasOption(QUIET)) {
                var e = outcome.events();
                out.printf(java.util.Locale.ROOT, "across articles: %d new near-duplicate pairs; among the events and claims this run"
                        + " touched, %d events told by more than one article (%d meetings), %d claims (%d statements) (%.1f s)%n", e.pairs(), e.events(), e.eventMentions(),
                        e.claims(), e.claimMentions(), e.nanos() / 1e9);
            }
            closed = store instanceof GraphStore tdb && compact.afterRun(tdb, sizeBefore, outcome.result(), listener);
            return outcome.result().hasFailures() ? Main.FAILED : Main.OK;
        } finally {
            if (!closed) {
                store.close();
            }
        }
    }

    private static AutoCompact compactOption(CommandLine line) throws UsageException {
        try {
            return AutoCompact.parse(line.getOptionValue(COMPACT, "auto"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
