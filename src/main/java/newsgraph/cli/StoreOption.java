package newsgraph.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.store.GraphStore;
import newsgraph.store.RemoteConfig;

/** The --store option: a directory or a dataset URL, else $NEWSGRAPH_STORE, else ./newsgraph-data. */
final class StoreOption {
    static final String DEFAULT = "newsgraph-data";
    private static final Option STORE = Option.builder().longOpt("store").hasArg().argName("DIR|URL")
            .desc("TDB2 store directory, or the http(s):// dataset URL of a SPARQL 1.1 store"
                    + " (default: $NEWSGRAPH_STORE or ./" + DEFAULT + ")").get();

    private StoreOption() {
    }

    static void addTo(Options options) {
        options.addOption(STORE);
    }

    /** The options of a command whose only option is the store. */
    static Options only() {
        Options o = new Options();
        addTo(o);
        return o;
    }

    /** The store named: a folder or a URL. */
    static String value(CommandLine line) {
        if (line.hasOption(STORE)) {
            return line.getOptionValue(STORE);
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return env != null && !env.isBlank() ? env : DEFAULT;
    }

    /**
     * The folder of a local store, for a command that works on TDB2 files only; a remote store is
     * refused in one line ({@code why} says what to do instead).
     */
    static Path location(CommandLine line, String command, String why) {
        String v = value(line);
        if (RemoteConfig.isRemote(v)) {
            throw new GraphStore.StoreException(command + " works on a local store folder, not on a remote store ("
                    + v + "): " + why, null);
        }
        return Path.of(v);
    }
}
