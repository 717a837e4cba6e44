package newsgraph.pipeline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import newsgraph.ingest.Article;
import newsgraph.ingest.BadInputException;

/**
 * An input on its way to the writer: the future of its conversion, the article (null for an input that
 * failed before conversion) and when a worker began it (0 until then).
 */
record Pending(Future<Outcome> future, Article article, AtomicLong started) {
    /** Put last on the queue: the reading is over. */
    static final Pending END = new Pending(CompletableFuture.completedFuture(null), null, new AtomicLong(-1));

    /** A converted article, or why it could not be. */
    record Outcome(ConvertedArticle done, BadInputException failure) {
    }

    /** An input that failed before it could be converted. */
    static Pending failed(BadInputException e) {
        return new Pending(CompletableFuture.completedFuture(new Outcome(null, e)), null, new AtomicLong(-1));
    }

    /** {@code e} as the one-line failure of {@code file}. */
    static BadInputException failure(Path file, Throwable e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new BadInputException(file, "cannot process: " + reason, e);
    }
}
