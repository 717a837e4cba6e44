package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in straight, curly, guillemet and single quote marks. A straight double
 * quote toggles; an unclosed quote ends at its paragraph's end (a quote running over paragraphs
 * re-opens in the next one, as news style does). Apostrophes inside words are not quote marks.
 */
public final class QuoteFinder {
    /** Inner char range [begin, end) of one quote (the marks themselves excluded). */
    public record Quote(int begin, int end) {
        public boolean contains(int pos) {
            return begin <= pos && pos < end;
        }
    }

    private QuoteFinder() {
    }

    public static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (open >= 0 && i > open) {
                    out.add(new Quote(open, i));
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                switch (c) {
                    case '"' -> { open = i + 1; closer = '"'; }
                    case '\u201c', '\u201e' -> { open = i + 1; closer = '\u201d'; }
                    case '\u00ab' -> { open = i + 1; closer = '\u00bb'; }
                    case '\u2018' -> {
                        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                            open = i + 1;
                            closer = '\u2019';
                        }
                    }
                    default -> { }
                }
            } else if (c == closer || (closer == '\u201d' && c == '"')) {
                if (closer == '\u2019' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    continue; // an apostrophe inside a single-quoted passage
                }
                if (i > open) {
                    out.add(new Quote(open, i));
                }
                open = -1;
            }
        }
        if (open >= 0 && open < text.length()) {
            out.add(new Quote(open, text.length()));
        }
        return out;
    }
}
