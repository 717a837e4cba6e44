package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.system.progress.MonitorOutput;

import newsgraph.store.ArticleStore;
import newsgraph.store.GraphStore;
import newsgraph.store.RemoteConfig;
import newsgraph.store.ShardLoader;
import newsgraph.store.Stores;

/** {@code newsgraph load}: N-Quads shards (the Spark job's output) into the store with TDB2's bulk loader. */
final class LoadCommand implements Command {
    private static final Option LOADER = Option.builder().longOpt("loader").hasArg().argName("phased|parallel|light")
            .desc("Jena's TDB2 loader plan (default phased; parallel builds every index at once, light one at a time)")
            .get();
    private static final Option QUIET = Option.builder("q").longOpt("quiet")
            .desc("no progress lines from the loader").get();

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "bulk-load N-Quads shards (newsgraph-spark's output) into the store, then link identities";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] [--loader phased|parallel|light] [--quiet] SHARDS...";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        return o.addOption(LOADER).addOption(QUIET);
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the job's output folder, a folder of .nq/.nq.gz files, or such files");
        }
        ShardLoader.Plan plan = plan(line);
        List<Path> files = new ArrayList<>();
        for (String arg : line.getArgList()) {
            files.addAll(ShardLoader.shardFiles(Path.of(arg)));
        }
        MonitorOutput progress = line.hasOption(QUIET) ? (fmt, args) -> { }
                : (fmt, args) -> err.println("newsgraph load: " + String.format(Locale.ROOT, fmt, args));
        String where = StoreOption.value(line);
        if (RemoteConfig.isRemote(where)) {
            // no bulk loader over HTTP: each article is put as ingest puts it
            try (ArticleStore store = Stores.open(where)) {
                out.println(ShardLoader.put(store, files).line());
            }
            return Main.OK;
        }
        try (GraphStore store = GraphStore.open(Path.of(where))) {
            out.println(ShardLoader.load(store, files, plan, progress).line());
        }
        return Main.OK;
    }

    private static ShardLoader.Plan plan(CommandLine line) throws UsageException {
        String v = line.getOptionValue(LOADER, "phased");
        try {
            return ShardLoader.Plan.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--loader must be phased, parallel or light, not '" + v + "'");
        }
    }
}
