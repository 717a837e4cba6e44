package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.nlp.NlpModels;
import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.rdf.NIF;
import newsgraph.store.GraphStore;

/** The command line on the five seed articles: ingest, the contract queries, export, re-ingest, bad inputs. */
class EndToEndTest {
    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestSeeds() {
        Assumptions.assumeTrue(EndToEndTest.class.getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
        store = tmp.resolve("store");
        Outcome o = MainTest.run("ingest", "--store", store.toString(), "--threads", "1", SEEDS.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(7, o.out().lines().count(), "a line per article, a total and the cross-article line:\n" + o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("across articles: 1 new near-duplicate pairs;")), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.matches(
                "000_4953d76cae9f7eec: \\d+ actors, \\d+ countries, \\d+ statements, \\d+ meetings")), o.out());
    }

    private static List<String> csvHeader(String query) {
        Outcome o = MainTest.run("query", "--store", store.toString(), "--format", "csv", "queries/" + query + ".rq");
        assertEquals(0, o.code(), o.err());
        String header = o.out().lines().findFirst().orElse("");
        assertTrue(o.out().lines().count() > 1, query + " answers with rows:\n" + o.out());
        return Arrays.asList(header.strip().split(","));
    }

    @Test
    void contractQueriesAnswerWithTheirColumns() {
        assertTrue(csvHeader("actors").containsAll(List.of("doc", "actor", "name", "type")));
        assertTrue(csvHeader("countries").containsAll(List.of("doc", "country", "name", "iso")));
        assertTrue(csvHeader("statements").containsAll(List.of("doc", "statement", "speaker", "text")));
        assertTrue(csvHeader("meetings").containsAll(List.of("doc", "meeting", "participant", "place", "date")));
    }

