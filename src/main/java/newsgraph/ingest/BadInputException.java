package newsgraph.ingest;

import java.nio.file.Path;

/** An input file that cannot be turned into an article; the message is the one-line {@code PATH: reason}. */
public class BadInputException extends Exception {
    private final Path path;
    private final String reason;

    public BadInputException(Path path, String reason) {
        this(path, reason, null);
    }

    public BadInputException(Path path, String reason, Throwable cause) {
        super(path + ": " + oneLine(reason), cause);
        this.path = path;
        this.reason = oneLine(reason);
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    // callers print one line per bad file, so a multi-line IO message must not break that
    private static String oneLine(String reason) {
        return reason == null ? "unknown error" : reason.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
