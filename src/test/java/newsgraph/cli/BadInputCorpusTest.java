package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.ingest.InputFilesTest;
import newsgraph.nlp.NlpModels;
import newsgraph.rdf.IriMinter;
import newsgraph.store.GraphStore;

/**
 * One ingest of a folder of every kind of bad input beside the five seed articles: exit 1, exactly one
 * line per bad file naming it and the reason, every good article stored.
 */
class BadInputCorpusTest {
    @TempDir
    Path tmp;

    /** Each bad file of the corpus and a word its line must give as the reason. */
    private Map<Path, String> writeBadFiles(Path dir) throws Exception {
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
        bad.put(Files.writeString(dir.resolve("whitespace.txt"), " \n\t\n  \n"), "empty file");
        byte[] noise = new byte[4096];
        new Random(16).nextBytes(noise);
        noise[10] = 0;
        bad.put(Files.write(dir.resolve("binary.txt"), noise), "binary");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(Path.of("seeds/000_4953d76cae9f7eec.txt")));
        }
        bad.put(Files.write(dir.resolve("compressed.txt"), gz.toByteArray()), "binary");
        bad.put(Files.write(dir.resolve("invalid-utf8.txt"), new byte[]{'T', 'a', 'l', 'k', 's', (byte) 0xC3, '(', '\n'}),
                "invalid UTF-8");
        bad.put(Files.write(dir.resolve("latin1.txt"),
                "The minister met his counterpart in Z\u00fcrich on Monday.\n".getBytes(StandardCharsets.ISO_8859_1)),
                "invalid UTF-8");
        bad.put(Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Reuters</title></head>"
                + "<body><nav><a href=\"/\">Reuters</a></nav><p>The minister met Reuters.</p></body></html>\n"), "HTML");
        bad.put(Files.writeString(dir.resolve("huge.txt"), "The minister spoke on Monday. ".repeat(1_000)),
                "--max-chars");
        bad.put(InputFilesTest.fifo(dir.resolve("fifo.txt")), "not a regular file");
        bad.put(Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt")), "dangling");
        bad.put(Files.createSymbolicLink(dir.resolve("loop"), dir), "loop");
        bad.put(Files.createSymbolicLink(dir.resolve("ring-a.txt"), dir.resolve("ring-b.txt")), "cannot be followed");
        bad.put(Files.createSymbolicLink(dir.resolve("ring-b.txt"), dir.resolve("ring-a.txt")), "cannot be followed");
        return bad;
    }

    @Test
    void oneIngestOfBadAndGoodFiles() throws Exception {
        Assumptions.assumeTrue(getClass().getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        List<String> good;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            good = seeds.sorted().map(p -> copy(p, dir)).toList();
        }
        Map<Path, String> bad = writeBadFiles(dir);

        Path store = tmp.resolve("store");
        Outcome o = MainTest.run("ingest", "--store", store.toString(), "--threads", "2", "--max-chars", "20000",
                dir.toString());

        assertEquals(1, o.code(), o.err());
        // progress lines aside (a slow machine may print one), every line on stderr is one bad file
        List<String> lines = o.err().lines().filter(l -> !l.matches("newsgraph: \\d+/\\d+ articles.*")).toList();
        assertEquals(bad.size(), lines.size(), o.err());
        for (Map.Entry<Path, String> e : bad.entrySet()) {
            List<String> mine = lines.stream().filter(l -> l.startsWith("newsgraph: " + e.getKey() + ": ")).toList();
            assertEquals(1, mine.size(), e.getKey() + " has one line:\n" + o.err());
            assertTrue(mine.get(0).contains(e.getValue()), mine.get(0));
        }
        assertTrue(o.out().contains("total: 5 articles"), o.out());
        try (GraphStore s = GraphStore.openExisting(store)) {
            assertEquals(good.stream().map(IriMinter::graph).sorted().toList(),
                    s.graphNames().stream().sorted().toList());
        }
    }

    private static String copy(Path seed, Path dir) {
        try {
            Files.copy(seed, dir.resolve(seed.getFileName()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = seed.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
