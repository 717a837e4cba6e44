package newsgraph.pipeline;

/**
 * The outcome of one ingest run.
 *
 * @param articles  articles stored (a later file with the same id replaces an earlier one, both count)
 * @param failed    inputs that could not be ingested (bad files, missing paths, processing errors)
 * @param triples   triples of the stored article graphs
 * @param words     whitespace-separated words of the stored articles' cleaned text
 * @param wallNanos elapsed time of the whole run
 * @param stages    time per stage, summed over threads
 */
public record IngestResult(int articles, int failed, long triples, long words, long actors, long countries,
                           long statements, long meetings, long wallNanos, StageTimes stages) {

    public boolean hasFailures() {
        return failed > 0;
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    public double articlesPerSecond() {
        return wallNanos == 0 ? 0 : articles / wallSeconds();
    }

    public double wordsPerSecond() {
        return wallNanos == 0 ? 0 : words / wallSeconds();
    }

    /** The closing line of an ingest. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "total: %d articles, %d actors, %d countries, %d statements, %d meetings, %d triples; %d failed (%.1f s)",
                articles, actors, countries, statements, meetings, triples, failed, wallSeconds());
    }
}
