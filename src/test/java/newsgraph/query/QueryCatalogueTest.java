package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogueTest {
    private static final Set<String> REQUIRED = Set.of("actors", "countries", "statements", "meetings", "who-met",
            "quotes-by-speaker");

    private final QueryCatalogue catalogue = new QueryCatalogue(Path.of("queries"));

    @Test
    void listsTheRequiredQueries() {
        List<String> names = catalogue.list().stream().map(CatalogueQuery::name).toList();
        assertTrue(names.containsAll(REQUIRED), "catalogue: " + names);
        List<Path> files = catalogue.list().stream().map(CatalogueQuery::file).toList();
        assertEquals(files.stream().sorted().toList(), files, "listed in file name order");
    }

    /**
     * Catalogue files that do not parse at HEAD 430a127 (see the disabled tests below); listed so the other
     * queries stay checked. Empty this set once they are fixed.
     */
    private static final Set<String> KNOWN_BROKEN = Set.of();

    private static void assertParses(CatalogueQuery q) {
        Query parsed = QueryFactory.create(QueryRunner.bind(q.sparql(), Map.of()));
        assertTrue(parsed.isSelectType() || parsed.isConstructType() || parsed.isAskType()
                || parsed.isDescribeType(), q.name());
    }

    @Test
    void everyQueryHasADescription() {
        List<CatalogueQuery> all = catalogue.list();
        assertFalse(all.isEmpty());
        for (CatalogueQuery q : all) {
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            assertFalse(q.description().startsWith("#"), q.name());
        }
    }

    @Test
    void queriesParse() {
        List<CatalogueQuery> all = catalogue.list();
        assertTrue(all.size() > KNOWN_BROKEN.size());
        for (CatalogueQuery q : all) {
            if (!KNOWN_BROKEN.contains(q.name())) {
                assertParses(q);
            }
        }
    }

    @Test
    void everyQueryParses() {
        for (CatalogueQuery q : catalogue.list()) {
            assertParses(q);
        }
    }

    private void bindAndParse(String name, String param) {
        CatalogueQuery q = catalogue.find(name).orElseThrow();
        String bound = QueryRunner.bind(q.sparql(), Map.of(param, "Anna \"Q\" Berg"));
        assertTrue(bound.contains("VALUES ?" + param + " { \"Anna \\\"Q\\\" Berg\" }"), bound);
        QueryFactory.create(bound);
    }

    @Test
    void parameterisedQueryBindsAndStillParses() {
        bindAndParse("quotes-by-speaker", "speakerName");
        bindAndParse("actor-timeline", "actorName");
    }

    @Test
    void whoMetBindsAndStillParses() {
        bindAndParse("who-met", "actorName");
    }

    @Test
    void findByNameWithOrWithoutExtension() {
        assertEquals("actors", catalogue.find("actors").orElseThrow().name());
        assertEquals("actors", catalogue.find("actors.rq").orElseThrow().name());
        assertTrue(catalogue.find("no-such-query").isEmpty());
    }

    @Test
    void descriptionIsTheFirstCommentLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("demo.rq");
        Files.writeString(f, "\n#\n##   Lists the demo rows.\n# second line\nSELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("bare.rq"), "SELECT * WHERE { ?s ?p ?o }\n# late comment\n");
        Files.writeString(dir.resolve("notes.txt"), "# not a query\n");
        QueryCatalogue c = new QueryCatalogue(dir);
        List<CatalogueQuery> all = c.list();
        assertEquals(List.of("bare", "demo"), all.stream().map(CatalogueQuery::name).toList());
        assertEquals("", all.get(0).description());
        assertEquals("Lists the demo rows.", all.get(1).description());
        assertTrue(new QueryCatalogue(dir.resolve("missing")).list().isEmpty());
    }
}
