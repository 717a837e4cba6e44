package newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import newsgraph.ingest.BadInputException;

/**
 * Prints an ingest for people: one line per stored article and a total on {@code out}, one
 * {@code newsgraph: PATH: reason} line per bad input on {@code err}, and a progress line on {@code err}:
 * redrawn in place on a terminal, otherwise printed every 15 seconds once a run lasts that long.
 */
public final class PrintingListener implements IngestListener {
    private static final long REDRAW_NANOS = 250_000_000L;
    /** Without a terminal, a progress line at most this often, and only once a run lasts this long. */
    static final long LOG_NANOS = 15_000_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final Progress progress;

    /** How progress is shown: redrawn in place, as a plain line now and then, or not at all. */
    public enum Progress {
        TERMINAL, LOG, NONE;

        /** Redrawn on a terminal, plain lines into a log. */
        public static Progress auto() {
            return System.console() != null ? TERMINAL : LOG;
        }
    }
    private long lastDraw = System.nanoTime() - REDRAW_NANOS;
    private int drawnWidth;
    private long lastLogged;
    /** The long article the run waits for, shown after the progress line, or null. */
    private String slow;

    /**
     * @param quiet    no per-article lines (bad inputs and the total are still printed)
     * @param progress how to show progress on {@code err}
     */
    public PrintingListener(PrintStream out, PrintStream err, boolean quiet, Progress progress) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.progress = progress;
    }

    @Override
    public void working(Path file, int chars, long nanos) {
        slow = String.format(Locale.ROOT, "%s: %,d characters, converting for %s", file.getFileName(), chars,
                duration(nanos / 1e9));
    }

    @Override
    public void stored(ArticleSummary article) {
        slow = null;
        if (!quiet) {
            clearProgress();
            out.println(article.line());
        }
    }

    @Override
    public void failed(BadInputException error) {
        slow = null;
        clearProgress();
        err.println("newsgraph: " + error.getMessage());
    }

    @Override
    public void notice(String line) {
        clearProgress();
        err.println("newsgraph: " + line);
    }

    @Override
    public void progress(int done, int total, long elapsedNanos) {
        show(done, total, elapsedNanos, "", "articles");
    }

    /** Shown as the run's progress is, with its own clock: a long run's linking takes minutes. */
    @Override
    public void linking(String stage, String unit, int done, int total, long elapsedNanos) {
        if (done == 0) {
            lastLogged = 0;
        }
        show(done, total, elapsedNanos, "linking across articles, " + stage + ": ", unit);
    }

    private void show(int done, int total, long elapsedNanos, String prefix, String unit) {
        long now = System.nanoTime();
        if (progress == Progress.NONE) {
            return;
        }
        if (progress == Progress.LOG) {
            // into a log: a plain line now and then on long runs, none on short ones
            if ((total < 0 || done < total) && elapsedNanos - lastLogged >= LOG_NANOS) {
                lastLogged = elapsedNanos;
                err.println("newsgraph: " + prefix + withSlow(progressLine(done, total, elapsedNanos, unit)));
            }
            return;
        }
        if ((total < 0 || done < total) && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = prefix + withSlow(progressLine(done, total, elapsedNanos, unit));
        // pad over the previous, possibly longer, line
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    @Override
    public void finished(IngestResult result) {
        clearProgress();
        out.println(result.line());
        out.flush();
    }

    /** @param total the articles in all, or negative while a dump is still being read */
    static String progressLine(int done, int total, long elapsedNanos) {
        return progressLine(done, total, elapsedNanos, "articles");
    }

    /** As above, counting {@code unit} (plural) instead of articles. */
    static String progressLine(int done, int total, long elapsedNanos, String unit) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (total < 0) {
            return String.format(Locale.ROOT, "%d %s, %.1f %s/s", done, unit, rate, unit);
        }
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "%d/%d %s, %.1f %s/s, ETA %s", done, total, unit, rate, unit, eta);
    }

    private String withSlow(String line) {
        return slow == null ? line : line + "; waiting for " + slow;
    }

    private void clearProgress() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
