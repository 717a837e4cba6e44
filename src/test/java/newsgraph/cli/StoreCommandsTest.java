package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.store.GraphStore;

/** The store commands and options on stores built from small graphs: delete, compact, refusals, locks. */
class StoreCommandsTest {
    /** Articles of the compaction test: enough that TDB2's fixed overhead does not hide the size. */
    private static final int ARTICLES = 200;

    @TempDir
    Path tmp;

    private static Map<String, Model> articles(int from, int to) {
        Map<String, Model> out = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Model m = ModelFactory.createDefaultModel();
            Resource a = m.createResource(IriMinter.article("d" + i)).addProperty(RDF.type, NG.Article)
                    .addProperty(NG.docId, "d" + i);
            for (int k = 0; k < 40; k++) {
                m.createResource(IriMinter.article("d" + i) + "/s" + k).addProperty(RDF.type, NG.Statement)
                        .addProperty(NG.mentionedIn, a).addProperty(NG.text, "statement " + k + " of article " + i);
            }
            out.put(IriMinter.graph("d" + i), m);
        }
        return out;
    }

    private Path store(String name, int articles) {
        Path dir = tmp.resolve(name);
        try (GraphStore s = GraphStore.open(dir)) {
            s.replaceAll(articles(0, articles));
            s.closeAndRelease();
        }
        return dir;
    }

    @Test
    void aFolderThatIsNotAStoreIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(folder.resolve("notes.txt"), "not a store");
        for (String[] args : List.of(new String[]{"stats"}, new String[]{"query", "-e", "ASK {}"},
                new String[]{"export"}, new String[]{"ingest", "notes.txt"})) {
            String[] full = new String[args.length + 2];
            full[0] = args[0];
            full[1] = "--store";
            full[2] = folder.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
            Outcome o = MainTest.run(full);
            assertEquals(1, o.code(), args[0] + ": " + o.err());
            assertTrue(o.err().contains("is not a newsgraph store"), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("notes.txt")), files.toList(), "no database made there");
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Outcome o = MainTest.run("stats", "--store", empty.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("is not a newsgraph store"), o.err());
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "a read command creates nothing");
        }
    }

    @Test
    void deleteRemovesArticlesAndNamesTheMissingOnes() {
        Path dir = store("del", 4);
        Outcome o = MainTest.run("delete", "--store", dir.toString(), "d1", "d3", "nope");
        assertEquals(1, o.code(), o.err());
        assertEquals("newsgraph: nope: no such article in the store", o.err().strip());
        assertTrue(o.out().contains("deleted 2 articles; the store holds 2"), o.out());
        try (GraphStore s = GraphStore.openExisting(dir)) {
            assertEquals(List.of(IriMinter.graph("d0"), IriMinter.graph("d2")), s.graphNames().stream().sorted().toList());
            s.closeAndRelease();
        }
        assertEquals(2, MainTest.run("delete", "--store", dir.toString()).code(), "no id is a usage error");
    }

    @Test
    void compactAfterReIngestComesBackToTheSizeOfACleanBuild() {
        Path clean = store("clean", ARTICLES);
        Path again = store("again", ARTICLES);
        long cleanSize;
        try (GraphStore s = GraphStore.openExisting(clean)) {
            cleanSize = s.sizeOnDisk();
            s.closeAndRelease();
        }
        for (int run = 0; run < 2; run++) {
            try (GraphStore s = GraphStore.openExisting(again)) {
                s.replaceAll(articles(0, ARTICLES));
                s.closeAndRelease();
            }
        }
        long grown;
        try (GraphStore s = GraphStore.openExisting(again)) {
            grown = s.sizeOnDisk();
            s.closeAndRelease();
        }
        assertTrue(grown > cleanSize * 1.5, "re-ingest grows the store: " + grown + " against " + cleanSize);
        Outcome o = MainTest.run("compact", "--store", again.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("compacted "), o.out());
        try (GraphStore s = GraphStore.openExisting(again)) {
            long after = s.sizeOnDisk();
            assertTrue(Math.abs(after - cleanSize) <= cleanSize / 10, after + " against a clean " + cleanSize);
            assertEquals(ARTICLES, s.articleCount());
            assertEquals(ARTICLES * 122L, s.quadCount(), "every quad is still there");
            s.closeAndRelease();
        }
    }

    @Test
    void aStoreHeldByAnotherProcessGivesOneClearLine() throws Exception {
        Path dir = store("busy", 2);
        try (GraphStore held = GraphStore.openExisting(dir)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "stats", "--store", dir.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second process ends");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), err);
            List<String> lines = err.lines().filter(l -> !l.startsWith("SLF4J")).toList();
            assertEquals(1, lines.size(), err);
            assertTrue(lines.get(0).startsWith("newsgraph stats: store busy: " + dir + " is locked by another process"),
                    err);
            held.closeAndRelease();
        }
    }
}
