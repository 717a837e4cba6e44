package newsgraph.ingest;

import java.nio.file.Path;

/**
 * Reads one input file into articles. A file may hold one article (a {@code .txt} or HTML page) or
 * many (a JSON Lines dump, a WARC archive); the reader hands each to the sink in file order, as soon
 * as it is read, so a large dump is never held in memory.
 */
public interface InputReader {
    /**
     * Reads {@code file}: each article to {@link ArticleSink#accept}, each record that cannot become
     * an article to {@link ArticleSink#reject} (one line naming the file, the record and the reason).
     *
     * @throws BadInputException when the file as a whole cannot be read; articles already handed on stay
     */
    void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException;

    /** Whether a folder search picks up {@code file} (by its extension). */
    boolean wants(Path file);

    /** Whether {@code file} may hold more than one article, so that a count of files is no total. */
    default boolean mayHoldMany(Path file) {
        return false;
    }
}
