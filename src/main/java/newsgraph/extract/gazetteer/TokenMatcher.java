package newsgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import newsgraph.extract.gazetteer.SurfaceIndex.Node;
import newsgraph.extract.gazetteer.SurfaceIndex.Surface;

/** Finds gazetteer surfaces in a token sequence: left to right, longest match first, no overlaps. */
final class TokenMatcher {
    /** Tokens that end a multi-word match: a phrase never runs across them. */
    private static final Pattern BARRIER = Pattern.compile(".*[;:!?\"\u201C\u201D\u00AB\u00BB\u2026|].*");

    private final SurfaceIndex index;
    private final Set<String> ambiguousKeys;

    TokenMatcher(SurfaceIndex index, Set<String> ambiguousKeys) {
        this.index = index;
        this.ambiguousKeys = ambiguousKeys;
    }

    /** A word of the token sequence: its normalised form, folded text and the tokens it came from. */
    private static final class TokenWord {
        String norm;
        String raw;
        final int firstToken;
        int lastToken;
        final boolean barrierBefore;

        TokenWord(Keys.Word w, int token, boolean barrierBefore) {
            this.norm = w.norm();
            this.raw = w.raw();
            this.firstToken = token;
            this.lastToken = token;
            this.barrierBefore = barrierBefore;
        }
    }

    /** The longest match starting at a word: its surfaces and last word. */
    private record Longest(List<Surface> surfaces, int end) {
    }

    /** See {@link Gazetteer#match(List)}. */
    List<GazetteerMatch> match(List<String> tokens) {
        List<TokenWord> words = tokenWords(tokens);
        List<GazetteerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Longest best = longest(words, i);
            if (best == null) {
                i++;
                continue;
            }
            out.add(toMatch(words, i, best));
            i = best.end() + 1;
        }
        return out;
    }

    private Longest longest(List<TokenWord> words, int i) {
        Node node = index.root;
        StringBuilder raw = new StringBuilder();
        Longest best = null;
        for (int j = i; j < words.size(); j++) {
            TokenWord w = words.get(j);
            if (j > i && w.barrierBefore) {
                break;
            }
            node = node.next.get(w.norm);
            if (node == null) {
                break;
            }
            raw.append(Keys.skeleton(w.raw));
            if (!node.surfaces.isEmpty()) {
                List<Surface> ok = SurfaceIndex.accepted(node, raw.toString());
                if (!ok.isEmpty()) {
                    best = new Longest(ok, j);
                }
            }
        }
        return best;
    }

    private GazetteerMatch toMatch(List<TokenWord> words, int i, Longest best) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k <= best.end(); k++) {
            key.append(k > i ? " " : "").append(words.get(k).norm);
        }
        List<GazetteerEntry> entries = SurfaceIndex.distinct(best.surfaces());
        Surface top = best.surfaces().get(0);
        boolean ambiguous = ambiguousKeys.contains(key.toString()) || entries.size() > 1;
        List<GazetteerEntry> alternatives = new ArrayList<>();
        for (Surface s : best.surfaces()) {
            if (s.entry() != top.entry() && !alternatives.contains(s.entry())) {
                alternatives.add(s.entry());
            }
        }
        return new GazetteerMatch(words.get(i).firstToken, words.get(best.end()).lastToken + 1, top.kind(),
                top.entry(), ambiguous, alternatives);
    }

    private static List<TokenWord> tokenWords(List<String> tokens) {
        List<TokenWord> words = new ArrayList<>();
        boolean barrier = false;
        int prevTokenWords = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t) == null ? "" : tokens.get(t);
            String folded = Keys.fold(token).strip();
            List<Keys.Word> tw = Keys.words(token);
            TokenWord last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (tw.isEmpty()) {
                if (!folded.isEmpty() && folded.chars().allMatch(c -> c == '+') && last != null
                        && last.lastToken == t - 1 && !barrier) {
                    last.norm = last.norm + folded; // "OPEC" "+" -> opec+
                    last.lastToken = t;
                    prevTokenWords = 1;
                    continue;
                }
                if (BARRIER.matcher(folded).matches()) {
                    barrier = true;
                }
                prevTokenWords = 0;
                continue;
            }
            int from = 0;
            if (folded.startsWith("'") && last != null && last.lastToken == t - 1 && prevTokenWords == 1
                    && last.norm.length() == 1 && !barrier) {
                // "d" "'Ivoire", "N" "'Djamena": one word split by the tokenizer
                last.norm = last.norm + tw.get(0).norm();
                last.raw = last.raw + tw.get(0).raw();
                last.lastToken = t;
                from = 1;
            }
            for (int k = from; k < tw.size(); k++) {
                words.add(new TokenWord(tw.get(k), t, barrier));
                barrier = false;
            }
            prevTokenWords = tw.size();
        }
        return words;
    }
}
