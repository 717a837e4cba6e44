package newsgraph.nlp;

import java.util.List;

/** The article text with its sentences, tokens, POS tags, lemmas and names, all as char offsets. */
public record AnnotatedDocument(String text, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public String covered(int begin, int end) {
        return text.substring(begin, end);
    }

    /** The sentence containing char offset {@code pos}, or null. */
    public Sentence sentenceAt(int pos) {
        for (Sentence s : sentences) {
            if (s.begin() <= pos && pos < s.end()) {
                return s;
            }
        }
        return null;
    }
}
