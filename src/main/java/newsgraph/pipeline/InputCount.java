package newsgraph.pipeline;

import java.util.List;

import newsgraph.ingest.InputFiles;
import newsgraph.ingest.InputReader;

/**
 * The number of inputs of a run, as the progress line shows it: the only place it is kept. It starts
 * as the inputs listed; a file that holds several articles (a JSON Lines dump) adds those beyond its
 * first as they are read, and one that gives none takes its place away. While a file that may hold many
 * articles is still to be read, or one turned out to, the total is not known: {@link #shown()} is -1
 * until reading ends. Changed by the reading thread only, read by the writer.
 */
final class InputCount {
    private volatile int total;
    private volatile boolean known;

    InputCount(List<InputFiles.Input> inputs, InputReader reader) {
        total = inputs.size();
        known = inputs.stream().noneMatch(i -> i.problem() == null && reader.mayHoldMany(i.file()));
    }

    /** A file gave an article beyond its first. */
    void another() {
        known = false;
        total++;
    }

    /** A file gave nothing at all (a dump of requests only). */
    void none() {
        total--;
    }

    /** Every input has been read: the total is final. */
    void readingDone() {
        known = true;
    }

    /** The total, or -1 while it is not known. */
    int shown() {
        return known ? total : -1;
    }
}
