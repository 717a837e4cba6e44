package newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats {@code ingest} reads, each recognised by the end of a file name. */
public enum InputFormat {
    TXT(".txt"),
    HTML(".html", ".htm"),
    JSONL(".jsonl", ".jsonl.gz"),
    WARC(".warc", ".warc.gz");

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name ends in, if any. */
    public static Optional<InputFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.extensions.stream().anyMatch(name::endsWith)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format named {@code txt}, {@code html}, {@code jsonl} or {@code warc}. */
    public static Optional<InputFormat> named(String name) {
        for (InputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name as given on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
