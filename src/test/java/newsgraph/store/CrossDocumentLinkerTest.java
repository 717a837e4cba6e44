package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * Near-duplicates, events and claims over a store: the same graphs whatever order and however many runs
 * brought the articles in, and consistent after a delete or a re-ingest.
 */
class CrossDocumentLinkerTest {
    @TempDir
    Path dir;

    // MinHashTest's rewrite pair, telling of a meeting; a third story that tells of it too
    private static final String STORY = MinHashTest.STORY + " Kerry will meet Lavrov in Geneva on Monday.";
    private static final String REWRITE = MinHashTest.REWRITE + " Kerry will meet Lavrov in Geneva on Monday.";
    private static final String OTHER = MinHashTest.OTHER + " Kerry met Lavrov in November, it said.";
    private static final String FOLLOW_UP = "The two ministers held a second round of talks a day later, diplomats"
            + " said, after a dinner at which the question of the conference dates was left open; neither side gave"
            + " details of the second round, which lasted three hours, and aides said more work was needed.";
    private static final String QUOTE = "the accord will hold as long as the dollar stays near current levels";

    /** doc, text, meeting date ("" none), status, statement text ("" none). */
    private static final String[][] ARTICLES = {
            {"x1", STORY, "2013-11-25", "planned", QUOTE},
            {"x2", REWRITE, "", "held", "The accord will hold as long as the dollar stays near its current levels."},
            {"x3", OTHER, "2013-11", "held", ""},
            {"x4", FOLLOW_UP, "2013-11-26", "held", ""},
            {"x5", "Too short to sign.", "2013-11-25", "held", QUOTE},
    };

    private static Model article(String[] spec) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IriMinter.article(spec[0])).addProperty(RDF.type, NG.Article)
                .addProperty(NG.docId, spec[0]).addProperty(NG.text, spec[1]);
        Resource kerry = m.createResource(IriMinter.actor("person:john kerry")).addProperty(RDF.type, NG.Person);
        Resource lavrov = m.createResource(IriMinter.actor("person:sergei lavrov")).addProperty(RDF.type, NG.Person);
        Resource meeting = m.createResource(IriMinter.meeting(spec[0], 0)).addProperty(RDF.type, NG.Meeting)
                .addProperty(NG.meetingKind, "meeting").addProperty(NG.mentionedIn, a)
                .addProperty(NG.status, spec[3].equals("held") ? NG.Held : NG.Planned)
                .addProperty(NG.participant, kerry).addProperty(NG.participant, lavrov);
        if (!spec[2].isEmpty()) {
            meeting.addProperty(NG.date, spec[2], spec[2].length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDgYearMonth);
        }
        if (!spec[4].isEmpty()) {
            m.createResource(IriMinter.statement(spec[0], 0)).addProperty(RDF.type, NG.Statement)
                    .addProperty(NG.content, spec[4]).addProperty(NG.speaker, lavrov).addProperty(NG.mentionedIn, a);
        }
        return m;
    }

    private String build(String name, List<List<Integer>> runs, List<String> deleted) {
        return build(dir.resolve(name), ARTICLES, CrossDocumentLinkerTest::article, runs, deleted);
    }

    /**
     * Ingests the articles run by run (indexes into {@code specs}), linking identities and events after each
     * as an ingest does, then deletes the ids {@code deleted}; the sorted N-Quads after.
     */
    static String build(Path store, String[][] specs, java.util.function.Function<String[], Model> article,
                        List<List<Integer>> runs, List<String> deleted) {
        return build(store, specs, article, runs, deleted, GraphStore::linkEvents);
    }

    /** As above, with {@code link} as the cross-article pass after each run. */
    static String build(Path store, String[][] specs, java.util.function.Function<String[], Model> article,
                        List<List<Integer>> runs, List<String> deleted, java.util.function.Consumer<GraphStore> link) {
        try (GraphStore s = GraphStore.open(store)) {
            for (List<Integer> run : runs) {
                s.replaceAll(LinkOrderTest.graphs(run, specs, article));
                s.linkIdentities();
                link.accept(s);
            }
            if (!deleted.isEmpty()) {
                assertEquals(List.of(), s.delete(deleted));
            }
            String nq = LinkOrderTest.sortedNQuads(s);
            s.closeAndRelease();
            return nq;
        }
    }

    private static long count(String nq, String needle) {
        return nq.lines().filter(l -> l.contains(needle)).count();
    }

    @Test
    void nearDuplicatesEventsAndClaimsInOneRun() {
        String one = build("one", List.of(List.of(0, 1, 2, 3, 4)), List.of());
        String x1 = "<" + IriMinter.article("x1") + ">";
        String x2 = "<" + IriMinter.article("x2") + ">";
        assertTrue(one.contains(x1 + " <" + NG.nearDuplicateOf + "> " + x2), one);
        assertTrue(one.contains(x2 + " <" + NG.nearDuplicateOf + "> " + x1), one);
        assertFalse(one.contains(IriMinter.article("x3") + "> <" + NG.nearDuplicateOf), "x3 and x4 are too unlike: " + one);
        String event = "<" + IriMinter.crossDocument("event", IriMinter.meeting("x1", 0)) + ">";
        // x1 (the day, planned), x2 (undated, its near-duplicate, held), x5 (the same day), x3 (the month)
        for (String doc : List.of("x1", "x2", "x3", "x5")) {
            assertTrue(one.contains("<" + IriMinter.meeting(doc, 0) + "> <" + NG.event + "> " + event), doc + ": " + one);
        }
        assertFalse(one.contains("<" + IriMinter.meeting("x4", 0) + "> <" + NG.event + ">"), "another day: " + one);
        assertEquals(3, count(one, "<" + NG.claim + ">"), "x1, x2 and x5 say it: " + one);
    }

    @Test
    void theOrderOfArticlesAndRunsDoesNotMatter() {
        String one = build("one", List.of(List.of(0, 1, 2, 3, 4)), List.of());
        assertEquals(one, build("reversed", List.of(List.of(4, 3, 2, 1, 0)), List.of()));
        assertEquals(one, build("each", List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4)), List.of()));
        assertEquals(one, build("each-reversed", List.of(List.of(4), List.of(3), List.of(2), List.of(1), List.of(0)),
                List.of()));
        assertEquals(one, build("again", List.of(List.of(0, 1, 2, 3, 4), List.of(1, 0)), List.of()), "re-ingest");
    }

    @Test
    void deletingAnArticleLeavesTheStoreAsIfItNeverCame() {
        String withoutX1 = build("without", List.of(List.of(1, 2, 3, 4)), List.of());
        assertEquals(withoutX1, build("deleted", List.of(List.of(0, 1, 2, 3, 4)), List.of("x1")));
        assertFalse(withoutX1.contains(IriMinter.crossDocument("event", IriMinter.meeting("x1", 0))));
        assertFalse(withoutX1.contains("<" + NG.nearDuplicateOf + ">"), "its near-duplicate link is gone");
        String onlyTwo = build("two", List.of(List.of(0, 1)), List.of("x2"));
        assertFalse(onlyTwo.contains("/id/event/"), "an event with one evidence left is no event: " + onlyTwo);
    }
}
