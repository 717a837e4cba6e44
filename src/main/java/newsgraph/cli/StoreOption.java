package newsgraph.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The --store option: a directory, else $NEWSGRAPH_STORE, else ./newsgraph-data. */
final class StoreOption {
    static final String DEFAULT = "newsgraph-data";
    private static final Option STORE = Option.builder().longOpt("store").hasArg().argName("DIR")
            .desc("TDB2 store directory (default: $NEWSGRAPH_STORE or ./" + DEFAULT + ")").get();

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

    static Path location(CommandLine line) {
        if (line.hasOption(STORE)) {
            return Path.of(line.getOptionValue(STORE));
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
}
