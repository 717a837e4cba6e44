package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.nlp.NlpModels;
import newsgraph.store.GraphStore;

/** {@code ingest} on a folder of HTML and JSON Lines: one line per bad record, schema.org metadata, ids, --format. */
class InputFormatsTest {
    private static final Path RESOURCES = Path.of("src/test/resources/ingest");

    @TempDir
    Path tmp;

    @BeforeEach
    void models() {
        Assumptions.assumeTrue(getClass().getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
    }

    @Test
    void aFolderOfPagesAndDumpsIsReadByExtension() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(RESOURCES.resolve("page-with-furniture.html"), in.resolve("page.html"));
        Files.copy(RESOURCES.resolve("dump.jsonl"), in.resolve("dump.jsonl"));
        Files.writeString(in.resolve("README.md"), "not an input");
        Path store = tmp.resolve("store");

        Outcome o = MainTest.run("ingest", "--store", store.toString(), "--threads", "1", tmp.resolve("in").toString());
        assertEquals(1, o.code(), "bad records make the run fail:\n" + o.err());
        List<String> bad = o.err().lines().filter(l -> l.startsWith("newsgraph: ")).toList();
        assertEquals(3, bad.size(), o.err());
        assertTrue(bad.get(0).startsWith("newsgraph: " + in.resolve("dump.jsonl") + ": line 3: bad JSON"), bad.get(0));
        assertTrue(o.out().contains("ledger-0001: "), o.out());
        assertTrue(o.out().contains("harbourledger-example-world-2024-03-12-grain-corridor-timetable: "), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("total: 4 articles")), o.out());

        // re-ingesting the dump replaces its articles: still four
        MainTest.run("ingest", "--store", store.toString(), "--quiet", in.resolve("dump.jsonl").toString());
        assertEquals(List.of("4"), select(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a a ng:Article } }"));
        assertEquals(List.of("2024-03-12|Ministers agree grain corridor timetable|The Harbour Ledger|"
                        + "https://www.harbourledger.example/world/2024/03/12/grain-corridor-timetable/"),
                select(store, "SELECT ?d ?h ?p ?u { ?a ng:docId 'harbourledger-example-world-2024-03-12-grain-corridor-timetable' ;"
                        + " schema:datePublished ?d ; schema:headline ?h ; schema:publisher ?p ; schema:url ?u }"));
        assertEquals(List.of("Ines Varga", "Tomas Reil"),
                select(store, "SELECT ?n { ?a schema:headline 'Ministers agree grain corridor timetable' ; schema:author ?n }"
                        + " ORDER BY ?n"));
    }

    @Test
    void formatIsForcedAndChecked() throws Exception {
        Path page = Files.copy(RESOURCES.resolve("page-with-furniture.html"), tmp.resolve("saved-page.php"));
        Path store = tmp.resolve("store");
        Outcome o = MainTest.run("ingest", "--store", store.toString(), "--format", "html", page.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("harbourledger-example-world-2024-03-12-grain-corridor-timetable: "), o.out());
        assertEquals(2, MainTest.run("ingest", "--store", store.toString(), "--format", "pdf", page.toString()).code());
        assertEquals(2, MainTest.run("ingest", "--store", store.toString(), "--jsonl-fields", "body=x", page.toString()).code());
    }

    private static List<String> select(Path store, String query) {
        String prefixes = "PREFIX ng: <https://newsgraph.org/ontology#> PREFIX schema: <https://schema.org/> ";
        try (GraphStore s = GraphStore.open(store)) {
            return s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixes + query).build()) {
                    List<String> rows = new java.util.ArrayList<>();
                    var results = qe.execSelect();
                    List<String> vars = results.getResultVars();
                    results.forEachRemaining(row -> {
                        List<String> cells = new java.util.ArrayList<>();
                        vars.forEach(v -> cells.add(row.get(v).isLiteral()
                                ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                        rows.add(String.join("|", cells));
                    });
                    return rows;
                }
            });
        }
    }
}
