package newsgraph.cli;

import java.io.PrintStream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One sub-command of the newsgraph tool. */
interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    /** Usage after the command name, e.g. {@code [--store DIR|URL] PATH...}. */
    default String usage() {
        return "[--store DIR|URL]";
    }

    /** The command's options; by default only {@code --store}. */
    default Options options() {
        return StoreOption.only();
    }

    /** What a user can ask for less of when the command runs out of memory (after "or"). */
    default String lessWork() {
        return "a smaller input";
    }

    /** Runs the command; returns the exit code (0 ok, 1 some inputs failed). */
    int run(CommandLine line, PrintStream out, PrintStream err) throws Exception;
}
