package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags, lemmas and names for one article at a time. OpenNLP's {@code *ME}
 * classes keep state, so each worker thread builds its own pipeline over the shared models (and
 * shared {@link Caches}).
 *
 * <p>Four things make it cheaper than calling OpenNLP's tools one after the other, with the same
 * answers (the tests compare them with the stock tools):
 * <ul>
 *   <li>Tokens: OpenNLP's tokenizer splits the text at white space and then decides each chunk on
 *       its own, so a chunk's tokens are a function of the chunk; they are kept in {@link Caches}.</li>
 *   <li>POS tags: a beam of 1 instead of the model's 3. With the UD EWT model the tags were the same
 *       on every token of the Reuters and BBC samples measured (see the README's Benchmark section),
 *       at a third of the cost.</li>
 *   <li>Lemmas: {@link CachingLemmatizer}, OpenNLP's lemmatizer with the model's scores cached.</li>
 *   <li>Names: {@link SharedScoreNameFinder}, OpenNLP's name finder scoring each token's own features
 *       once per token instead of once per beam entry.</li>
 * </ul>
 */
public final class NlpPipeline {
    /** The POS tagger's beam: 1, greedy; the model's manifest says 3. */
    static final int TAG_BEAM = 1;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final BeamSearch tagger;
    private final POSContextGenerator tagContexts;
    private final SequenceValidator<String> tagValidator;
    private final CachingLemmatizer lemmatizer;
    private final TokenNameFinder names;
    private final Caches caches;

    /** A pipeline with its own caches. */
    public NlpPipeline(NlpModels models) {
        this(models, new Caches());
    }

    /** A pipeline sharing {@code caches} with the other workers over the same models. */
    public NlpPipeline(NlpModels models, Caches caches) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        MaxentModel pos = models.pos().getArtifact("pos.model");
        if (pos == null) {
            throw new IllegalArgumentException("the POS model has no maxent model");
        }
        this.tagger = new BeamSearch(TAG_BEAM, pos);
        this.tagContexts = models.pos().getFactory().getPOSContextGenerator(TAG_BEAM);
        this.tagValidator = models.pos().getFactory().getSequenceValidator();
        this.lemmatizer = new CachingLemmatizer(models.lemmas(), caches.lemmas);
        this.names = SharedScoreNameFinder.of(models.names());
        this.caches = caches;
    }

    /**
     * What the workers of one set of models share (thread-safe): the tokens of each white-space chunk
     * and the lemmatizer's scores. Both are functions of their keys, so sharing them cannot make the
     * output depend on thread timing; both are bounded and start again empty when full.
     */
    public static final class Caches {
        static final int MAX_CHUNKS = 200_000;
        private static final int[] WHOLE = new int[0];
        private final ConcurrentHashMap<String, int[]> chunks = new ConcurrentHashMap<>();
        final CachingLemmatizer.Scores lemmas = new CachingLemmatizer.Scores();

        /** Token boundaries within the chunk ({@code begin, end} pairs), or {@link #WHOLE}. */
        int[] chunk(String chunk, TokenizerME tokenizer) {
            int[] cuts = chunks.get(chunk);
            if (cuts == null) {
                Span[] spans = tokenizer.tokenizePos(chunk);
                if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == chunk.length()) {
                    cuts = WHOLE;
                } else {
                    cuts = new int[spans.length * 2];
                    for (int i = 0; i < spans.length; i++) {
                        cuts[2 * i] = spans[i].getStart();
                        cuts[2 * i + 1] = spans[i].getEnd();
                    }
                }
                if (chunks.size() >= MAX_CHUNKS) {
                    chunks.clear();
                }
                chunks.put(chunk, cuts);
            }
            return cuts;
        }

        /** Entries held now: chunks, lemmatizer contexts. */
        public String sizes() {
            return chunks.size() + " chunks, " + lemmas.size() + " lemma contexts";
        }
    }

    /** Annotates the article text: paragraphs (blank-line separated) never share a sentence. */
    public AnnotatedDocument annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        int paraStart = 0;
        while (paraStart < text.length()) {
            int paraEnd = text.indexOf("\n\n", paraStart);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            String para = text.substring(paraStart, paraEnd);
            for (Span s : joinOpenBrackets(para, sentences.sentPosDetect(para))) {
                Sentence sentence = sentence(text, out.size(), paraStart + s.getStart(), paraStart + s.getEnd());
                if (sentence != null) {
                    out.add(sentence);
                }
            }
            paraStart = paraEnd + 2;
        }
        names.clearAdaptiveData();
        return new AnnotatedDocument(text, out);
    }

    /**
     * Joins a sentence that leaves a bracket open with the next one when that one closes it: the
     * sentence model ends sentences at abbreviations inside an editor's insertion ("(U.S. Secretary of
     * State John) Kerry and I ..." splits after "U.S.").
     */
    static Span[] joinOpenBrackets(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (balance(text, last) > 0 && balance(text, s) < 0) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(Span[]::new);
    }

    /** Opening minus closing round and square brackets in the span. */
    private static int balance(String text, Span s) {
        int b = 0;
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                b++;
            } else if (c == ')' || c == ']') {
                b--;
            }
        }
        return b;
    }

    /** The tokens of a sentence, as {@link TokenizerME#tokenizePos(String)} gives them. */
    Span[] tokenize(String sentence) {
        Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(chunks.length + chunks.length / 4 + 2);
        for (Span c : chunks) {
            int b = c.getStart();
            int[] cuts = caches.chunk(sentence.substring(b, c.getEnd()), tokenizer);
            if (cuts == Caches.WHOLE) {
                out.add(c);
            } else {
                for (int i = 0; i < cuts.length; i += 2) {
                    out.add(new Span(b + cuts[i], b + cuts[i + 1]));
                }
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Lemmas of a sentence's words with their tags, as OpenNLP's {@code LemmatizerME} gives them. */
    String[] lemmatize(String[] words, String[] tags) {
        return lemmatizer.lemmatize(words, tags);
    }

    /** The UD POS tags of a sentence's words. */
    String[] tag(String[] words) {
        return tagger.bestSequence(words, null, tagContexts, tagValidator).getOutcomes().toArray(new String[0]);
    }

    private Sentence sentence(String text, int index, int begin, int end) {
        String covered = text.substring(begin, end);
        Span[] raw = tokenize(covered);
        if (raw.length == 0) {
            return null;
        }
        // tag and lemmatise the tokens as the models were trained on them, then split possessives
        String[] rawWords = Span.spansToStrings(raw, covered);
        String[] rawTags = tag(rawWords);
        String[] rawLemmas = lemmatizer.lemmatize(rawWords, rawTags);
        List<int[]> spans = splitPossessives(covered, raw);
        String[] words = new String[spans.size()];
        String[] tags = new String[spans.size()];
        String[] lemmas = new String[spans.size()];
        for (int i = 0, r = 0; i < words.length; i++, r++) {
            words[i] = covered.substring(spans.get(i)[0], spans.get(i)[1]);
            // a contracted token gets a joined tag ("PROPN+PART" for "Assad's"): the stem's tag comes first
            tags[i] = rawTags[r].split("\\+")[0];
            lemmas[i] = rawLemmas[r];
            if (spans.get(i)[1] != raw[r].getEnd()) {
                // the stem of "Syria's": keep its tag, lemma is the stem; then the clitic
                lemmas[i] = words[i].toLowerCase(Locale.ROOT);
                i++;
                words[i] = covered.substring(spans.get(i)[0], spans.get(i)[1]);
                tags[i] = "PART";
                lemmas[i] = "'s";
            }
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i];
            if (lemma == null || lemma.equals("O") || lemma.isEmpty()) {
                lemma = words[i].toLowerCase(Locale.ROOT);
            }
            tokens.add(new Token(begin + spans.get(i)[0], begin + spans.get(i)[1], words[i], Pos.of(tags[i]), lemma));
        }
        List<NameMention> found = new ArrayList<>();
        for (Span n : names.find(words)) {
            found.add(new NameMention(n.getStart(), n.getEnd(), tokens.get(n.getStart()).begin(),
                    tokens.get(n.getEnd() - 1).end(), n.getType(), n.getProb()));
        }
        return new Sentence(index, begin, end, tokens, found);
    }

    /**
     * The EWT tokenizer leaves "Syria's" and "delegation's" whole; names and possessive
     * patterns need the clitic apart, so split a trailing 's / ’s (and a bare trailing ’).
     */
    static List<int[]> splitPossessives(String text, Span[] spans) {
        List<int[]> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int b = s.getStart();
            int e = s.getEnd();
            int len = e - b;
            if (len > 2 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')
                    && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && Character.isLetter(text.charAt(e - 3))) {
                out.add(new int[]{b, e - 2});
                out.add(new int[]{e - 2, e});
            } else {
                out.add(new int[]{b, e});
            }
        }
        return out;
    }
}
