package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;

/** {@code newsgraph serve}'s failures before it listens: one clear line each (serving itself: newsgraph.serve). */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void missingStoreIsOneLine() {
        Outcome o = MainTest.run("serve", "--store", tmp.resolve("nothing").toString(), "--port", "0");
        assertEquals(1, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("newsgraph serve: no store at "), o.err());
    }

    @Test
    void badPortOrTimeoutIsAUsageError() {
        for (String[] args : new String[][]{{"--port", "http"}, {"--port", "70000"}, {"--query-timeout", "-1"}}) {
            Outcome o = MainTest.run("serve", "--store", tmp.toString(), args[0], args[1]);
            assertEquals(2, o.code(), String.join(" ", args));
            assertTrue(o.err().startsWith("newsgraph serve: --"), o.err());
        }
    }

    @Test
    void helpNamesEveryOption() {
        Outcome o = MainTest.run("serve", "--help");
        assertEquals(0, o.code());
        for (String opt : new String[]{"--store", "--port", "--bind", "--query-timeout", "--allow-update"}) {
            assertTrue(o.out().contains(opt), opt + ":\n" + o.out());
        }
    }
}
