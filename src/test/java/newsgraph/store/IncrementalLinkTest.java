package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * A pass after a few articles changed recomputes only the events and claims they can touch; the store
 * must come out as a pass over the whole store leaves it, whatever the runs, their order, re-ingests and
 * deletes. The articles are drawn at random (fixed seeds) from a small pool, so that events chain
 * across articles: one pair of ministers meeting on near days and in one month, a surname-only actor that
 * identity linking rewrites when the full name arrives, two spellings of one person, near-duplicates.
 */
class IncrementalLinkTest {
    @TempDir
    Path dir;

    private static final String[] ACTORS = {"person:sergei lavrov", "person:lavrov", "person:john kerry",
            "person:bashar al assad", "person:bashar assad", "org:united nations", "gov:US"};
    private static final String[] DATES = {"2013-11-25", "2013-11-26", "2013-11", "2013-12-02", ""};
    private static final String[] PLACES = {"", "Geneva:CH", "Paris:FR", ":CH"};
    private static final String[] CLAIMS = {"the talks should resolve all remaining questions before the conference",
            "the talks should resolve all the remaining questions before the conference",
            "the ceasefire will hold as long as both sides keep their forces where they are",
            "the ceasefire will hold as long as both sides keep forces where they are now"};

    private static String[][] articles(long seed) {
        Random r = new Random(seed);
        List<String> words = IntStream.range(0, 300).mapToObj(i -> "w" + i).toList();
        String[] stories = new String[4];
        for (int i = 0; i < stories.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                sb.append(words.get(r.nextInt(words.size()))).append(' ');
            }
            stories[i] = sb.toString();
        }
        String[][] out = new String[14][];
        for (int a = 0; a < out.length; a++) {
            // id, text, then meetings "who,who|date|place|status" and statements "speaker|claim"
            List<String> spec = new ArrayList<>(List.of("d" + a, stories[r.nextInt(stories.length)] + (r.nextBoolean()
                    ? "" : words.get(r.nextInt(words.size())))));
            for (int m = r.nextInt(3); m >= 0; m--) {
                String who = ACTORS[r.nextInt(ACTORS.length)] + (r.nextInt(5) == 0 ? "" : "," + ACTORS[r.nextInt(ACTORS.length)]);
                spec.add("M" + who + "|" + DATES[r.nextInt(DATES.length)] + "|" + PLACES[r.nextInt(PLACES.length)] + "|"
                        + (r.nextBoolean() ? "held" : "planned"));
            }
            for (int s = r.nextInt(3); s > 0; s--) {
                spec.add("S" + ACTORS[r.nextInt(4)] + "|" + CLAIMS[r.nextInt(CLAIMS.length)]);
            }
            out[a] = spec.toArray(String[]::new);
        }
        return out;
    }

    private static Model article(String[] spec) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IriMinter.article(spec[0])).addProperty(RDF.type, NG.Article)
                .addProperty(NG.docId, spec[0]).addProperty(NG.text, spec[1]);
        for (int i = 2; i < spec.length; i++) {
            String[] f = spec[i].substring(1).split("\\|", -1);
            Resource mention;
            if (spec[i].startsWith("M")) {
                mention = m.createResource(IriMinter.meeting(spec[0], i)).addProperty(RDF.type, NG.Meeting)
                        .addProperty(NG.meetingKind, "meeting").addProperty(NG.status, f[3].equals("held") ? NG.Held : NG.Planned);
                for (String who : f[0].split(",")) {
                    mention.addProperty(NG.participant, actor(m, who));
                }
                if (!f[1].isEmpty()) {
                    mention.addProperty(NG.date, f[1], f[1].length() == 10 ? XSDDatatype.XSDdate : XSDDatatype.XSDgYearMonth);
                }
                if (!f[2].isEmpty()) {
                    String[] place = f[2].split(":");
                    Resource country = m.createResource(IriMinter.country(place[1]));
                    mention.addProperty(NG.place, place[0].isEmpty() ? country
                            : m.createResource(IriMinter.place(place[0], place[1])).addProperty(NG.country, country));
                }
            } else {
                mention = m.createResource(IriMinter.statement(spec[0], i)).addProperty(RDF.type, NG.Statement)
                        .addProperty(NG.content, f[1]).addProperty(NG.speaker, actor(m, f[0]));
            }
            mention.addProperty(NG.mentionedIn, a);
        }
        return m;
    }

    private static Resource actor(Model m, String key) {
        return m.createResource(IriMinter.actor(key)).addProperty(RDF.type, key.startsWith("person:") ? NG.Person
                : NG.Organization);
    }

    private String build(String name, String[][] specs, List<List<Integer>> runs, List<Integer> deleted) {
        return CrossDocumentLinkerTest.build(dir.resolve(name), specs, IncrementalLinkTest::article, runs,
                deleted.stream().map(i -> specs[i][0]).toList());
    }

    /** One run of every article, then one pass over the whole store in one transaction (the reference). */
    private String wholePass(String name, String[][] specs) {
        return CrossDocumentLinkerTest.build(dir.resolve(name), specs, IncrementalLinkTest::article,
                List.of(IntStream.range(0, specs.length).boxed().toList()), List.of(),
                s -> Txn.executeWrite(s.dataset(), () -> {
                    CrossDocumentLinker.relinkWholeStore(s.dataset().asDatasetGraph());
                    CrossDocumentLinker.link(s.dataset().asDatasetGraph());
                }));
    }

    @Test
    void aPassInPiecesGivesWhatOnePassOverTheWholeStoreGives() {
        for (long seed = 1; seed <= 4; seed++) {
            String[][] specs = articles(seed);
            String whole = wholePass(seed + "-whole", specs);
            List<Integer> all = new ArrayList<>(IntStream.range(0, specs.length).boxed().toList());
            Collections.shuffle(all, new Random(seed));
            List<List<Integer>> batches = List.of(all.subList(0, 7), all.subList(7, specs.length), all.subList(2, 9));
            for (int piece : new int[]{1, 3, 5}) {
                same(whole, CrossDocumentLinkerTest.build(dir.resolve(seed + "-one-" + piece), specs, IncrementalLinkTest::article,
                        List.of(all), List.of(), s -> CrossDocumentLinker.link(s.dataset(), piece, 0, CrossDocumentLinker.Progress.NONE)), "one run, pieces of " + piece);
                same(whole, CrossDocumentLinkerTest.build(dir.resolve(seed + "-runs-" + piece), specs, IncrementalLinkTest::article,
                        batches, List.of(), s -> CrossDocumentLinker.link(s.dataset(), piece, 0, CrossDocumentLinker.Progress.NONE)), "runs and re-ingests, pieces of " + piece);
            }
        }
    }

    /** The process dies after some of the pass's transactions committed (here: a progress call that throws). */
    private static void dieAt(GraphStore s, String stage, int afterDone) {
        try {
            CrossDocumentLinker.link(s.dataset(), 1, 0, (st, unit, done, total) -> {
                if (st.equals(stage) && done >= afterDone) {
                    throw new IllegalStateException("killed");
                }
            });
        } catch (IllegalStateException e) {
            assertEquals("killed", e.getMessage());
        }
    }

    @Test
    void aPassThatDiesMidwayIsCompletedByTheNext() {
        String stage = "near-duplicates and events";
        for (long seed = 1; seed <= 2; seed++) {
            String[][] specs = articles(seed);
            String whole = wholePass(seed + "-whole", specs);
            List<List<Integer>> one = List.of(IntStream.range(0, specs.length).boxed().toList());
            String died = CrossDocumentLinkerTest.build(dir.resolve(seed + "-died"), specs, IncrementalLinkTest::article,
                    one, List.of(), s -> dieAt(s, stage, 1));
            assertNotEquals(whole, died, "the pass died with work left, seed " + seed);
            String nq = CrossDocumentLinkerTest.build(dir.resolve(seed + "-dies"), specs, IncrementalLinkTest::article,
                    one, List.of(), s -> {
                        dieAt(s, stage, 1);
                        s.linkEvents();
                    });
            same(whole, nq, "died after one piece, then linked again, seed " + seed);
        }
    }

    @Test
    void aPassInPiecesCountsEachEventOnceAsItStandsAtTheEnd() {
        String[][] specs = articles(2);
        List<List<Integer>> one = List.of(IntStream.range(0, specs.length).boxed().toList());
        CrossDocumentLinker.Result[] in = new CrossDocumentLinker.Result[3];
        List<String> told = new ArrayList<>();
        List<String> toldWhole = new ArrayList<>();
        CrossDocumentLinkerTest.build(dir.resolve("count-one"), specs, IncrementalLinkTest::article, one, List.of(),
                s -> in[0] = CrossDocumentLinker.link(s.dataset(), 1_000, 0, CrossDocumentLinker.Progress.NONE));
        CrossDocumentLinkerTest.build(dir.resolve("count-pieces"), specs, IncrementalLinkTest::article, one, List.of(),
                s -> in[1] = CrossDocumentLinker.link(s.dataset(), 2, 0, (stage, unit, done, total) -> told.add(stage + " " + done + "/" + total)));
        // a new store this small takes the one-transaction pass over the whole store: no pieces to tell of
        CrossDocumentLinkerTest.build(dir.resolve("count-whole"), specs, IncrementalLinkTest::article, one, List.of(),
                s -> in[2] = CrossDocumentLinker.link(s.dataset(), 2, 1_000, (stage, unit, done, total) -> toldWhole.add(stage)));
        assertEquals(List.of(), toldWhole);
        assertEquals(List.of(in[0].pairs(), in[0].events(), in[0].eventMentions(), in[0].claims(), in[0].claimMentions()),
                List.of(in[2].pairs(), in[2].events(), in[2].eventMentions(), in[2].claims(), in[2].claimMentions()));
        assertTrue(in[0].events() + in[0].claims() > 0, "something to count: " + in[0]);
        assertEquals(List.of(in[0].pairs(), in[0].events(), in[0].eventMentions(), in[0].claims(), in[0].claimMentions()),
                List.of(in[1].pairs(), in[1].events(), in[1].eventMentions(), in[1].claims(), in[1].claimMentions()));
        int n = specs.length;
        List<String> pieces = IntStream.rangeClosed(1, (n + 1) / 2).mapToObj(i -> Math.min(n, 2 * i) + "/" + n).toList();
        assertEquals(pieces.stream().map(p -> "near-duplicates and events " + p).toList(),
                told.subList(1, 1 + pieces.size()), "progress after each piece of two of the " + n + " new graphs: " + told);
        assertEquals(pieces.stream().map(p -> "claim records " + p).toList(), told.subList(told.size() - pieces.size(), told.size()));
        assertEquals("claim records 0/" + n, told.get(told.size() - pieces.size() - 1), "each stage starts at 0: " + told);
        assertTrue(told.stream().anyMatch(t -> t.startsWith("claims ")), "the claims by speaker: " + told);
    }

    @Test
    void passesAfterEachChangeGiveWhatOnePassOverTheWholeStoreGives() {
        int merged = 0;
        for (long seed = 1; seed <= 4; seed++) {
            String[][] specs = articles(seed);
            List<Integer> all = new ArrayList<>(IntStream.range(0, specs.length).boxed().toList());
            String whole = wholePass(seed + "-whole", specs);
            merged += whole.lines().filter(l -> l.contains("<" + NG.event + ">") || l.contains("<" + NG.claim + ">")).count();
            Collections.shuffle(all, new Random(seed));
            List<List<Integer>> each = all.stream().map(List::of).toList();
            same(whole, build(seed + "-each", specs, each, List.of()), "one article a run, seed " + seed);
            List<List<Integer>> batches = List.of(all.subList(0, 5), all.subList(5, 9), all.subList(9, specs.length),
                    all.subList(2, 6));
            same(whole, build(seed + "-batches", specs, batches, List.of()), "batches and re-ingests, seed " + seed);
            List<Integer> kept = new ArrayList<>(all.subList(3, specs.length));
            String withoutThree = build(seed + "-without", specs, List.of(kept), List.of());
            same(withoutThree, build(seed + "-deleted", specs, batches, all.subList(0, 3)), "deletes, seed " + seed);
        }
        assertTrue(merged > 20, "the articles join events and claims: " + merged + " links");
    }

    /** Equal stores, or the quads in one and not the other. */
    private static void same(String expected, String actual, String what) {
        List<String> missing = new ArrayList<>(expected.lines().toList());
        missing.removeAll(actual.lines().toList());
        List<String> extra = new ArrayList<>(actual.lines().toList());
        extra.removeAll(expected.lines().toList());
        assertEquals(List.of(), missing, what + ": missing; extra " + extra);
        assertEquals(List.of(), extra, what + ": extra");
    }
}
