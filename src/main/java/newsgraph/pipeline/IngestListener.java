package newsgraph.pipeline;

import java.nio.file.Path;

import newsgraph.ingest.BadInputException;

/**
 * Hears what the ingest pipeline does. Every call comes from the pipeline's single writer thread
 * (or, for {@link #finished}, the caller's), in input order, so implementations need no locking.
 */
public interface IngestListener {
    /** The article's graph was committed to the store. */
    default void stored(ArticleSummary article) {
    }

    /** The input could not be ingested; {@code error.getMessage()} is {@code PATH: reason}. */
    default void failed(BadInputException error) {
    }

    /** {@code done} of {@code total} inputs are finished (stored or failed); total is -1 while a dump is being read. */
    default void progress(int done, int total, long elapsedNanos) {
    }

    /**
     * Cross-article linking after the run: its {@code stage} has done {@code done} of {@code total}
     * {@code unit} (articles, speakers) in {@code elapsedNanos}.
     */
    default void linking(String stage, String unit, int done, int total, long elapsedNanos) {
    }

    /** The article the writer waits for has been converting for {@code nanos} (called now and then while it does). */
    default void working(Path file, int chars, long nanos) {
    }

    default void finished(IngestResult result) {
    }

    /** Something the user should know about the run as a whole, one line (such as an earlier run that stopped midway). */
    default void notice(String line) {
    }

    IngestListener SILENT = new IngestListener() {
    };
}
