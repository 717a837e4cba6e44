package newsgraph.nlp;

/**
 * Universal Dependencies part-of-speech tags, the tag set of the English OpenNLP models on Maven
 * Central (trained on UD EWT). A tag the tagger never produces maps to {@link #X}.
 */
public enum Pos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The tag for the tagger's outcome string. */
    public static Pos of(String tag) {
        return switch (tag) {
            case "ADJ" -> ADJ;
            case "ADP" -> ADP;
            case "ADV" -> ADV;
            case "AUX" -> AUX;
            case "CCONJ" -> CCONJ;
            case "DET" -> DET;
            case "INTJ" -> INTJ;
            case "NOUN" -> NOUN;
            case "NUM" -> NUM;
            case "PART" -> PART;
            case "PRON" -> PRON;
            case "PROPN" -> PROPN;
            case "PUNCT" -> PUNCT;
            case "SCONJ" -> SCONJ;
            case "SYM" -> SYM;
            case "VERB" -> VERB;
            default -> X;
        };
    }
}
