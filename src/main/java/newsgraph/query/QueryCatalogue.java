package newsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The queries in the project's {@code queries/} folder. The first comment line of each file is its
 * description.
 */
public final class QueryCatalogue {
    private final Path dir;

    public QueryCatalogue(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public List<CatalogueQuery> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CatalogueQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(load(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Optional<CatalogueQuery> find(String name) {
        Path f = dir.resolve(name.endsWith(".rq") ? name : name + ".rq");
        return Files.isRegularFile(f) ? Optional.of(load(f)) : Optional.empty();
    }

    /** Reads any query file, in the catalogue or not. */
    public static CatalogueQuery load(Path f) {
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
            return new CatalogueQuery(name, f, description(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + f + ": " + e.getMessage(), e);
        }
    }

    static String description(String sparql) {
        for (String line : sparql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                String d = t.replaceFirst("^#+\\s*", "");
                if (!d.isEmpty()) {
                    return d;
                }
            } else if (!t.isEmpty()) {
                break;
            }
        }
        return "";
    }
}
