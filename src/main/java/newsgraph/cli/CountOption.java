package newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** Options that take a number: a count (--threads, --limit, --repeat), a port or seconds. */
final class CountOption {
    private CountOption() {
    }

    static int value(CommandLine line, Option option, int fallback) throws UsageException {
        return line.hasOption(option) ? parse(line, option, 1, "a positive number") : fallback;
    }

    /** A whole number from 0 (ports, seconds). */
    static int nonNegative(CommandLine line, Option option, int fallback) throws UsageException {
        return line.hasOption(option) ? parse(line, option, 0, "a whole number") : fallback;
    }

    private static int parse(CommandLine line, Option option, int min, String wanted) throws UsageException {
        String v = line.getOptionValue(option);
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option.getLongOpt() + " wants " + wanted + ", got '" + v + "'");
    }

    static int threads(CommandLine line, Option option) throws UsageException {
        return value(line, option, Runtime.getRuntime().availableProcessors());
    }
}
