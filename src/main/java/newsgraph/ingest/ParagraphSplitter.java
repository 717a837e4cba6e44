package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups lines into paragraphs. Three layouts occur: one paragraph per line, paragraphs separated by
 * blank lines, and hard-wrapped lines (Reuters-21578) where an indented line starts a paragraph.
 * Blank lines always separate; only a hard-wrapped text joins consecutive lines.
 */
final class ParagraphSplitter {
    private ParagraphSplitter() {
    }

    /**
     * @param paragraphs  whitespace-normalised paragraphs in order
     * @param leadSetOff  the first paragraph was followed by a blank line, as headlines are
     */
    record Split(List<String> paragraphs, boolean leadSetOff) {
    }

    // a wrapped text has no line longer than a terminal would show
    private static final int MAX_WRAP_WIDTH = 120;
    private static final int MIN_WRAPPED_LENGTH = 40;
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*–—▪●] |\\d{1,2}[.)] ).*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:\"”’']$");

    /** Splits with the layout detected on these lines. */
    static Split split(List<String> lines) {
        return split(lines, isHardWrapped(lines));
    }

    /** Splits with a layout decided earlier, before furniture lines were taken out. */
    static Split split(List<String> lines, boolean wrapped) {
        boolean indentMarksParagraphs = wrapped && countIndented(lines) >= 1;
        int width = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);

        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        int firstEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = line.strip();
            if (text.isEmpty()) {
                firstEnd = flush(current, paragraphs, firstEnd, i - 1);
                previous = null;
                continue;
            }
            boolean startsNew = !wrapped
                    || previous == null
                    || (indentMarksParagraphs && indent(line) >= 2)
                    || BULLET.matcher(text).matches()
                    || MetadataExtractor.isCapsHeadline(previous)
                    || (ENDS_SENTENCE.matcher(previous).matches() && previous.length() < width * 0.7);
            if (startsNew) {
                firstEnd = flush(current, paragraphs, firstEnd, i - 1);
            } else if (endsWithWordHyphen(current)) {
                // "Assad-" + "era": a compound broken at its hyphen is joined without a space
            } else {
                current.append(' ');
            }
            current.append(text);
            previous = text;
        }
        firstEnd = flush(current, paragraphs, firstEnd, lines.size() - 1);
        boolean leadSetOff = firstEnd >= 0 && firstEnd + 1 < lines.size() && lines.get(firstEnd + 1).isBlank();
        return new Split(paragraphs, leadSetOff);
    }

    /** Most line breaks fall inside a sentence and no line is long: the text was wrapped at a fixed width. */
    static boolean isHardWrapped(List<String> lines) {
        int nonBlank = 0;
        int pairs = 0;
        int midSentence = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (text.length() > MAX_WRAP_WIDTH) {
                return false;
            }
            // short lines (tables, price lists, headings) say nothing about wrapping
            if (text.length() >= MIN_WRAPPED_LENGTH && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                pairs++;
                if (!ENDS_SENTENCE.matcher(text).matches()) {
                    midSentence++;
                }
            }
        }
        return nonBlank >= 3 && pairs >= 2 && midSentence * 2 >= pairs;
    }

    // the first line is skipped: a leading space there is not a paragraph convention
    private static int countIndented(List<String> lines) {
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && indent(lines.get(i)) >= 2) {
                n++;
            }
        }
        return n;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean endsWithWordHyphen(StringBuilder sb) {
        int n = sb.length();
        return n >= 2 && sb.charAt(n - 1) == '-' && !Character.isWhitespace(sb.charAt(n - 2));
    }

    /** Adds the pending paragraph; returns the index of the first paragraph's last line once known. */
    private static int flush(StringBuilder current, List<String> paragraphs, int firstEnd, int lastLine) {
        if (current.length() == 0) {
            return firstEnd;
        }
        paragraphs.add(current.toString());
        current.setLength(0);
        return paragraphs.size() == 1 ? lastLine : firstEnd;
    }
}
