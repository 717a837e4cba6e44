package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String STORY = "The finance ministers of the seven leading industrial nations met in Paris on"
            + " Sunday and agreed to hold their currencies near current levels, officials said after the talks. The"
            + " ministers said the dollar had fallen far enough and that further falls could hurt growth. They will"
            + " meet again in Washington in April to review the accord, a spokesman for the French treasury said.";
    static final String REWRITE = "Finance ministers of the seven leading industrial nations met in Paris on"
            + " Sunday and agreed to keep their currencies near current levels, officials said after the meeting. The"
            + " ministers said the dollar had fallen far enough and further falls could hurt world growth. They will"
            + " meet again in Washington in April to review the accord, a French treasury spokesman said.";
    static final String OTHER = "Shares of the mining company rose sharply in early trading after it reported"
            + " a higher than expected profit for the first quarter, helped by stronger copper prices and lower costs at"
            + " its smelters in Arizona, the chairman told shareholders at the annual meeting in Phoenix on Tuesday.";

    private static int[] sig(String s) {
        return MinHash.signature(s).orElseThrow();
    }

    @Test
    void aRewriteIsSimilarAndAnotherStoryIsNot() {
        assertEquals(1.0, MinHash.similarity(sig(STORY), sig(STORY)));
        double rewrite = MinHash.similarity(sig(STORY), sig(REWRITE));
        assertTrue(rewrite >= NearDuplicates.THRESHOLD, "rewrite " + rewrite);
        assertTrue(MinHash.similarity(sig(STORY), sig(OTHER)) < 0.1);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertArrayEquals(sig(STORY), sig(STORY.toUpperCase().replace(",", " ;")));
    }

    @Test
    void aShortTextHasNoSignature() {
        assertTrue(MinHash.signature("Shr 12 cts vs 10 cts. Net 1.2 mln vs 1.0 mln.").isEmpty());
    }

    @Test
    void signaturesSurviveTheStoreAndEqualBandsGiveEqualKeys() {
        int[] s = sig(STORY);
        assertArrayEquals(s, MinHash.decode(MinHash.encode(s)));
        assertNull(MinHash.decode(""), "the mark of a text too short to sign");
        int[] t = sig(REWRITE);
        for (int b = 0; b < MinHash.BANDS; b++) {
            boolean same = java.util.Arrays.equals(s, b * MinHash.ROWS, (b + 1) * MinHash.ROWS, t, b * MinHash.ROWS,
                    (b + 1) * MinHash.ROWS);
            assertEquals(same, MinHash.bandKey(s, b) == MinHash.bandKey(t, b), "band " + b);
        }
    }
}
