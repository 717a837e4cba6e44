package newsgraph.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's name finder ({@link NameFinderME}) for a perceptron model, with the same spans and
 * probabilities, scoring each token's own features once instead of once per beam entry.
 *
 * <p>{@code NameFinderME} runs a beam search (beam 3): at every token, for each sequence in the beam,
 * it builds the token's context and has the model score it. The context is the token's features
 * (window, shape, dictionaries, ...; the same for every sequence) followed by four features of the
 * sequence's previous outcomes ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}; see OpenNLP's
 * {@code DefaultNameContextGenerator}). A perceptron's score for an outcome is a sum over the
 * context's features in order, so this class sums the token's features once, then adds the four
 * outcome features per sequence and normalises exactly as {@link PerceptronModel} does: the same
 * doubles in the same order, hence the same answers (a test compares them with {@code NameFinderME}).
 * The feature lookups were a third of the name finder's time.
 *
 * <p>Not thread-safe (the context generator keeps per-sentence and per-document state): one per
 * worker, like {@code NameFinderME}.
 */
public final class SharedScoreNameFinder implements TokenNameFinder {
    /** BeamSearch's floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** Outcome features {@code DefaultNameContextGenerator} appends after the token's own. */
    private static final int OUTCOME_FEATURES = 4;

    private final NameContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final int beamSize;
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final double[] tokenSums;
    private final Map<String, Context> previous = new HashMap<>();
    private final Map<String, Context> beforePrevious = new HashMap<>();

    private SharedScoreNameFinder(TokenNameFinderModel model, PerceptronModel perceptron) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = model.getFactory().createContextGenerator();
        String beam = model.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        Object[] data = perceptron.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.features = pmap;
        this.outcomes = (String[]) data[2];
        this.tokenSums = new double[outcomes.length];
    }

    /**
     * The name finder for {@code model}: this class for a perceptron model, OpenNLP's
     * {@link NameFinderME} for any other.
     */
    public static TokenNameFinder of(TokenNameFinderModel model) {
        Object artifact = model.getArtifact("nameFinder.model");
        return artifact instanceof PerceptronModel p ? new SharedScoreNameFinder(model, p) : new NameFinderME(model);
    }

    @Override
    public Span[] find(String[] tokens) {
        Sequence best = bestSequence(tokens);
        List<String> c = best.getOutcomes();
        contexts.updateAdaptiveData(tokens, c.toArray(new String[0]));
        Span[] spans = codec.decode(c);
        // as NameFinderME.setProbs: a span's probability is the mean of its tokens' outcome probabilities
        double[] probs = best.getProbs();
        for (int i = 0; i < spans.length; i++) {
            double p = 0;
            for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                p += probs[t];
            }
            spans[i] = new Span(spans[i], p / spans[i].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        contexts.clearAdaptiveData();
    }

    /** OpenNLP's {@code BeamSearch.bestSequence}, scoring each token's own features once. */
    private Sequence bestSequence(String[] tokens) {
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        double[] scores = new double[outcomes.length];
        double[] sorted = new double[outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            String shape = null;
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] before = top.getOutcomes().toArray(new String[0]);
                if (sc == 0) {
                    // the token's own features do not depend on the sequence: sum them once
                    String[] context = contexts.getContext(i, tokens, before, null);
                    Arrays.fill(tokenSums, 0);
                    for (int f = 0; f < context.length - OUTCOME_FEATURES; f++) {
                        add(tokenSums, features.get(context[f]));
                    }
                    shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
                }
                score(tokens[i], shape, before, i, scores);
                System.arraycopy(scores, 0, sorted, 0, scores.length);
                Arrays.sort(sorted);
                advance(next, top, tokens, before, i, scores, sorted[Math.max(0, scores.length - beamSize)]);
                if (next.isEmpty()) {
                    // nothing advanced: BeamSearch then advances every valid outcome
                    advance(next, top, tokens, before, i, scores, Double.NEGATIVE_INFINITY);
                }
            }
            prev.clear();
            PriorityQueue<Sequence> t = prev;
            prev = next;
            next = t;
        }
        return prev.remove();
    }

    /** Adds to {@code next} each valid outcome scoring at least {@code min}, in the model's order, as BeamSearch does. */
    private void advance(PriorityQueue<Sequence> next, Sequence top, String[] tokens, String[] before, int i,
                         double[] scores, double min) {
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min && validator.validSequence(i, tokens, before, outcomes[p])) {
                Sequence ns = new Sequence(top, outcomes[p], scores[p]);
                if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                    next.add(ns);
                }
            }
        }
    }

    /** The model's probabilities for token {@code i} after the outcomes {@code before}, as PerceptronModel.eval. */
    private void score(String token, String shape, String[] before, int i, double[] p) {
        String po = i > 0 ? before[i - 1] : NameFinderME.OTHER;
        String ppo = i > 1 ? before[i - 2] : NameFinderME.OTHER;
        System.arraycopy(tokenSums, 0, p, 0, p.length);
        // in DefaultNameContextGenerator's order
        add(p, previous.computeIfAbsent(po, o -> features.get("po=" + o)));
        add(p, features.get("pow=" + po + "," + token));
        add(p, features.get("powf=" + po + "," + shape));
        add(p, beforePrevious.computeIfAbsent(ppo, o -> features.get("ppo=" + o)));
        double max = 1;
        for (double v : p) {
            if (max < StrictMath.abs(v)) {
                max = StrictMath.abs(v);
            }
        }
        double normal = 0.0;
        for (int o = 0; o < p.length; o++) {
            p[o] = StrictMath.exp(p[o] / max);
            normal += p[o];
        }
        for (int o = 0; o < p.length; o++) {
            p[o] /= normal;
        }
    }

    private static void add(double[] sums, Context feature) {
        if (feature != null) {
            int[] active = feature.getOutcomes();
            double[] params = feature.getParameters();
            for (int a = 0; a < active.length; a++) {
                sums[active[a]] += params[a];
            }
        }
    }
}
