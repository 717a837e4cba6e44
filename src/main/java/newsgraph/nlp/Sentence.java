package newsgraph.nlp;

import java.util.List;

/** A sentence: char range [begin, end) of the article text, its tokens and the names found in it. */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<NameMention> names) {
    public Sentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    /** Index of the token that covers char offset {@code pos}, or -1. */
    public int tokenAt(int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() <= pos && pos < t.end()) {
                return i;
            }
        }
        return -1;
    }
}
