package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags, lemmas and names for one article at a time. OpenNLP's {@code *ME}
 * classes keep state, so each worker thread builds its own pipeline over the shared models.
 */
public final class NlpPipeline {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final NameFinderME names;

    public NlpPipeline(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(models.lemmas());
        this.names = new NameFinderME(models.names());
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
            for (Span s : sentences.sentPosDetect(para)) {
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

    /** Sentence splitting and tokenising only: the floor the benchmark compares against. */
    public int tokenizeAndTag(String text) {
        int n = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String[] words = tokenizer.tokenize(s.getCoveredText(text).toString());
            tagger.tag(words);
            n += words.length;
        }
        return n;
    }

    private Sentence sentence(String text, int index, int begin, int end) {
        String covered = text.substring(begin, end);
        Span[] raw = tokenizer.tokenizePos(covered);
        if (raw.length == 0) {
            return null;
        }
        // tag and lemmatise the tokens as the models were trained on them, then split possessives
        String[] rawWords = Span.spansToStrings(raw, covered);
        String[] rawTags = tagger.tag(rawWords);
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
            tokens.add(new Token(begin + spans.get(i)[0], begin + spans.get(i)[1], words[i], tags[i], lemma));
        }
        List<NameMention> found = new ArrayList<>();
        Span[] nameSpans = names.find(words);
        double[] probs = names.probs(nameSpans);
        for (int i = 0; i < nameSpans.length; i++) {
            Span n = nameSpans[i];
            found.add(new NameMention(n.getStart(), n.getEnd(), tokens.get(n.getStart()).begin(),
                    tokens.get(n.getEnd() - 1).end(), n.getType(), probs[i]));
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
