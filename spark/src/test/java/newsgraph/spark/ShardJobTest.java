package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} against the single-process ingest, on inputs every machine has: the seeds as
 * text, as saved pages and in a JSON Lines dump, an article given twice (the later wins), and bad inputs.
 */
class ShardJobTest {
    @TempDir
    Path tmp;

    @Test
    void shardsLoadToTheGraphOfAnIngestOfTheSameFiles() throws Exception {
        Path root = LocalSpark.projectRoot();
        Path extra = Files.createDirectories(tmp.resolve("extra"));
        String seedText = Files.readString(root.resolve("seeds/000_4953d76cae9f7eec.txt"));
        // the same id twice in one dump and once more in a later file: the last one wins everywhere
        Files.writeString(extra.resolve("a-dump.jsonl"), String.join("\n",
                json("dup-1", "GENEVA, May 3 (Reuters) - Nothing happened today in Geneva, officials said."),
                json("dup-1", seedText),
                "{not json",
                json("only-in-dump", seedText.replace("Lavrov", "Smith"))) + "\n");
        Files.writeString(extra.resolve("b-later.jsonl"), json("only-in-dump", seedText) + "\n");
        Files.write(extra.resolve("binary.txt"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        List<Path> inputs = List.of(root.resolve("seeds"), seedPages(root.resolve("seeds"), tmp.resolve("pages")), extra);

        LocalSpark.ingest(inputs, tmp.resolve("ingested"));
        JobResult r = LocalSpark.sparkAndLoad(inputs, tmp.resolve("job"), tmp.resolve("loaded"));

        List<String> expected = LocalSpark.sortedQuads(tmp.resolve("ingested"));
        List<String> actual = LocalSpark.sortedQuads(tmp.resolve("loaded"));
        assertTrue(expected.size() > 1000, "the ingest stored the seeds: " + expected.size());
        assertSameLines(expected, actual);
        // the saved pages have no canonical URL, so the seeds' ids: they come later and replace the text seeds
        assertEquals(5 + 2, r.superseded(), "five seeds as pages, and dup-1 and only-in-dump came twice");
        assertEquals(2, r.failed(), "the bad dump line and the binary file");
        List<String> summary = summaryLines(tmp.resolve("job"));
        assertEquals(r.stored() + r.failed() + r.superseded(), summary.size());
        assertTrue(summary.stream().anyMatch(l -> l.contains("\"status\":\"failed\"") && l.contains("binary.txt")),
                "the binary file has its summary line");

    }

    /**
     * The same job putting each article into a SPARQL store as well (newsgraph serve: Fuseki cannot share
     * Spark's JVM). Seeds only: with ids given more than once (the test above) the store once ended with one
     * quad more than the ingest, a second form of a decimal literal in the repeated id's graph after the
     * driver's re-put of the winner; that case is open (README, Spark).
     */
    @Test
    void theJobPutsTheSameGraphIntoARemoteStore() throws Exception {
        Path root = LocalSpark.projectRoot();
        List<Path> inputs = List.of(root.resolve("seeds"));
        LocalSpark.ingest(inputs, tmp.resolve("ingested"));
        List<String> expected = LocalSpark.sortedQuads(tmp.resolve("ingested"));
        Path jar = ServeProcess.jar(root);
        if (!ServeProcess.available(jar)) {
            System.err.println("ShardJobTest: the remote-store part is skipped: no " + jar + " (mvn install makes it)");
            return;
        }
        try (ServeProcess server = ServeProcess.start(jar, tmp.resolve("served"))) {
            JobSettings remote = new JobSettings(null, null, JobSettings.defaults().maxChars(), null, server.url());
            ShardJob.run(LocalSpark.session(), inputs.stream().map(p -> p.toUri().toString()).toList(),
                    tmp.resolve("job-remote").toString(), remote, 0);
            assertSameLines(expected, LocalSpark.sortedQuads(server.url()));
        }
    }

    /** Each seed as a saved web page of the same name (no canonical URL, so the same id as the text seed). */
    static Path seedPages(Path seeds, Path pages) throws IOException {
        Files.createDirectories(pages);
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                StringBuilder body = new StringBuilder();
                for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    body.append("<p>").append(para.strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
                }
                String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.writeString(pages.resolve(stem + ".html"), "<!doctype html><html><head><title>" + stem
                        + "</title></head><body><nav><a href=\"/\">Home</a></nav><article>\n" + body
                        + "</article><footer>Share this page</footer></body></html>\n", StandardCharsets.UTF_8);
            }
        }
        return pages;
    }

    static String json(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"}";
    }

    static List<String> summaryLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve(ShardJob.SUMMARY))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** Equal lists, reported by their first differences rather than by two huge lists. */
    static void assertSameLines(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(new java.util.HashSet<>(actual));
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(new java.util.HashSet<>(expected));
        throw new AssertionError(String.format("%d quads expected, %d loaded; %d missing, e.g. %s; %d extra, e.g. %s",
                expected.size(), actual.size(), missing.size(), missing.stream().limit(5).toList(), extra.size(),
                extra.stream().limit(5).toList()));
    }
}
