package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    /** Exit code and both streams of one command line. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        for (String c : new String[]{"ingest", "query", "export", "stats", "train-ner", "bench"}) {
            assertTrue(o.out().contains(c), "help names " + c + ":\n" + o.out());
        }
    }

    @Test
    void commandHelpShowsItsOptions() {
        Outcome o = run("ingest", "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("--threads") && o.out().contains("--ner-model"), o.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run().code());
    }

    @Test
    void version() {
        Outcome o = run("--version");
        assertEquals(0, o.code());
        assertTrue(o.out().startsWith("newsgraph " + Main.VERSION), o.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Outcome o = run("frobnicate");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("frobnicate"), o.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome o = run("query", "--no-such-option", "actors");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no-such-option"), o.err());
    }

    @Test
    void badCountsAreUsageErrors() {
        assertEquals(2, run("ingest", "--threads", "0", "seeds").code());
        assertEquals(2, run("ingest", "--threads", "many", "seeds").code());
        assertEquals(2, run("bench", "--repeat", "-1", "seeds").code());
    }

    @Test
    void ingestWithoutPathsIsAUsageError() {
        Outcome o = run("ingest", "--store", tmp.resolve("s").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("usage: newsgraph ingest"), o.err());
    }

    @Test
    void queryOnAMissingStoreFailsClearly() {
        Path missing = tmp.resolve("no-store-here");
        Outcome o = run("query", "--store", missing.toString(), "actors");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no store at " + missing), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
    }

    @Test
    void trainNerWithoutDataFails() {
        Outcome o = run("train-ner", "--data", tmp.resolve("nothing").toString(), "-o", tmp.resolve("m.bin").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("nothing"), o.err());
    }

    @Test
    void benchOnAMissingCorpusFails() {
        Outcome o = run("bench", tmp.resolve("nothing").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no such file or directory"), o.err());
    }
}
