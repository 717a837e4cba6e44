package newsgraph.ingest;

import java.util.List;

/**
 * Metadata taken out of an article and the body paragraphs that remain.
 *
 * @param meta       title, date, dateline, outlet and authors
 * @param paragraphs the body without metadata lines
 */
public record Extraction(ArticleMeta meta, List<String> paragraphs) {
    public Extraction {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as article text: paragraphs joined with a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
