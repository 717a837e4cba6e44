package newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import newsgraph.query.QueryCatalogue;

/** Finds the project's queries/ folder: beside the launcher ($NEWSGRAPH_HOME), else the working directory. */
final class Catalogue {
    private Catalogue() {
    }

    static QueryCatalogue open() {
        String home = System.getProperty("newsgraph.home", System.getenv("NEWSGRAPH_HOME"));
        if (home != null && Files.isDirectory(Path.of(home, "queries"))) {
            return new QueryCatalogue(Path.of(home, "queries"));
        }
        return new QueryCatalogue(Path.of("queries"));
    }
}
