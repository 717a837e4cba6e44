package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in straight, curly, guillemet and single quote marks. An unclosed quote ends
 * at its paragraph's end (a quote running over paragraphs re-opens in the next one, as news style
 * does). Apostrophes inside words are not quote marks. A straight double quote toggles, except where
 * its shape tells: inside a quote, a mark that opens a word after a sentence's end ('... this club.
 * "No one is') re-opens a quote whose paragraph break was lost, and one that opens a word mid-sentence
 * ('was going to "fake" an injury') nests a quotation that the next closing mark ends.
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
        boolean nested = false;
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
                nested = false;
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
            } else if (reopens(text, i, closer)) {
                int end = lastNonSpace(text, i) + 1;
                if (end > open) {
                    out.add(new Quote(open, end));
                }
                open = i + 1;
            } else if (c == '"' && closer == '"' && opensWord(text, i) && !nested) {
                nested = true; // a quotation inside the quote: its closing mark does not end the quote
            } else if (c == closer || (closer == '\u201d' && c == '"')) {
                if (closer == '\u2019' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    continue; // an apostrophe inside a single-quoted passage
                }
                if (nested) {
                    nested = false;
                    continue;
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

    /** Inside a quote: an opening curly mark, or a straight one opening a word after a sentence's end. */
    private static boolean reopens(String text, int i, char closer) {
        char c = text.charAt(i);
        if (closer == '\u201d' && c == '\u201c') {
            return true;
        }
        if (closer != '"' || c != '"' || !opensWord(text, i)) {
            return false;
        }
        int p = lastNonSpace(text, i);
        return p >= 0 && ".!?".indexOf(text.charAt(p)) >= 0;
    }

    /** A straight mark after a space (or at the start) and before a word: '... said "We'. */
    private static boolean opensWord(String text, int i) {
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
        return afterSpace && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** The last non-space position before {@code i}, or -1. */
    private static int lastNonSpace(String text, int i) {
        int p = i - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p;
    }
}
