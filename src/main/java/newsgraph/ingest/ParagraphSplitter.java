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
    /** A wrapped line that breaks mid-sentence is filled to at least this share of the width. */
    private static final double FILLED_SHARE = 0.6;
    /** A sentence end on a line shorter than this share of the width is the last line of its paragraph. */
    private static final double LAST_LINE_SHARE = 0.7;
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*–—▪●] |\\d{1,2}[.)] ).*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:\"”’']$");

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
                    || (ENDS_SENTENCE.matcher(previous).matches() && previous.length() < width * LAST_LINE_SHARE);
            if (startsNew) {
                firstEnd = flush(current, paragraphs, firstEnd, i - 1);
            } else if (endsWithWordHyphen(current) && Character.isLetter(text.codePointAt(0))) {
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

    /**
     * Most line breaks fall inside a sentence, in lines filled nearly to a width no line exceeds: the
     * text was wrapped at a fixed width. Short lines (tables, lists, captions) say nothing either way.
     */
    static boolean isHardWrapped(List<String> lines) {
        int width = 0;
        int nonBlank = 0;
        for (String line : lines) {
            int len = line.strip().length();
            width = Math.max(width, len);
            nonBlank += len > 0 ? 1 : 0;
        }
        if (width > MAX_WRAP_WIDTH || nonBlank < 3) {
            return false;
        }
        int pairs = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.length() < MIN_WRAPPED_LENGTH || lines.get(i + 1).isBlank()) {
                continue;
            }
            pairs++;
            if (!ENDS_SENTENCE.matcher(text).matches() && text.length() >= width * FILLED_SHARE) {
                midSentence++;
            }
        }
        return pairs >= 2 && midSentence * 2 >= pairs;
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
        return n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2));
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
