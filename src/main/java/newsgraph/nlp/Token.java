package newsgraph.nlp;

/**
 * A token with its char offsets into the article text, its Universal Dependencies POS tag
 * (PROPN, NOUN, VERB, AUX, ADJ, ...: the English models on Maven Central are trained on UD EWT)
 * and its lower-case lemma.
 */
public record Token(int begin, int end, String text, Pos pos, String lemma) {
    /** Whether the token has one of these tags. */
    public boolean is(Pos tag) {
        return pos == tag;
    }

    /** Whether the token has any of these tags. */
    public boolean isAny(Pos a, Pos b) {
        return pos == a || pos == b;
    }

    /** Whether the token has any of these tags. */
    public boolean isAny(Pos a, Pos b, Pos c) {
        return pos == a || pos == b || pos == c;
    }

    public boolean isProperNoun() {
        return pos == Pos.PROPN;
    }

    public boolean isVerb() {
        return pos == Pos.VERB || pos == Pos.AUX;
    }

    /** Past form of a verb, told from word and lemma since UD tags carry no tense. */
    public boolean isPastVerb() {
        if (!isVerb()) {
            return false;
        }
        String w = text.toLowerCase(java.util.Locale.ROOT);
        if (w.equals(lemma) || w.endsWith("ing")) {
            return false;
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.equals("was") && !w.endsWith("ed")) {
            return false;
        }
        return !(lemma.equals("be") && (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s")));
    }
}
