package newsgraph.nlp;

import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;

/**
 * OpenNLP's statistical lemmatizer ({@link LemmatizerME}) with the same answers, made cheap by
 * remembering the model's scores.
 *
 * <p>{@code LemmatizerME} runs a beam search (beam 3) over the sentence; at every token and for every
 * sequence in the beam it scores all of the model's edit-script classes (860 for UD EWT) and sorts
 * them to find the best three. That was most of an ingest's time. The features the model sees for a
 * token are only the word, its tag and the class chosen for the previous token (see OpenNLP's
 * {@code DefaultLemmatizerContextGenerator}), so the classes that can enter the beam and their
 * probabilities are a function of those three strings: this class keeps them in a {@link Scores}
 * cache and replays OpenNLP's {@code BeamSearch} over them, with the same {@link Sequence} objects in
 * the same order, so the lemmas are exactly {@code LemmatizerME}'s. News repeats its words, so after
 * the first few hundred articles nearly every token is a cache hit.
 *
 * <p>One instance per thread (it has scratch state); the {@link Scores} may be shared by threads.
 */
public final class CachingLemmatizer {
    /** BeamSearch's floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final int beamSize;
    private final double[] probs;
    private final Scores scores;

    public CachingLemmatizer(LemmatizerModel lemmas, Scores scores) {
        this.model = lemmas.getArtifact("lemmatizer.model");
        if (model == null) {
            throw new IllegalArgumentException("the lemmatizer model has no maxent model");
        }
        this.contexts = lemmas.getFactory().getContextGenerator();
        String beam = lemmas.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.probs = new double[model.getNumOutcomes()];
        this.scores = scores;
    }

    /** Lemmas of a sentence's tokens, as {@link LemmatizerME#lemmatize(String[], String[])} gives them. */
    public String[] lemmatize(String[] words, String[] tags) {
        return LemmatizerME.decodeLemmas(words, predictSES(words, tags));
    }

    /** The edit-script classes, as {@link LemmatizerME#predictSES(String[], String[])} gives them. */
    public String[] predictSES(String[] words, String[] tags) {
        // BeamSearch.bestSequences with a validator that accepts everything (the lemmatizer's)
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence top = prev.remove();
                java.util.List<String> outcomes = top.getOutcomes();
                String previous = i == 0 ? null : outcomes.get(i - 1);
                Candidates c = candidates(words, tags, i, outcomes, previous);
                for (int k = 0; k < c.outcomes.length; k++) {
                    Sequence ns = new Sequence(top, c.outcomes[k], c.probs[k]);
                    if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                        next.add(ns);
                    }
                }
                if (next.isEmpty()) {
                    // every candidate fell under the floor: BeamSearch then tries all classes
                    double[] all = model.eval(context(words, tags, i, outcomes), probs);
                    for (int p = 0; p < all.length; p++) {
                        Sequence ns = new Sequence(top, model.getOutcome(p), all[p]);
                        if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                            next.add(ns);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Sequence> t = prev;
            prev = next;
            next = t;
        }
        return prev.remove().getOutcomes().toArray(new String[0]);
    }

    private String[] context(String[] words, String[] tags, int i, java.util.List<String> outcomes) {
        return contexts.getContext(i, words, tags, outcomes.toArray(new String[0]));
    }

    /** The classes BeamSearch would take from this token's scores: all scoring at least the beam-th best. */
    private Candidates candidates(String[] words, String[] tags, int i, java.util.List<String> outcomes,
                                  String previous) {
        String key = words[i] + '\u0000' + tags[i] + '\u0000' + (previous == null ? "\u0001" : previous);
        Candidates c = scores.get(key);
        if (c != null) {
            return c;
        }
        double[] s = model.eval(context(words, tags, i, outcomes), probs);
        double min = nthLargest(s, beamSize);
        int n = 0;
        for (double v : s) {
            if (v >= min) {
                n++;
            }
        }
        String[] out = new String[n];
        double[] p = new double[n];
        for (int k = 0, j = 0; k < s.length; k++) {
            if (s[k] >= min) {
                out[j] = model.getOutcome(k);
                p[j++] = s[k];
            }
        }
        c = new Candidates(out, p);
        scores.put(key, c);
        return c;
    }

    /** What {@code sorted(s)[max(0, s.length - n)]} is, without sorting. */
    static double nthLargest(double[] s, int n) {
        if (n >= s.length) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : s) {
                min = Math.min(min, v);
            }
            return s.length == 0 ? Double.NaN : min;
        }
        double[] top = new double[n]; // descending
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double v : s) {
            if (v > top[n - 1]) {
                int k = n - 1;
                while (k > 0 && top[k - 1] < v) {
                    top[k] = top[k - 1];
                    k--;
                }
                top[k] = v;
            }
        }
        return top[n - 1];
    }

    /** The classes a token can take into the beam, in the model's order, with their probabilities. */
    record Candidates(String[] outcomes, double[] probs) {
    }

    /**
     * Candidate classes by word, tag and previous class, shared by the lemmatizers of one model
     * (thread-safe). Bounded: when full it starts again empty, which costs time only.
     */
    public static final class Scores {
        static final int MAX_ENTRIES = 200_000;
        private final ConcurrentHashMap<String, Candidates> byContext = new ConcurrentHashMap<>();

        Candidates get(String key) {
            return byContext.get(key);
        }

        void put(String key, Candidates c) {
            if (byContext.size() >= MAX_ENTRIES) {
                byContext.clear();
            }
            byContext.put(key, c);
        }

        /** Entries held now. */
        public int size() {
            return byContext.size();
        }
    }
}
