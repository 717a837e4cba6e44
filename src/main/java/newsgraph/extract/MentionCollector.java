package newsgraph.extract;

import java.util.List;

import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/** Adds a mention unless one already covers its tokens, with trailing punctuation cut off its text. */
final class MentionCollector {
    private final NameEdges edges;

    MentionCollector(NameEdges edges) {
        this.edges = edges;
    }

    void add(List<Mention> out, Sentence s, int tb, int te, Mention.Kind kind, String key, String iso,
                     String role, String affiliation, String canonical) {
        List<Token> t = s.tokens();
        int begin = t.get(tb).begin();
        int end = t.get(te - 1).end();
        String text = textOf(t, tb, te, begin, end);
        if (overlapsAny(out, tb, te)) {
            return;
        }
        int cut = edges.trailingPunctuation(text);
        text = text.substring(0, text.length() - cut);
        end -= cut;
        boolean named = canonical != null && (kind == Mention.Kind.ORGANIZATION || kind == Mention.Kind.PERSON);
        out.add(new Mention(s.index(), tb, te, begin, end, named ? canonical : text, kind, key, iso, role, affiliation,
                possessive(t, te) ? POSSESSIVE : null));
    }
}
