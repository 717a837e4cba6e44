package newsgraph.cli;

/** The command line is wrong: exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
