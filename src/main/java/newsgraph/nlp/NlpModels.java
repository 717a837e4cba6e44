package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The OpenNLP models, loaded once per process and shared by every worker (models are
 * thread-safe; the {@code *ME} objects built on them are not, see {@link NlpPipeline}).
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas,
                        TokenNameFinderModel names) {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** The project's own name finder, trained by {@code newsgraph train-ner}. */
    public static final String NER = "newsgraph/models/en-ner-news.bin";

    /** Loads all models from the classpath; one clear error names the model that failed. */
    public static NlpModels load() {
        configureOpenNlp();
        return with(open(NER, TokenNameFinderModel::new));
    }

    /**
     * OpenNLP interns every token of every dictionary lookup ({@code StringList}) in a map it never
     * empties; the name finder's dictionary features look up every span of every sentence. Lookups
     * compare with {@code equals}, so interning changes no result: switch it off, process-wide,
     * unless the user chose an interner. Must run before OpenNLP's {@code StringInterners} is first used.
     * And OpenNLP loads feature generators named in a model only from packages it was told to trust.
     */
    public static void configureOpenNlp() {
        if (System.getProperty(INTERNER) == null) {
            System.setProperty(INTERNER, "opennlp.tools.util.jvm.NoOpStringInterner");
        }
        // the name finder's descriptor names this package's DictionarySpanFeaturesFactory
        ExtensionLoader.registerAllowedPackage(NlpModels.class.getPackageName());
    }

    static final String INTERNER = "opennlp.interner.class";

    private static NlpModels with(TokenNameFinderModel names) {
        return new NlpModels(
                open(SENTENCE, SentenceModel::new),
                open(TOKENS, TokenizerModel::new),
                open(POS, POSModel::new),
                open(LEMMAS, LemmatizerModel::new),
                names);
    }

    /** Same as {@link #load()} but with a name-finder model from a file. */
    public static NlpModels load(Path nerModel) {
        configureOpenNlp();
        try (InputStream in = Files.newInputStream(nerModel)) {
            return with(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new ModelLoadException("cannot load name-finder model " + nerModel + ": " + e.getMessage(), e);
        }
    }

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T open(String resource, Reader<T> reader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException("OpenNLP model not on the classpath: " + resource
                        + " (rebuild with mvn package)", null);
            }
            return reader.read(in);
        } catch (IOException | UncheckedIOException e) {
            throw new ModelLoadException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A model could not be loaded: the message names it. */
    public static final class ModelLoadException extends RuntimeException {
        public ModelLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
