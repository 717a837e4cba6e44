package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/** Model-free documents for tests: sentences written as tokens. */
final class TestDocs {
    private TestDocs() {
    }

    /**
     * One sentence per string, tokens split at spaces. A token "word/POS" carries its tag, a bare word is
     * tagged PROPN or NOUN by its case; a token starting with "-" is glued to the one before ("Marie -Louise").
     */
    static AnnotatedDocument doc(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String w : s.split(" ")) {
                int slash = w.lastIndexOf('/');
                String word = slash > 0 ? w.substring(0, slash) : w;
                Pos pos = slash > 0 ? Pos.of(w.substring(slash + 1)) : Character.isUpperCase(w.charAt(0)) ? Pos.PROPN : Pos.NOUN;
                if (!word.startsWith("-") && text.length() > begin) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(word);
                tokens.add(new Token(b, text.length(), word, pos, word.toLowerCase()));
            }
            out.add(new Sentence(out.size(), begin, text.length(), tokens, List.of()));
            text.append(' ');
        }
        return new AnnotatedDocument(text.toString(), out);
    }
}
