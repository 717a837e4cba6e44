package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;

/** The fast dictionary features give exactly OpenNLP's, token by token. */
class DictionarySpanFeaturesTest {
    private static Dictionary dictionary(boolean caseSensitive, String... entries) {
        Dictionary d = new Dictionary(caseSensitive);
        for (String e : entries) {
            d.put(new StringList(e.split(" ")));
        }
        return d;
    }

    private static List<List<String>> features(Object generator, String[] tokens) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            List<String> f = new ArrayList<>();
            if (generator instanceof DictionarySpanFeatures fast) {
                fast.createFeatures(f, tokens, i, null);
            } else {
                ((DictionaryFeatureGenerator) generator).createFeatures(f, tokens, i, null);
            }
            out.add(f);
        }
        return out;
    }

    private static void assertSame(Dictionary d, String sentence) {
        String[] tokens = sentence.split(" ");
        assertEquals(features(new DictionaryFeatureGenerator(d), tokens), features(new DictionarySpanFeatures(d), tokens),
                sentence);
    }

    @Test
    void caseInsensitiveEntriesOfSeveralTokens() {
        Dictionary d = dictionary(false, "president", "prime minister", "foreign minister", "minister",
                "united states of america", "united states");
        assertSame(d, "PRIME MINISTER Jane Doe met the Foreign Minister of the United States on Monday");
        assertSame(d, "the United States of America and the united states of mexico");
        assertSame(d, "Minister minister prime");
        assertSame(d, "");
    }

    @Test
    void caseSensitiveEntriesMatchOnlyTheirCase() {
        Dictionary d = dictionary(true, "Bank", "Central Bank", "Inc");
        assertSame(d, "the Central Bank and the central bank and BANK Inc inc");
    }

    @Test
    void theLongestEntryAtAStartWinsAndTheSearchGoesOnAfterIt() {
        Dictionary d = dictionary(false, "a b", "b c d", "a b c", "d");
        // OpenNLP takes "a b c" at 0 and resumes at "d": the overlapping "b c d" is never tried
        assertSame(d, "a b c d x b c d");
        assertEquals(List.of(List.of(":w=dic", ":w=dic=a"), List.of(":w=dic", ":w=dic=b"),
                        List.of(":w=dic", ":w=dic=c"), List.of(":w=dic", ":w=dic=d"), List.of()),
                features(new DictionarySpanFeatures(d), "a b c d x".split(" ")));
    }
}
