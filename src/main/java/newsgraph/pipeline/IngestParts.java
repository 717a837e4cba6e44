package newsgraph.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import newsgraph.extract.ArticleExtractor;
import newsgraph.extract.Lexicon;
import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.nlp.NlpModels;
import newsgraph.nlp.NlpPipeline;
import newsgraph.rdf.RdfMapper;

/**
 * The read-only parts every worker shares, loaded once per process: the OpenNLP models, the
 * extractor (with its gazetteer), the RDF mapper and the caches of the workers' OpenNLP pipelines.
 */
public record IngestParts(NlpModels models, ArticleExtractor extractor, RdfMapper mapper,
                          NlpPipeline.Caches nlpCaches) {

    /** Loads the models (the name finder from {@code nerModel} if given, else the shipped one) the gazetteer and the lexicon. */
    public static IngestParts load(Path nerModel) {
        NlpModels models = nerModel == null ? NlpModels.load() : NlpModels.load(nerModel);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        return new IngestParts(models, new ArticleExtractor(gazetteer, Lexicon.loadDefault()), new RdfMapper(countryNames(gazetteer)),
                new NlpPipeline.Caches());
    }

    /** The same parts with empty caches: what a new process would start with. */
    public IngestParts withEmptyCaches() {
        return new IngestParts(models, extractor, mapper, new NlpPipeline.Caches());
    }

    /** A converter for one worker thread: its own OpenNLP pipeline over the shared models. */
    public ArticleConverter newConverter() {
        return new ExtractingConverter(new NlpPipeline(models, nlpCaches), extractor, mapper);
    }

    static Map<String, String> countryNames(Gazetteer gazetteer) {
        Map<String, String> names = new HashMap<>();
        for (Country c : gazetteer.countries()) {
            names.putIfAbsent(c.alpha2(), c.name());
        }
        return names;
    }
}
