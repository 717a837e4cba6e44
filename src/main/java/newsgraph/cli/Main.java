package newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Entry point: dispatches to a sub-command. The only place that calls System.exit. */
public final class Main {
    public static final String VERSION = "0.1.0";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main() {
        for (Command c : new Command[]{new IngestCommand(), new QueryCommand(), new ExportCommand(),
                new StatsCommand(), new DeleteCommand(), new CompactCommand(), new ValidateCommand(),
                new TrainNerCommand(), new BenchCommand(), new ServeCommand(), new LoadCommand()}) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main().run(args, out, err));
    }

    /** Runs one command line and returns its exit code (tests call this directly). */
    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printCommands(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("newsgraph " + VERSION);
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("newsgraph: unknown command '" + args[0] + "' (newsgraph --help lists them)");
            return USAGE;
        }
        Options options = command.options();
        Option help = Option.builder("h").longOpt("help").desc("show this help").get();
        options.addOption(help);
        try {
            CommandLine line = new DefaultParser().parse(options, Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption(help)) {
                printHelp(command, out);
                return OK;
            }
            return command.run(line, out, err);
        } catch (ParseException | UsageException e) {
            err.println("newsgraph " + command.name() + ": " + e.getMessage());
            err.println("usage: newsgraph " + command.name() + " " + command.usage() + "  (--help for more)");
            return USAGE;
        } catch (Exception e) {
            err.println("newsgraph " + command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("NEWSGRAPH_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println("newsgraph " + command.name() + ": out of memory (" + e.getMessage() + "); give the JVM more"
                    + " with JAVA_OPTS=-Xmx4g, or ask for less (" + command.lessWork() + ")");
            return FAILED;
        }
    }

    private void printCommands(PrintStream s) {
        s.println("usage: newsgraph COMMAND [OPTIONS] [ARGS]   (newsgraph COMMAND --help for its options)");
        s.println();
        for (Command c : commands.values()) {
            s.printf("  %-10s %s%n", c.name(), c.summary());
        }
        s.println();
        s.println("  --version  print the version");
        s.println("exit codes: 0 ok, 1 some inputs failed, 2 usage error");
    }

    private static void printHelp(Command c, PrintStream out) {
        PrintWriter w = new PrintWriter(out, true, StandardCharsets.UTF_8);
        new HelpFormatter().printHelp(w, 100, "newsgraph " + c.name() + " " + c.usage(), c.summary(),
                c.options(), 2, 2, "");
        w.flush();
    }
}
