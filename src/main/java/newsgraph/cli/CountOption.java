package newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** Options that take a count (--threads, --limit, --repeat): a positive whole number. */
final class CountOption {
    private CountOption() {
    }

    static int value(CommandLine line, Option option, int fallback) throws UsageException {
        if (!line.hasOption(option)) {
            return fallback;
        }
        String v = line.getOptionValue(option);
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option.getLongOpt() + " wants a positive number, got '" + v + "'");
    }

    static int threads(CommandLine line, Option option) throws UsageException {
        return value(line, option, Runtime.getRuntime().availableProcessors());
    }
}
