package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import newsgraph.store.DatasetReader;

class QueryRunnerTest {
    private static final String ECHO = "SELECT ?name WHERE { VALUES ?name { \"default\" } }";

    /** Runs a one-variable SELECT on an empty dataset and returns the values of ?name. */
    private static List<RDFNode> values(String sparql) {
        Dataset ds = DatasetFactory.createTxnMem();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                List<RDFNode> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.get("name")));
                return out;
            }
        });
    }

    @Test
    void bindReplacesTheValuesBlock() {
        String q = "PREFIX x: <http://example.org/>\nSELECT ?s WHERE {\n  VALUES ?name { \"Old Name\" \"Other\" }\n"
                + "  ?s x:name ?name .\n}";
        String bound = QueryRunner.bind(q, Map.of("name", "Karl Holm"));
        assertTrue(bound.contains("VALUES ?name { \"Karl Holm\" }"), bound);
        assertFalse(bound.contains("Old Name"), bound);
        assertFalse(bound.contains("Other"), bound);
        assertTrue(bound.contains("?s x:name ?name ."));
        QueryFactory.create(bound);
    }

    @Test
    void bindNothingKeepsTheQuery() {
        assertEquals(ECHO, QueryRunner.bind(ECHO, Map.of()));
        assertEquals(List.of("default"), values(ECHO).stream().map(n -> n.asLiteral().getString()).toList());
    }

    @Test
    void bindQuotesAndEscapesLiterals() {
        String tricky = "say \"hi\" \\ or $1 { } back";
        String bound = QueryRunner.bind(ECHO, Map.of("name", tricky));
        List<RDFNode> got = values(bound);
        assertEquals(1, got.size());
        assertTrue(got.get(0).isLiteral());
        assertEquals(tricky, got.get(0).asLiteral().getString());
    }

    @Test
    void bindEscapesLineBreaks() {
        String value = "first line\nsecond line";
        List<RDFNode> got = values(QueryRunner.bind(ECHO, Map.of("name", value)));
        assertEquals(value, got.get(0).asLiteral().getString());
    }

    @Test
    void bindKeepsIriValues() {
        String bound = QueryRunner.bind(ECHO, Map.of("name", "<https://newsgraph.org/id/person/anna-berg>"));
        assertTrue(bound.contains("{ <https://newsgraph.org/id/person/anna-berg> }"), bound);
        List<RDFNode> got = values(bound);
        assertTrue(got.get(0).isURIResource());
        assertEquals("https://newsgraph.org/id/person/anna-berg", got.get(0).asResource().getURI());
    }

    @Test
    void bindSeveralParameters() {
        String q = "SELECT ?a ?b WHERE { VALUES ?a { 1 } VALUES ?b { 2 } }";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("a", "x");
        params.put("b", "y");
        String bound = QueryRunner.bind(q, params);
        assertTrue(bound.contains("VALUES ?a { \"x\" }") && bound.contains("VALUES ?b { \"y\" }"), bound);
    }

    @Test
    void bindDoesNotTouchALongerVariableWithTheSamePrefix() {
        String q = "SELECT * WHERE { VALUES ?actorName { \"A\" } }";
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bind(q, Map.of("actor", "B")));
    }

    @Test
    void bindUnknownParameterThrows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.bind(ECHO, Map.of("speaker", "Anna Berg")));
        assertTrue(e.getMessage().contains("speaker"), e.getMessage());
    }

    @Test
    void bindWithWrongCaseNeitherRenamesNorIgnoresTheVariable() {
        String q = "SELECT ?x WHERE { VALUES ?actorName { \"A\" } ?x <http://example.org/p> ?actorName }";
        String bound;
        try {
            bound = QueryRunner.bind(q, Map.of("actorname", "B"));
        } catch (IllegalArgumentException expected) {
            return;
        }
        assertTrue(bound.contains("VALUES ?actorName { \"B\" }"), bound);
    }

    @Test
    void selectAsCsv() {
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://example.org/b").addProperty(RDFS.label, "Beta, with comma");
        m.createResource("https://example.org/a").addProperty(RDFS.label, "Alpha");
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(m));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = new QueryRunner(DatasetReader.of(ds)).run("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label", ResultFormat.CSV, out);
        assertEquals(2, rows);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("s,label", "https://example.org/a,Alpha", "https://example.org/b,\"Beta, with comma\""), lines);
    }

    @Test
    void countAndAsk() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel()
                .createResource("https://example.org/a").addProperty(RDFS.label, "Alpha"));
        QueryRunner runner = new QueryRunner(DatasetReader.of(ds));
        assertEquals(1, runner.count("SELECT * WHERE { ?s ?p ?o }"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, runner.run("ASK { ?s ?p \"Alpha\" }", ResultFormat.TABLE, out));
        assertEquals(0, runner.run("ASK { ?s ?p \"Gamma\" }", ResultFormat.TABLE, new ByteArrayOutputStream()));
    }

    @Test
    void constructCountsTriples() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel()
                .createResource("https://example.org/a").addProperty(RDFS.label, "Alpha").addProperty(RDFS.comment, "c"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, new QueryRunner(DatasetReader.of(ds)).run("CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.TABLE, out));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Alpha"));
    }

    @Test
    void formatParse() {
        assertEquals(ResultFormat.JSON, ResultFormat.parse("json"));
        assertThrows(IllegalArgumentException.class, () -> ResultFormat.parse("yaml"));
    }

    private static Dataset numbers(int n) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < n; i++) {
                ds.getDefaultModel().createResource("https://example.org/n" + i)
                        .addLiteral(RDFS.comment, ds.getDefaultModel().createTypedLiteral(i,
                                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
            }
        });
        return ds;
    }

    @Test
    void tableCellsShowTheLexicalForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = new QueryRunner(DatasetReader.of(numbers(3))).run("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?s ?n WHERE { ?s rdfs:comment ?n } ORDER BY ?n", ResultFormat.TABLE, out);
        assertEquals(3, rows);
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| <https://example.org/n0> | 0 |"), table);
        assertFalse(table.contains("^^"), table);
    }

    @Test
    void constructRefusesAResultsFormat() {
        QueryRunner runner = new QueryRunner(DatasetReader.of(numbers(1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runner.run("CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.CSV, out));
        assertTrue(e.getMessage().contains("CONSTRUCT query answers a graph"), e.getMessage());
        assertEquals(0, out.size(), "nothing printed");
    }

    @Test
    void aRunawayQueryIsStoppedAfterItsTimeoutWithRowsAlreadyPrinted() {
        QueryRunner runner = new QueryRunner(DatasetReader.of(numbers(200)), 2000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 200^4 = 1.6 billion rows: far more than memory holds or the time allows
        QueryRunner.QueryTimeoutException e = assertThrows(QueryRunner.QueryTimeoutException.class,
                () -> runner.run("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", ResultFormat.CSV, out));
        assertTrue(e.getMessage().startsWith("query stopped after 2 s (--query-timeout)"), e.getMessage());
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().count() > 1,
                "rows are written as they come, before the limit stops the query");
    }
}