    @Test
    void everyEvidenceAnchorsItsText() {
        String q = "PREFIX ng: <" + NG.NAMESPACE + "> PREFIX nif: <" + NIF.NAMESPACE + ">\n"
                + "SELECT ?ev ?text ?b ?e ?anchor WHERE { GRAPH ?g { ?ev nif:referenceContext ?a ;"
                + " nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor . ?a ng:text ?text } }";
        try (GraphStore s = GraphStore.openExisting(store)) {
            int checked = Txn.calculateRead(s.dataset(), () -> {
                int n = 0;
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        String text = row.getLiteral("text").getString();
                        int b = row.getLiteral("b").getInt();
                        int e = row.getLiteral("e").getInt();
                        assertTrue(0 <= b && b <= e && e <= text.length(), row.toString());
                        assertEquals(row.getLiteral("anchor").getString(), text.substring(b, e), row.get("ev").toString());
                        n++;
                    }
                }
                return n;
            });
            assertTrue(checked > 0, "the store has evidence");
        }
    }

    private static List<String> csvRows(String query, String... params) {
        List<String> args = new ArrayList<>(List.of("query", "--store", store.toString(), "--format", "csv"));
        for (String p : params) {
            args.addAll(List.of("--param", p));
        }
        args.add("queries/" + query + ".rq");
        Outcome o = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        return o.out().lines().skip(1).toList();
    }

    /** Seeds 000 and 001 are one Reuters story and its Moscow Times rewrite (issue 14). */
    @Test
    void theRewriteIsANearDuplicateAndItsMeetingsAreTheSameEvents() {
        List<String> sources = csvRows("event-sources");
        String a = "000_4953d76cae9f7eec";
        String b = "001_f1cd706057b0bc08";
        List<String> merged = sources.stream().filter(r -> r.contains("/id/event/")).toList();
        assertFalse(merged.isEmpty(), String.join("\n", sources));
        java.util.Map<String, List<String>> byEvent = new java.util.TreeMap<>();
        merged.forEach(r -> byEvent.computeIfAbsent(r.substring(0, r.indexOf(',')), k -> new ArrayList<>()).add(r));
        for (List<String> rows : byEvent.values()) {
            assertEquals(2, rows.size(), "two evidences: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains(a)) && rows.stream().anyMatch(r -> r.contains(b)), rows.toString());
        }
        long meetingsOf000 = csvRows("meetings").stream().filter(r -> r.startsWith(a)).map(r -> r.split(",")[1]).distinct().count();
        assertEquals(meetingsOf000, byEvent.size(), "every meeting 000 tells, 001 tells too: " + byEvent.keySet());
        String q = "PREFIX ng: <" + NG.NAMESPACE + "> SELECT ?s WHERE { GRAPH ?g { <" + IriMinter.article(a)
                + "> ng:nearDuplicateOf <" + IriMinter.article(b) + "> . ?p ng:pairOf <" + IriMinter.article(a)
                + ">, <" + IriMinter.article(b) + "> ; ng:similarity ?s } }";
        try (GraphStore s = GraphStore.openExisting(store)) {
            double sim = s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    var rs = qe.execSelect();
                    return rs.hasNext() ? rs.next().getLiteral("s").getDouble() : -1;
                }
            });
            assertTrue(sim >= 0.5 && sim <= 1, "linked with the similarity: " + sim);
        }
    }

    @Test
    void whoMetListsEachCounterpartOncePerEvent() {
        List<String> rows = csvRows("who-met", "actorName=Sergei Lavrov");
        List<String> brahimi = rows.stream().filter(r -> r.contains(",Lakhdar Brahimi,")).toList();
        assertEquals(1, brahimi.size(), String.join("\n", rows));
        assertTrue(brahimi.get(0).contains(",2,"), "told by two articles: " + brahimi);
        assertEquals(1, rows.stream().filter(r -> r.contains(",Government of Syria,")).count(), String.join("\n", rows));
    }

    @Test
    void turtleExportReparsesToTheUnionGraph() {
        Path ttl = tmp.resolve("kg.ttl");
        Outcome o = MainTest.run("export", "--store", store.toString(), "--format", "ttl", "-o", ttl.toString());
        assertEquals(0, o.code(), o.err());
        Model parsed = RDFDataMgr.loadModel(ttl.toString());
        String distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
        try (GraphStore s = GraphStore.openExisting(store)) {
            long union = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(distinct).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(union, parsed.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld", "ttl"})
    void everyExportFormatReparses(String format) {
        long quads;
        long docQuads;
        String doc = "000_4953d76cae9f7eec";
        try (GraphStore s = GraphStore.openExisting(store)) {
            quads = s.quadCount();
            docQuads = s.read(ds -> ds.getNamedModel(IriMinter.graph(doc)).size());
        }
        String ext = format.equals("jsonld") ? ".jsonld" : "." + format;
        Path whole = tmp.resolve("whole" + ext);
        Outcome o = MainTest.run("export", "--store", store.toString(), "--format", format, "-o", whole.toString());
        assertEquals(0, o.code(), o.err());
        Path one = tmp.resolve("one" + ext);
        o = MainTest.run("export", "--store", store.toString(), "--format", format, "--doc", doc, "-o", one.toString());
        assertEquals(0, o.code(), o.err());
        if (format.equals("ttl")) {
            assertEquals(docQuads, RDFDataMgr.loadModel(one.toString()).size());
            assertTrue(RDFDataMgr.loadModel(whole.toString()).size() >= docQuads);
            return;
        }
        DatasetGraph all = RDFDataMgr.loadDatasetGraph(whole.toString());
        assertEquals(5, Iter.count(all.listGraphNodes()), "one graph per article");
        assertEquals(quads, Iter.count(all.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        DatasetGraph single = RDFDataMgr.loadDatasetGraph(one.toString());
        assertEquals(List.of(IriMinter.graph(doc)), Iter.toList(single.listGraphNodes()).stream().map(Node::getURI).toList());
        assertEquals(docQuads, Iter.count(single.find()));
    }

    @Test
    void exportToAMissingFolderSaysWhyAndLeavesNoFile() {
        Path target = tmp.resolve("missing-dir").resolve("x.ttl");
        Outcome o = MainTest.run("export", "--store", store.toString(), "-o", target.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no such folder"), o.err());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void reIngestLeavesTheStoreAsItWas() {
        long before;
        try (GraphStore s = GraphStore.openExisting(store)) {
            before = s.quadCount();
        }
        Outcome o = MainTest.run("ingest", "--store", store.toString(), "--quiet", SEEDS.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(1, o.out().lines().count(), "--quiet prints the total only:\n" + o.out());
        try (GraphStore s = GraphStore.openExisting(store)) {
            assertEquals(before, s.quadCount());
            assertEquals(5, s.graphNames().size());
        }
    }

    @Test
    void anIngestThatStoppedMidwayIsToldOfAndStatsShowsTheLastRun() {
        Path crashed = tmp.resolve("crashed");
        assertEquals(0, MainTest.run("ingest", "--store", crashed.toString(), "--quiet", SEEDS.resolve(
                "000_4953d76cae9f7eec.txt").toString()).code());
        try (GraphStore s = GraphStore.openExisting(crashed)) {
            s.startIngestRun(); // what a run killed before its end leaves behind
        }
        Outcome o = MainTest.run("ingest", "--store", crashed.toString(), "--quiet", SEEDS.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("did not finish; the store holds the 1 articles committed before it stopped"),
                o.err());
        o = MainTest.run("stats", "--store", crashed.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("articles:   5"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.matches("last ingest: \\S+ total: 5 articles, .*")), o.out());
        o = MainTest.run("ingest", "--store", crashed.toString(), "--quiet", SEEDS.toString());
        assertFalse(o.err().contains("did not finish"), "a finished run leaves nothing to tell: " + o.err());
    }

    @Test
    void oneAndFourThreadsBuildTheSameGraphs() {
        Path four = tmp.resolve("four");
        assertEquals(0, MainTest.run("ingest", "--store", four.toString(), "--threads", "4", "--quiet",
                SEEDS.toString()).code());
        try (GraphStore one = GraphStore.openExisting(store); GraphStore other = GraphStore.openExisting(four)) {
            Set<String> names = new TreeSet<>(one.graphNames());
            assertEquals(names, new TreeSet<>(other.graphNames()));
            Txn.executeRead(one.dataset(), () -> Txn.executeRead(other.dataset(), () -> {
                for (String g : names) {
                    // compared as in-memory copies: graphs of two TDB2 databases report equal decimal literals as different
                    Model a = ModelFactory.createDefaultModel().add(one.dataset().getNamedModel(g));
                    Model b = ModelFactory.createDefaultModel().add(other.dataset().getNamedModel(g));
                    assertTrue(a.isIsomorphicWith(b), () -> g + " differs between 1 and 4 threads: only with 1: "
                            + a.difference(b).listStatements().toList() + "; only with 4: "
                            + b.difference(a).listStatements().toList());
                }
            }));
        }
    }

    @Test
    void badInputsAreReportedOneLineEachAndStoreNothing() throws IOException {
        Path in = tmp.resolve("bad-inputs");
        Files.createDirectories(in);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        Files.write(in.resolve("binary.txt"), binary);
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait in S\u00e3o Paulo, said the minister on Monday."
                .getBytes(StandardCharsets.ISO_8859_1));
        Path good = Files.copy(SEEDS.resolve("000_4953d76cae9f7eec.txt"), in.resolve("000_4953d76cae9f7eec.txt"));
        Path missing = tmp.resolve("not-there.txt");
        Path badStore = tmp.resolve("bad-store");

        Outcome o = MainTest.run("ingest", "--store", badStore.toString(), in.toString(), missing.toString());
        assertEquals(1, o.code(), o.err());
        List<String> errors = new ArrayList<>(o.err().lines().toList());
        assertEquals(4, errors.size(), o.err());
        for (String name : List.of("empty.txt", "binary.txt", "latin1.txt")) {
            assertTrue(errors.stream().anyMatch(l -> l.startsWith("newsgraph: " + in.resolve(name) + ": ")),
                    name + " named in:\n" + o.err());
        }
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("newsgraph: " + missing + ": ")), o.err());
        assertFalse(o.err().contains(good.getFileName().toString()), o.err());
        try (GraphStore s = GraphStore.openExisting(badStore)) {
            assertEquals(List.of(IriMinter.graph("000_4953d76cae9f7eec")), s.graphNames());
        }
    }
}
