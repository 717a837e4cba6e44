package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.nlp.Token;

/** Name runs over hand-tagged tokens (no models). */
class MentionSpansTest {
    private static final Lexicon LEXICON = Lexicon.loadDefault();

    private static int run(String sentence) {
        List<Token> t = TestDocs.doc(sentence).sentences().get(0).tokens();
        return MentionSpans.properRun(t, 0, LEXICON);
    }

    @Test
    void aPersonNameRunsOnThroughItsParticlesAndHyphenedArticles() {
        assertEquals(3, run("Pierre de Valmont said/VERB ."));
        assertEquals(3, run("Karim bin Tarek arrived/VERB ."));
        assertEquals(3, run("Anna van Dijk left/VERB ."));
        assertEquals(2, run("Omar al-Masri said/VERB ."));
    }

    @Test
    void aParticleNeedsACapitalAfterItAndOtherLowerCaseWordsEndTheName() {
        assertEquals(1, run("Pierre de valmont/NOUN said/VERB ."));
        assertEquals(1, run("Pierre le/DET Grand said/VERB ."));
        assertEquals(1, run("Pierre 's/PART dog/NOUN barked/VERB ."));
    }
}
