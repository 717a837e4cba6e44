package newsgraph.ingest;

import java.util.List;

/**
 * Article text after cleaning, before metadata is taken out of it.
 *
 * @param paragraphs   the kept paragraphs, whitespace-normalised, each once
 * @param droppedLines furniture lines that were removed; some still name the outlet ("Support X!")
 * @param leadSetOff   the first paragraph was followed by a blank line, as a headline is
 */
public record CleanedText(List<String> paragraphs, List<String> droppedLines, boolean leadSetOff) {
    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        droppedLines = List.copyOf(droppedLines);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
