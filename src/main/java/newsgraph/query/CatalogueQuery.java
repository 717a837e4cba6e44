package newsgraph.query;

import java.nio.file.Path;

/** A named query of the catalogue: its file, its one-line description and its SPARQL text. */
public record CatalogueQuery(String name, Path file, String description, String sparql) {
}
