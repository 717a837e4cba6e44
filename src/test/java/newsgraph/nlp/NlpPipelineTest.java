package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import newsgraph.ingest.ArticleReader;

/**
 * The pipeline's cheaper tokenizing, tagging and lemmatising give what OpenNLP's stock tools give
 * on the seed articles, and sharing caches between pipelines changes nothing.
 */
class NlpPipelineTest {
    private static NlpModels models;
    private static List<String> texts;

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(NlpPipelineTest.class.getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
        models = NlpModels.load();
        texts = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(reader.read(f).text());
            }
        }
        assertTrue(texts.size() >= 5, "seed articles: " + texts.size());
    }

    /** Every sentence of the seeds as the pipeline sees it: paragraph by paragraph. */
    private static List<String> sentences() {
        SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String para : text.split("\n\n")) {
                for (Span s : detector.sentPosDetect(para)) {
                    out.add(s.getCoveredText(para).toString());
                }
            }
        }
        return out;
    }

    @Test
    void tokensTagsAndLemmasAreThoseOfTheStockTools() {
        NlpPipeline nlp = new NlpPipeline(models);
        TokenizerME tokenizer = new TokenizerME(models.tokens());
        POSTaggerME tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
        LemmatizerME lemmatizer = new LemmatizerME(models.lemmas());
        int tokens = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from the caches
            for (String sentence : sentences()) {
                Span[] expected = tokenizer.tokenizePos(sentence);
                assertArrayEquals(expected, nlp.tokenize(sentence), sentence);
                String[] words = Span.spansToStrings(expected, sentence);
                String[] tags = tagger.tag(words);
                assertArrayEquals(tags, nlp.tag(words), sentence);
                assertArrayEquals(lemmatizer.lemmatize(words, tags), nlp.lemmatize(words, tags), sentence);
                tokens += words.length;
            }
        }
        assertTrue(tokens > 2000, "tokens compared: " + tokens);
    }

    @Test
    void namesAndTheirProbabilitiesAreThoseOfTheStockNameFinder() {
        TokenizerME tokenizer = new TokenizerME(models.tokens());
        opennlp.tools.namefind.NameFinderME stock = new opennlp.tools.namefind.NameFinderME(models.names());
        opennlp.tools.namefind.TokenNameFinder shared = SharedScoreNameFinder.of(models.names());
        assertTrue(shared instanceof SharedScoreNameFinder, "the name-finder model is a perceptron");
        SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
        int names = 0;
        for (String text : texts) {
            // one document at a time: what a sentence's names were feeds the next (adaptive features)
            for (String para : text.split("\n\n")) {
                for (Span s : detector.sentPosDetect(para)) {
                    String[] words = tokenizer.tokenize(s.getCoveredText(para).toString());
                    Span[] expected = stock.find(words);
                    Span[] actual = shared.find(words);
                    assertArrayEquals(expected, actual, String.join(" ", words));
                    for (int i = 0; i < expected.length; i++) {
                        assertEquals(expected[i].getProb(), actual[i].getProb(), String.join(" ", words));
                    }
                    names += expected.length;
                }
            }
            stock.clearAdaptiveData();
            shared.clearAdaptiveData();
        }
        assertTrue(names > 100, "names compared: " + names);
    }

    @Test
    void sharedCachesGiveTheSameAnnotations() {
        NlpPipeline.Caches shared = new NlpPipeline.Caches();
        NlpPipeline first = new NlpPipeline(models, shared);
        NlpPipeline second = new NlpPipeline(models, shared);
        for (String text : texts) {
            first.annotate(text); // warms the shared caches
        }
        for (String text : texts) {
            AnnotatedDocument alone = new NlpPipeline(models).annotate(text);
            assertEquals(alone, second.annotate(text));
        }
    }

    @Test
    void nthLargestIsWhatSortingFindsWithTies() {
        assertEquals(5.0, CachingLemmatizer.nthLargest(new double[]{1, 5, 5, 5}, 3));
        assertEquals(3.0, CachingLemmatizer.nthLargest(new double[]{3, 9, 1, 7}, 3));
        assertEquals(9.0, CachingLemmatizer.nthLargest(new double[]{3, 9, 1, 7}, 1));
        assertEquals(3.0, CachingLemmatizer.nthLargest(new double[]{3, 9}, 3)); // fewer values than n: the smallest
    }
}
