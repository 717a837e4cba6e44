package newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Progress as people see it: on a terminal, in a log, or not at all. */
class PrintingListenerTest {
    private static final long SECOND = 1_000_000_000L;

    private static String progress(PrintingListener.Progress mode, long... elapsedSeconds) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintingListener l = new PrintingListener(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, mode);
        int done = 0;
        for (long s : elapsedSeconds) {
            l.progress(done += 100, 10_000, s * SECOND);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogGetsAPlainLineEveryFifteenSecondsOfALongRun() {
        String log = progress(PrintingListener.Progress.LOG, 1, 5, 14, 15, 16, 29, 31);
        String[] lines = log.split("\n");
        assertEquals(2, lines.length, log);
        assertEquals("newsgraph: 400/10000 articles, 26.7 articles/s, ETA 6m00s", lines[0]);
        assertTrue(lines[1].startsWith("newsgraph: 700/10000 articles"), log);
    }

    @Test
    void aLogGetsTheLinkingStagesOnTheirOwnClock() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintingListener l = new PrintingListener(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, PrintingListener.Progress.LOG);
        l.progress(5_000, 10_000, 100 * SECOND); // the run logged a line at 100 s
        l.linking("claims", "speakers", 0, 900, 0);
        l.linking("claims", "speakers", 300, 900, 16 * SECOND);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertEquals("newsgraph: linking across articles, claims: 300/900 speakers, 18.8 speakers/s, ETA 32s", lines[1]);
    }

    @Test
    void aShortRunLogsNothing() {
        assertEquals("", progress(PrintingListener.Progress.LOG, 1, 2, 3));
    }

    @Test
    void noProgressPrintsNothing() {
        assertEquals("", progress(PrintingListener.Progress.NONE, 1, 20, 40));
    }

    @Test
    void anUnknownTotalHasNoEta() {
        assertEquals("300 articles, 10.0 articles/s", PrintingListener.progressLine(300, -1, 30 * SECOND));
    }

    @Test
    void durations() {
        assertEquals("59s", PrintingListener.duration(59));
        assertEquals("1m05s", PrintingListener.duration(65));
        assertEquals("2h03m", PrintingListener.duration(2 * 3600 + 3 * 60 + 10));
    }
}
