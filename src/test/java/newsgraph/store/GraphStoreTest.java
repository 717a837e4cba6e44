package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

class GraphStoreTest {
    @TempDir
    Path dir;

    private final List<GraphStore> opened = new ArrayList<>();

    private GraphStore open(Path location) {
        GraphStore s = GraphStore.open(location);
        opened.add(s);
        return s;
    }

    @AfterEach
    void release() {
        for (GraphStore s : opened) {
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }
    }

    /** A small article graph with {@code extra} labelled actors: 2 + 2 * extra triples. */
    private static Model article(String doc, String... actors) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IriMinter.article(doc)).addProperty(RDF.type, NG.Article).addProperty(NG.docId, doc);
        for (String name : actors) {
            m.createResource(IriMinter.actor("person:" + name)).addProperty(RDFS.label, name).addProperty(NG.mentionedIn, a);
        }
        return m;
    }

    private static Map<String, Model> graphs(Object... docAndModel) {
        Map<String, Model> out = new LinkedHashMap<>();
        for (int i = 0; i < docAndModel.length; i += 2) {
            out.put(IriMinter.graph((String) docAndModel[i]), (Model) docAndModel[i + 1]);
        }
        return out;
    }

    private static Set<String> select(GraphStore s, String sparql, String var) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(sparql).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.get(var).toString()));
            }
            return out;
        });
    }

    @Test
    void replaceKeepsOneGraphPerArticle() {
        GraphStore s = open(dir.resolve("db"));
        Model one = article("d1", "anna berg", "karl holm");
        Model two = article("d2", "olle lind");
        s.replaceAll(graphs("d1", one, "d2", two));
        assertEquals(2, s.graphNames().size());
        assertEquals(one.size() + two.size(), s.quadCount());

        Model oneAgain = article("d1", "anna berg");
        s.replaceAll(graphs("d1", oneAgain));
        assertEquals(Set.of(IriMinter.graph("d1"), IriMinter.graph("d2")), Set.copyOf(s.graphNames()));
        assertEquals(oneAgain.size() + two.size(), s.quadCount());
        assertTrue(Txn.calculateRead(s.dataset(),
                () -> s.dataset().getNamedModel(IriMinter.graph("d1")).isIsomorphicWith(oneAgain)));
    }

    @Test
    void replacingWithTheSameGraphIsIdempotent() {
        GraphStore s = open(dir.resolve("db"));
        Model one = article("d1", "anna berg");
        s.replaceAll(graphs("d1", one));
        long before = s.quadCount();
        s.replaceAll(graphs("d1", article("d1", "anna berg")));
        assertEquals(before, s.quadCount());
        assertEquals(1, s.graphNames().size());
    }

    @Test
    void reopenedStoreSeesTheData() {
        Path location = dir.resolve("db");
        GraphStore s = open(location);
        Model one = article("d1", "anna berg", "karl holm");
        Model two = article("d2", "olle lind");
        s.replaceAll(graphs("d1", one, "d2", two));
        s.close();
        TDBInternal.expel(s.dataset().asDatasetGraph());

        GraphStore again = open(location);
        assertEquals(location, again.location());
        assertEquals(2, again.graphNames().size());
        assertEquals(one.size() + two.size(), again.quadCount());
        assertEquals(Set.of("anna berg", "karl holm", "olle lind"), select(again,
                "SELECT ?n WHERE { GRAPH ?g { ?a <" + RDFS.label.getURI() + "> ?n } }", "n"));
    }

    @Test
    void queriesSeeTheUnionOfArticleGraphsAsDefaultGraph() {
        GraphStore s = open(dir.resolve("db"));
        s.replaceAll(graphs("d1", article("d1", "anna berg"), "d2", article("d2", "olle lind")));
        Set<String> docs = select(s, "SELECT ?doc WHERE { ?a a <" + NG.Article.getURI() + "> ; <"
                + NG.docId.getURI() + "> ?doc }", "doc");
        assertEquals(Set.of("d1", "d2"), docs);
        // a join across graphs through the default graph
        s.replaceAll(graphs("extra", ModelFactory.createDefaultModel()
                .add(ModelFactory.createDefaultModel().createResource(IriMinter.actor("person:anna berg")),
                        NG.role, "Trade Minister")));
        assertEquals(Set.of("anna berg"), select(s, "SELECT ?n WHERE { ?a <" + NG.role.getURI() + "> ?r ; <"
                + RDFS.label.getURI() + "> ?n }", "n"));
    }

    @Test
    void batchIsAllOrNothing() {
        GraphStore s = open(dir.resolve("db"));
        s.replaceAll(graphs("d1", article("d1", "anna berg")));
        long before = s.quadCount();
        Map<String, Model> bad = new LinkedHashMap<>();
        bad.put(IriMinter.graph("d2"), article("d2", "olle lind"));
        bad.put(IriMinter.graph("d3"), null);
        assertThrows(RuntimeException.class, () -> s.replaceAll(bad));
        assertEquals(before, s.quadCount());
        assertEquals(List.of(IriMinter.graph("d1")), s.graphNames());
    }

    @Test
    void streamedBatchIsSeenOnlyOnceCommitted() {
        GraphStore s = open(dir.resolve("db"));
        s.replaceAll(graphs("d1", article("d1", "anna berg")));
        Model two = article("d2", "olle lind");
        Model oneAgain = article("d1", "karl holm", "olle lind");
        try (TdbBatch batch = s.beginBatch()) {
            batch.replace(IriMinter.graph("d2"), two);
            batch.replace(IriMinter.graph("d1"), oneAgain);
            assertEquals(2, batch.size());
            batch.commit();
        }
        assertEquals(two.size() + oneAgain.size(), s.quadCount());
        assertEquals(Set.of(IriMinter.graph("d1"), IriMinter.graph("d2")), Set.copyOf(s.graphNames()));
    }

    @Test
    void anArticleTwiceInOneBatchKeepsTheLaterAndEveryIndexFindsItsRows() {
        GraphStore s = open(dir.resolve("db"));
        Model oneAgain = article("d1", "karl holm", "olle lind");
        Model two = article("d2", "olle lind");
        try (TdbBatch batch = s.beginBatch()) {
            batch.replace(IriMinter.graph("d1"), article("d1", "anna berg"));
            batch.replace(IriMinter.graph("d2"), two);
            batch.replace(IriMinter.graph("d1"), oneAgain);
            batch.commit();
        }
        assertEquals(two.size() + oneAgain.size(), s.quadCount());
        String karl = IriMinter.actor("person:karl holm");
        String d1 = IriMinter.graph("d1");
        // the rows are written index by index: each access path must find them
        assertEquals(Set.of(d1), select(s, "SELECT ?g { GRAPH ?g { <" + karl + "> ?p ?o } }", "g"));
        assertEquals(Set.of(karl), select(s, "SELECT ?s { GRAPH ?g { ?s <" + RDFS.label + "> \"karl holm\" } }", "s"));
        assertEquals(2, select(s, "SELECT ?g { GRAPH ?g { ?s ?p \"olle lind\" } }", "g").size());
        assertEquals(Set.of(String.valueOf(oneAgain.size())),
                select(s, "SELECT (STR(COUNT(*)) AS ?n) { GRAPH <" + d1 + "> { ?s ?p ?o } }", "n"));
        assertTrue(select(s, "SELECT ?o { GRAPH ?g { ?s ?p ?o } }", "o").stream().noneMatch(o -> o.contains("anna")));
    }

    @Test
    void streamedBatchNotCommittedLeavesNothing() {
        GraphStore s = open(dir.resolve("db"));
        s.replaceAll(graphs("d1", article("d1", "anna berg")));
        long before = s.quadCount();
        try (TdbBatch batch = s.beginBatch()) {
            batch.replace(IriMinter.graph("d2"), article("d2", "olle lind"));
            batch.replace(IriMinter.graph("d1"), article("d1", "karl holm"));
            // closed without commit: a store failure or an interrupted run
        }
        assertEquals(before, s.quadCount());
        assertEquals(List.of(IriMinter.graph("d1")), s.graphNames());
    }

    @Test
    void newStoreRecordsItsFourQuadIndexesAndKeepsThem() throws Exception {
        Path location = dir.resolve("db");
        GraphStore s = open(location);
        s.replaceAll(graphs("d1", article("d1", "anna berg", "karl holm")));
        String cfg = java.nio.file.Files.readString(location.resolve("tdb.cfg"));
        for (String index : GraphStore.QUAD_INDEXES) {
            assertTrue(cfg.contains('"' + index + '"'), cfg);
        }
        assertFalse(cfg.contains("\"GPOS\"") || cfg.contains("\"GOSP\""), cfg);
        s.close();
        TDBInternal.expel(s.dataset().asDatasetGraph());
        // every pattern still answers after a reopen: graph bound, graph free, by predicate, by object
        GraphStore again = open(location);
        String g = "<" + IriMinter.graph("d1") + ">";
        String label = "<" + RDFS.label.getURI() + ">";
        assertEquals(Set.of("anna berg", "karl holm"), select(again,
                "SELECT ?n WHERE { GRAPH " + g + " { ?a " + label + " ?n } }", "n"));
        assertEquals(Set.of("anna berg", "karl holm"), select(again, "SELECT ?n WHERE { ?a " + label + " ?n }", "n"));
        assertEquals(Set.of(IriMinter.actor("person:anna berg")), select(again,
                "SELECT ?a WHERE { GRAPH ?g { ?a " + label + " \"anna berg\" } }", "a"));
        assertEquals(Set.of(IriMinter.graph("d1")), select(again,
                "SELECT ?g WHERE { GRAPH ?g { ?a a <" + NG.Article.getURI() + "> } }", "g"));
    }

    @Test
    void existingStoreWithoutLayoutKeepsTdbDefaults() {
        Path location = dir.resolve("old");
        // a store made before the layout was chosen: TDB2's defaults, no tdb.cfg
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(location.toString());
        Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().getPrefixMapping().setNsPrefix("x", "http://x/"));
        TDBInternal.expel(dsg);
        assertFalse(location.resolve("tdb.cfg").toFile().exists());
        GraphStore s = open(location);
        s.replaceAll(graphs("d1", article("d1", "anna berg")));
        assertFalse(location.resolve("tdb.cfg").toFile().exists(), "an existing store keeps its layout");
        assertEquals(Set.of("anna berg"), select(s, "SELECT ?n WHERE { ?a <" + RDFS.label.getURI() + "> ?n }", "n"));
    }

    @Test
    void openExistingNeedsAStore() {
        GraphStore.StoreException e = assertThrows(GraphStore.StoreException.class,
                () -> GraphStore.openExisting(dir.resolve("absent")));
        assertTrue(e.getMessage().contains("absent"));
        assertFalse(dir.resolve("absent").toFile().exists(), "a missing store is not created");
    }
}
