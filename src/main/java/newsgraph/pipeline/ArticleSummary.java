package newsgraph.pipeline;

import java.nio.file.Path;

/** What one article contributed: the counts behind its progress line. */
public record ArticleSummary(String id, Path source, int actors, int countries, int statements, int meetings,
                             long triples, long words) {

    /** {@code ID: A actors, C countries, S statements, M meetings}. */
    public String line() {
        return id + ": " + actors + " actors, " + countries + " countries, " + statements + " statements, "
                + meetings + " meetings";
    }
}
