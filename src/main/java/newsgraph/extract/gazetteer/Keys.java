package newsgraph.extract.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns surfaces into gazetteer keys: a list of normalised words. See {@link Gazetteer#normalize(String)}.
 */
final class Keys {

    /** One normalised word and the folded (accent-free, case-kept) text it came from. */
    record Word(String norm, String raw) {
    }

    private Keys() {
    }

    /** The normalised words of a surface, joined by single spaces. */
    static String normalize(String s) {
        return join(words(s));
    }

    static String join(List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.norm());
        }
        return b.toString();
    }

    /**
     * Splits a surface into words: NFKD with accents dropped, lower case; anything but letters, digits,
     * apostrophes, dots and plus signs separates words (so "Secretary-General" is two words and "&" is
     * "and"); a possessive "'s" or trailing apostrophe is dropped; an abbreviation made of single letters
     * and dots keeps its dots in a canonical form ("U.S" and "U.S." are "u.s."), other dots and inner
     * apostrophes are removed ("St." is "st", "d'Ivoire" is "divoire"); a trailing "+" stays ("opec+").
     */
    static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        String f = fold(s);
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '&') {
                flush(piece, out);
                out.add(new Word("and", "&"));
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '+') {
                piece.append(c);
            } else {
                flush(piece, out);
            }
        }
        flush(piece, out);
        return out;
    }

    private static void flush(StringBuilder piece, List<Word> out) {
        if (piece.length() == 0) {
            return;
        }
        String p = piece.toString();
        piece.setLength(0);
        if (p.endsWith("'s") || p.endsWith("'S")) {
            p = p.substring(0, p.length() - 2);
        }
        p = strip(p, '\'');
        if (p.isEmpty()) {
            return;
        }
        String norm;
        if (isDottedAbbreviation(p)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c != '.') {
                    b.append(Character.toLowerCase(c)).append('.');
                }
            }
            norm = b.toString();
        } else {
            int plus = p.length();
            while (plus > 0 && p.charAt(plus - 1) == '+') {
                plus--;
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < plus; i++) {
                char c = p.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    b.append(c);
                }
            }
            if (b.length() == 0) {
                return;
            }
            norm = b.toString().toLowerCase(Locale.ROOT) + p.substring(plus);
        }
        out.add(new Word(norm, p));
    }

    /** Single letters each followed by a dot, the last dot optional: "U.S.", "U.N", "D.C.", "S.". */
    static boolean isDottedAbbreviation(String p) {
        if (p.indexOf('.') < 0) {
            return false;
        }
        int run = 0;
        boolean letter = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.') {
                run = 0;
            } else if (Character.isLetter(c)) {
                if (++run > 1) {
                    return false;
                }
                letter = true;
            } else {
                return false;
            }
        }
        return letter;
    }

    private static String strip(String p, char c) {
        int a = 0;
        int b = p.length();
        while (a < b && p.charAt(a) == c) {
            a++;
        }
        while (b > a && p.charAt(b - 1) == c) {
            b--;
        }
        return p.substring(a, b);
    }

    /** NFKD, combining marks dropped, letters without a decomposition folded, apostrophes unified. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("OE");
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ', 'ð' -> b.append('d');
                case 'Đ', 'Ð' -> b.append('D');
                case 'þ' -> b.append("th");
                case 'Þ' -> b.append("Th");
                case 'ı' -> b.append('i');
                case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u2032' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The letters and digits of a text, case kept: what an all-capital surface is compared on. */
    static String skeleton(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether a surface only matches text written exactly so: an abbreviation in capitals without dots
     * ("US", "WHO", "CAR", "OPEC+"), at least two letters and no lower-case letter. Dotted forms ("U.S.")
     * and names match in any case.
     */
    static boolean isCaseSensitive(String surface) {
        String f = fold(surface);
        int letters = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '.' || Character.isLowerCase(c) || Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
