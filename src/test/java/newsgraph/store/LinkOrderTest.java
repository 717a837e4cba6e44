package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * Identity linking gives the same store whatever order and however many runs bring the articles in.
 * The articles are written for the case the issue found on Reuters: a short name ("Security Council")
 * with one longer name ending the same way in some runs and two in others.
 */
class LinkOrderTest {
    @TempDir
    Path dir;

    private static final String[][] ARTICLES = {
            {"a1", "org:security council", "person:lavrov"},
            {"a2", "org:national security council", "person:sergei lavrov"},
            {"a3", "org:un security council"},
            {"a4", "org:pork congress", "person:ivan lavrov"},
            {"a5", "org:american pork congress", "org:security council"},
            {"a6", "person:smith", "org:pork congress"},
            {"a7", "person:john smith", "org:pork congress"},
    };

    private static Model article(String[] spec) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IriMinter.article(spec[0])).addProperty(RDF.type, NG.Article);
        for (int i = 1; i < spec.length; i++) {
            Resource actor = m.createResource(IriMinter.actor(spec[i]))
                    .addProperty(RDF.type, spec[i].startsWith("person:") ? NG.Person : NG.Organization);
            m.createResource(IriMinter.article(spec[0]) + "/s" + i).addProperty(NG.speaker, actor)
                    .addProperty(NG.mentionedIn, a);
        }
        return m;
    }

    /** The graphs of the articles {@code run} (indexes into {@code specs}, whose first field is the id), in that order. */
    static Map<String, Model> graphs(List<Integer> run, String[][] specs, java.util.function.Function<String[], Model> article) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (int i : run) {
            graphs.put(IriMinter.graph(specs[i][0]), article.apply(specs[i]));
        }
        return graphs;
    }

    /** The whole store as N-Quads, lines sorted: equal stores give equal text. */
    static String sortedNQuads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQ, null, out);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        lines.sort(null);
        return String.join("\n", lines);
    }

    /** Ingests the articles run by run (linking after each, as an ingest does); the sorted N-Quads after. */
    private String build(String name, List<List<Integer>> runs) {
        try (GraphStore store = GraphStore.open(dir.resolve(name))) {
            for (List<Integer> run : runs) {
                store.replaceAll(graphs(run, ARTICLES, LinkOrderTest::article));
                store.linkIdentities();
            }
            String nq = sortedNQuads(store);
            store.closeAndRelease();
            return nq;
        }
    }

    @Test
    void oneRunTwoRunsAndReversedOrderGiveTheSameGraph() {
        String one = build("one", List.of(List.of(0, 1, 2, 3, 4, 5, 6)));
        assertTrue(one.contains(IriMinter.actor("person:ivan lavrov")), "the store holds the articles");
        assertTrue(one.contains("<" + IriMinter.actor("org:security council") + ">"),
                "two longer names end in Security Council, so it stays: " + one);
        assertTrue(!one.contains("<" + IriMinter.actor("org:pork congress") + ">"), "one ends in Pork Congress: linked");
        assertEquals(one, build("two", List.of(List.of(0, 1), List.of(2, 3, 4, 5, 6))));
        assertEquals(one, build("reversed", List.of(List.of(6, 5, 4, 3, 2, 1, 0))));
        assertEquals(one, build("each", List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4),
                List.of(5), List.of(6))));
        assertEquals(one, build("each-reversed", List.of(List.of(6), List.of(5), List.of(4), List.of(3), List.of(2),
                List.of(1), List.of(0))));
    }

    @Test
    void aLinkMadeEarlierIsUndoneWhenASecondFullNameArrives() {
        String early = build("early", List.of(List.of(0, 1)));
        assertTrue(!early.contains("<" + IriMinter.actor("org:security council") + ">")
                && !early.contains("<" + IriMinter.actor("person:lavrov") + ">"), "linked while unique: " + early);
        String later = build("later", List.of(List.of(0, 1), List.of(2, 3)));
        assertTrue(later.contains("<" + IriMinter.actor("org:security council") + ">"), later);
        assertTrue(later.contains("<" + IriMinter.actor("person:lavrov") + ">"), later);
        assertEquals(build("together", List.of(List.of(0, 1, 2, 3))), later);
    }

    @Test
    void reIngestingOrDeletingTheFullNameRelinks() {
        String withoutA7 = build("without", List.of(List.of(0, 1, 2, 3, 4, 5)));
        try (GraphStore store = GraphStore.open(dir.resolve("deleted"))) {
            Map<String, Model> graphs = new LinkedHashMap<>();
            for (String[] spec : ARTICLES) {
                graphs.put(IriMinter.graph(spec[0]), article(spec));
            }
            store.replaceAll(graphs);
            store.linkIdentities();
            assertEquals(List.of(), store.delete(List.of("a7")));
            String nq = sortedNQuads(store);
            store.closeAndRelease();
            assertEquals(withoutA7, nq);
        }
    }
}
