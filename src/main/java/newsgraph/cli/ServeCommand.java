package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.serve.NewsgraphServer;
import newsgraph.serve.ServeConfig;
import newsgraph.store.GraphStore;

/** {@code newsgraph serve}: the SPARQL endpoint and the analyst web app until Ctrl-C. */
final class ServeCommand implements Command {
    private static final Option PORT = Option.builder().longOpt("port").hasArg().argName("N")
            .desc("TCP port (default " + ServeConfig.DEFAULT_PORT + "; 0 picks a free one)").get();
    private static final Option BIND = Option.builder().longOpt("bind").hasArg().argName("ADDR")
            .desc("address to listen on (default " + ServeConfig.DEFAULT_BIND + ", this machine only)").get();
    private static final Option TIMEOUT = Option.builder().longOpt("query-timeout").hasArg().argName("SECONDS")
            .desc("stop a query after this long (default " + ServeConfig.DEFAULT_TIMEOUT.toSeconds() + ")").get();
    private static final Option ALLOW_UPDATE = Option.builder().longOpt("allow-update")
            .desc("accept SPARQL Update and Graph Store Protocol writes (read-only without it)").get();

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the store: SPARQL endpoint (Fuseki) at /newsgraph and the web app at /";
    }

    @Override
    public String usage() {
        return "[--store DIR] [--port N] [--bind ADDR] [--query-timeout SECONDS] [--allow-update]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        o.addOption(PORT).addOption(BIND).addOption(TIMEOUT).addOption(ALLOW_UPDATE);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        ServeConfig config = config(line);
        GraphStore store = open(StoreOption.location(line, "serve",
                "a remote store already answers SPARQL itself"));
        NewsgraphServer server;
        try {
            server = NewsgraphServer.start(store.dataset(), config, out);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: stop taking requests, then close the store, before the JVM exits
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            out.println("newsgraph serve: stopped");
            stopped.countDown();
        }, "newsgraph-serve-stop"));
        out.println("newsgraph serve: " + store.location() + (config.allowUpdate() ? " (updates allowed)" : " (read-only)")
                + ", query timeout " + config.queryTimeout().toSeconds() + " s");
        out.println("newsgraph serve: web app " + server.url() + ", SPARQL endpoint " + server.endpoint()
                + " (Ctrl-C stops)");
        server.join();
        stopped.await();
        return Main.OK;
    }

    // TDB2 lets one process at a time use a store: a running ingest or another serve holds it
    private static GraphStore open(Path dir) {
        try {
            return GraphStore.openExisting(dir);
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("lock")) {
                throw new IllegalStateException("the store " + dir + " is in use by another process (an ingest or"
                        + " another serve?): " + why, e);
            }
            throw e;
        }
    }

    private static ServeConfig config(CommandLine line) throws UsageException {
        int port = CountOption.nonNegative(line, PORT, ServeConfig.DEFAULT_PORT);
        if (port > 65535) {
            throw new UsageException("--port wants 0 to 65535, got " + port);
        }
        int seconds = CountOption.value(line, TIMEOUT, (int) ServeConfig.DEFAULT_TIMEOUT.toSeconds());
        return new ServeConfig(line.getOptionValue(BIND, ServeConfig.DEFAULT_BIND), port, Duration.ofSeconds(seconds),
                line.hasOption(ALLOW_UPDATE), Catalogue.open());
    }
}
