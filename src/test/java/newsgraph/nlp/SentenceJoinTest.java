package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

/** Sentences split inside an open bracket are joined again; other splits stay. */
class SentenceJoinTest {
    private static Span[] spans(String text, String... sentences) {
        Span[] out = new Span[sentences.length];
        int from = 0;
        for (int i = 0; i < sentences.length; i++) {
            int b = text.indexOf(sentences[i], from);
            out[i] = new Span(b, b + sentences[i].length());
            from = out[i].getEnd();
        }
        return out;
    }

    @Test
    void aSplitInsideAnEditorsInsertionIsJoined() {
        String text = "\"(U.S. Secretary of State John) Kerry and I agreed,\" he said. Then he left.";
        Span[] split = spans(text, "\"(U.S.", "Secretary of State John) Kerry and I agreed,\" he said.", "Then he left.");
        assertArrayEquals(spans(text, "\"(U.S. Secretary of State John) Kerry and I agreed,\" he said.", "Then he left."),
                NlpPipeline.joinOpenBrackets(text, split));
    }

    @Test
    void anUnclosedBracketDoesNotSwallowTheRest() {
        String text = "Prices rose (see table. Markets fell. Traders left.";
        Span[] split = spans(text, "Prices rose (see table.", "Markets fell.", "Traders left.");
        assertArrayEquals(split, NlpPipeline.joinOpenBrackets(text, split));
    }

    @Test
    void balancedSentencesStayApart() {
        String text = "The bank (BNK.N) rose. It [the bank] fell.";
        Span[] split = spans(text, "The bank (BNK.N) rose.", "It [the bank] fell.");
        assertArrayEquals(split, NlpPipeline.joinOpenBrackets(text, split));
    }
}
