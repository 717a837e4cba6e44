package newsgraph.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's dictionary features, the same ones OpenNLP's {@code DictionaryFeatureGenerator}
 * gives ({@code ":w=dic"} and {@code ":w=dic=" + token} for a token inside a dictionary entry), found
 * faster. OpenNLP's {@code DictionaryNameFinder} builds a {@code StringList} for every span of up to
 * the longest entry's length at every token, joining and lower-casing it to hash it; here every entry
 * is one joined, case-folded string, and the spans of a sentence are extended one token at a time.
 * The spans are the same: at each start the longest entry wins and the search resumes after it.
 * The model's weights do not change: the features are the same strings.
 */
final class DictionarySpanFeatures implements AdaptiveFeatureGenerator {
    /** Joins the tokens of one entry; no token contains it. */
    private static final char SEP = '\u0000';

    private final Set<String> entries = new HashSet<>();
    private final boolean caseSensitive;
    private final int maxTokens;

    private String[] sentence;
    private boolean[] inEntry;

    DictionarySpanFeatures(Dictionary dictionary) {
        this.caseSensitive = dictionary.isCaseSensitive();
        this.maxTokens = dictionary.getMaxTokenCount();
        for (StringList entry : dictionary) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < entry.size(); i++) {
                if (i > 0) {
                    key.append(SEP);
                }
                key.append(fold(entry.getToken(i)));
            }
            entries.add(key.toString());
        }
    }

    private String fold(String token) {
        return caseSensitive ? token : token.toLowerCase(Locale.ROOT);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (sentence != tokens) { // once per sentence, like OpenNLP's InSpanGenerator
            sentence = tokens;
            inEntry = mark(tokens);
        }
        if (inEntry[index]) {
            features.add(":w=dic");
            features.add(":w=dic=" + tokens[index]);
        }
    }

    /** Which tokens lie in an entry: at each start the longest entry, then on after it. */
    boolean[] mark(String[] tokens) {
        boolean[] out = new boolean[tokens.length];
        StringBuilder key = new StringBuilder();
        for (int from = 0; from < tokens.length; from++) {
            key.setLength(0);
            int longest = 0;
            for (int to = from; to < tokens.length && to - from < maxTokens; to++) {
                if (to > from) {
                    key.append(SEP);
                }
                key.append(fold(tokens[to]));
                if (entries.contains(key.toString())) {
                    longest = to - from + 1;
                }
            }
            if (longest > 0) {
                for (int k = from; k < from + longest; k++) {
                    out[k] = true;
                }
                from += longest - 1;
            }
        }
        return out;
    }
}
