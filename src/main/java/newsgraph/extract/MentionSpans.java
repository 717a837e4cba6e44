package newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/** Lookups over one sentence's tokens, gazetteer matches and the mentions found so far. */
final class MentionSpans {
    private MentionSpans() {
    }

    static Optional<Country> countryOf(GazetteerMatch g) {
        return g == null ? Optional.empty() : g.country();
    }

    static GazetteerMatch matchAt(List<GazetteerMatch> gaz, int start) {
        for (GazetteerMatch g : gaz) {
            if (g.start() == start) {
                return g;
            }
        }
        return null;
    }

    static GazetteerMatch matchEndingAt(List<GazetteerMatch> gaz, int end) {
        for (GazetteerMatch g : gaz) {
            if (g.end() == end) {
                return g;
            }
        }
        return null;
    }

    static Mention lastOrgEndingAt(List<Mention> out, int end) {
        for (Mention m : out) {
            if (m.tokenEnd() == end && m.kind() == Mention.Kind.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }
    /**
     * A run of capitalised name tokens starting at {@code i}, allowing particles inside ("de", "bin":
     * {@code lexicon.personNameParticles}) and Arabic articles ("al-Assad", "al - Assad").
     */
    static int properRun(List<Token> t, int i, Lexicon lexicon) {
        int e = i;
        while (e < t.size()) {
            Token k = t.get(e);
            String w = k.text();
            boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (k.isProperNoun() || k.is(Pos.NOUN)
                    || k.isAny(Pos.ADJ, Pos.X));
            int articleLength = hyphenedArticleLength(w);
            boolean arabicArticle = articleLength > 0 && w.length() > articleLength
                    && Character.isUpperCase(w.charAt(articleLength));
            boolean particle = arabicArticle || (lexicon.personNameParticles.contains(w) || articleLength > 0)
                    && e + 1 < t.size() && Character.isUpperCase(t.get(e + 1).text().charAt(0));
            // the tokenizer splits "al-Assad" and "Amir-Abdollahian" at the hyphen: keep them whole
            boolean joiner = w.equals("-") && e > i && e + 1 < t.size() && t.get(e - 1).end() == k.begin()
                    && k.end() == t.get(e + 1).begin() && Character.isUpperCase(t.get(e + 1).text().charAt(0));
            boolean article = Lexicon.ARABIC_ARTICLES.contains(w) && e + 2 < t.size() && t.get(e + 1).text().equals("-")
                    && Character.isUpperCase(t.get(e + 2).text().charAt(0));
            if (!(cap || particle || joiner || article) || w.equals("'s")) {
                break;
            }
            e++;
        }
        return e;
    }

    /** Length of the Arabic article and hyphen {@code w} starts with ("al-" of "al-Assad"), else 0. */
    private static int hyphenedArticleLength(String w) {
        for (String a : Lexicon.ARABIC_ARTICLES) {
            if (w.startsWith(a + "-")) {
                return a.length() + 1;
            }
        }
        return 0;
    }

    static boolean isNameToken(Token t) {
        String w = t.text();
        return !w.isEmpty() && (Character.isLetterOrDigit(w.charAt(0))) && !w.equals("'s") && !w.endsWith("-")
                && !t.is(Pos.DET) && !t.is(Pos.ADP) && !t.is(Pos.PUNCT);
    }

    static boolean overlapsAny(List<Mention> out, int b, int e) {
        for (Mention m : out) {
            if (m.overlaps(b, e)) {
                return true;
            }
        }
        return false;
    }

    static void removeOverlapping(List<Mention> out, int b, int e) {
        out.removeIf(m -> m.overlaps(b, e) && m.kind() != Mention.Kind.GOVERNMENT);
    }
    /** The covered text rebuilt from tokens (the sentence text is not at hand here). */
    static String textOf(List<Token> t, int tb, int te, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = tb; i < te; i++) {
            if (i > tb && t.get(i).begin() > t.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(i).text());
        }
        return b.toString();
    }

    /** Marks a mention followed by "'s": a possessor is rarely what a later pronoun refers to. */
    static final String POSSESSIVE = "POSS";

    static boolean possessive(List<Token> t, int end) {
        return end < t.size() && (t.get(end).text().equals("'s") || t.get(end).text().equals("\u2019s"));
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
    static boolean isCapitalizedWord(Token k) {
        String w = k.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
                && !k.is(Pos.DET) && !k.is(Pos.PRON) && !k.is(Pos.VERB);
    }
}
