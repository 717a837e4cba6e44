package newsgraph.extract;

import java.util.List;
import java.util.Locale;

import newsgraph.nlp.NameMention;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/** Where a name ends: over a hyphen the tokenizer split off, without a full stop or apostrophe left on it. */
final class NameEdges {
    private final Lexicon lexicon;

    NameEdges(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The end of a name whose last word goes on after a hyphen the tokenizer split off: "Kim Jong" +
     * "-" + "un" is "Kim Jong-un", "Chung In-yong", "Lee Myung-bak" (no space on either side of the hyphen).
     */
    int attachedHyphenEnd(List<Token> t, int e) {
        while (e + 1 < t.size() && t.get(e).text().equals("-") && t.get(e).begin() == t.get(e - 1).end()
                && t.get(e + 1).begin() == t.get(e).end() && namePart(t.get(e + 1).text())) {
            e += 2;
        }
        return e;
    }

    /**
     * {@link #attachedHyphenEnd}, and on to the end of a name-finder span that starts after the hyphen
     * ("Sven" + "-" + "Goran Eriksson" is "Sven-Goran Eriksson").
     */
    int throughHyphen(Sentence s, int e) {
        int end = attachedHyphenEnd(s.tokens(), e);
        if (end > e) {
            for (NameMention n : s.names()) {
                if (n.tokenBegin() > e - 1 && n.tokenBegin() < end && n.tokenEnd() > end) {
                    end = n.tokenEnd();
                }
            }
        }
        return end;
    }

    /**
     * End of a person's name that runs on through an Arabic article written in lower case before the family
     * name ("Ahmed Humaid al-Tayer", "Saad el-Shazly"), which the name finder tends to leave out; else {@code e}.
     */
    static int throughArabicArticle(List<Token> t, int e) {
        if (e + 1 >= t.size() || !Lexicon.ARABIC_ARTICLES.contains(t.get(e).text())
                || t.get(e + 1).begin() != t.get(e).end()) {
            return e;
        }
        String next = t.get(e + 1).text();
        if (next.length() > 2 && next.charAt(0) == '-' && Character.isUpperCase(next.charAt(1))) {
            return e + 2; // "al" "-Tayer"
        }
        boolean split = next.equals("-") && e + 2 < t.size() && t.get(e + 2).begin() == t.get(e + 1).end();
        return split && Character.isUpperCase(t.get(e + 2).text().charAt(0)) ? e + 3 : e; // "el" "-" "Shazly"
    }

    /** What may follow a name's hyphen: a capitalised word ("Zeta-Jones") or a short syllable ("Jong-un", "In-yong"). */
    private boolean namePart(String w) {
        if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        return w.length() <= 4 && !lexicon.modifierSuffixes.contains(w) && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * Characters to drop from the end of a name: a full stop the tokenizer left on the last word ("Jacques
     * Chirac.") unless it ends an abbreviation or initial ("Co.", "H."), and a bare possessive apostrophe
     * ("Charles'").
     */
    int trailingPunctuation(String name) {
        int n = name.length();
        if (n > 1 && (name.charAt(n - 1) == '\'' || name.charAt(n - 1) == '\u2019')) {
            return 1;
        }
        if (n > 1 && name.charAt(n - 1) == '.') {
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            boolean abbreviation = last.length() <= 3 || lexicon.dottedAbbreviations.contains(last)
                    || last.indexOf('.') < last.length() - 1; // "U.S.", "J.P."
            return abbreviation ? 0 : 1;
        }
        return 0;
    }
}
