package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.store.TestFuseki;

/**
 * {@code newsgraph load}: N-Quads shards, as the Spark job writes them (gzipped, in a {@code shards}
 * folder), bulk-loaded into a store give the graph they came from; loading again replaces the articles.
 */
class LoadCommandTest {
    @TempDir
    Path tmp;

    /**
     * The seed store's N-Quads as the Spark job writes them: each article's lines together, the articles
     * split between two gzipped shards in {@code job/shards}.
     */
    private Path shards(List<String> quads) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("job/shards"));
        List<String> byGraph = quads.stream().sorted(java.util.Comparator.comparing(LoadCommandTest::graph)).toList();
        int half = byGraph.size() / 2;
        while (graph(byGraph.get(half)).equals(graph(byGraph.get(half - 1)))) {
            half++;
        }
        gzip(dir.resolve("part-00000.nq.gz"), byGraph.subList(0, half));
        gzip(dir.resolve("part-00001.nq.gz"), byGraph.subList(half, byGraph.size()));
        return dir.getParent();
    }

    /** The graph of an N-Quads line: its last IRI. */
    private static String graph(String line) {
        return line.substring(line.lastIndexOf(" <"));
    }

    private static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> sortedQuads(Path store) {
        return sortedQuads(store.toString());
    }

    private static List<String> sortedQuads(String store) {
        Outcome o = MainTest.run("export", "--store", store, "--format", "nq");
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    @Test
    void shardsLoadToTheGraphTheyCameFromAndALoadAgainReplaces() throws Exception {
        List<String> seeds = sortedQuads(SeedStore.path());
        Path job = shards(seeds);
        for (String loader : List.of("phased", "parallel", "light")) {
            Path store = tmp.resolve("store-" + loader);
            Outcome o = MainTest.run("load", "--quiet", "--loader", loader, "--store", store.toString(), job.toString());
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("the store holds 5 articles"), o.out());
            assertEquals(seeds, sortedQuads(store), loader);
        }
        Path store = tmp.resolve("store-phased");
        Outcome again = MainTest.run("load", "--quiet", "--store", store.toString(), job.resolve("shards").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("5 articles replaced"), again.out());
        assertEquals(seeds, sortedQuads(store), "loading again replaces, adds nothing");
    }

    @Test
    void shardsLoadIntoARemoteStoreArticleByArticle() throws Exception {
        List<String> seeds = sortedQuads(SeedStore.path());
        Path job = shards(seeds);
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), null)) {
            for (int run = 1; run <= 2; run++) { // a second load replaces: the same quads
                Outcome o = MainTest.run("load", "--store", fuseki.url(), job.toString());
                assertEquals(0, o.code(), o.err());
                assertTrue(o.out().contains("the store holds 5 articles"), o.out());
                assertEquals(seeds, sortedQuads(fuseki.url()), "run " + run);
            }
        }
    }

    @Test
    void missingShardsAndUnknownLoadersAreRefused() {
        Outcome missing = MainTest.run("load", "--store", tmp.resolve("s").toString(), tmp.resolve("nothing").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
        Outcome loader = MainTest.run("load", "--loader", "fast", "--store", tmp.resolve("s").toString(), "x");
        assertEquals(2, loader.code());
        assertTrue(loader.err().contains("--loader must be"), loader.err());
        assertEquals(2, MainTest.run("load", "--store", tmp.resolve("s").toString()).code());
    }
}
