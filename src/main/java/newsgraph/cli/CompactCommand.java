package newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;

import newsgraph.store.GraphStore;

/** {@code newsgraph compact}: TDB2 compaction, keeping only the live data. */
final class CompactCommand implements Command {
    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String summary() {
        return "shrink the store to its live data (re-ingests and deletes leave old blocks behind)";
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        GraphStore store = GraphStore.openExisting(StoreOption.location(line, "compact",
                "a remote store reclaims its space with its own tools (Fuseki: its compact endpoint)"));
        long[] sizes = store.compact(); // closes the store
        out.printf(Locale.ROOT, "compacted %s: %.1f MiB -> %.1f MiB%n", store.location(), sizes[0] / 1048576.0,
                sizes[1] / 1048576.0);
        return Main.OK;
    }
}
