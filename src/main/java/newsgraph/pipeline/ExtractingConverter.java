package newsgraph.pipeline;

import org.apache.jena.rdf.model.Model;

import newsgraph.extract.ArticleExtractor;
import newsgraph.extract.ExtractedArticle;
import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.NlpPipeline;
import newsgraph.rdf.RdfMapper;

/** The real conversion: OpenNLP annotation, extraction, RDF mapping. One instance per worker thread. */
final class ExtractingConverter implements ArticleConverter {
    private final NlpPipeline nlp;
    private final ArticleExtractor extractor;
    private final RdfMapper mapper;

    ExtractingConverter(NlpPipeline nlp, ArticleExtractor extractor, RdfMapper mapper) {
        this.nlp = nlp;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    @Override
    public ConvertedArticle convert(Article article, StageClock clock) {
        long t0 = System.nanoTime();
        AnnotatedDocument doc = nlp.annotate(article.text());
        long t1 = System.nanoTime();
        clock.add(Stage.NLP, t1 - t0);
        ExtractedArticle x = extractor.extract(article, doc);
        long t2 = System.nanoTime();
        clock.add(Stage.EXTRACT, t2 - t1);
        Model model = mapper.toModel(x);
        clock.add(Stage.RDF, System.nanoTime() - t2);
        ArticleSummary summary = new ArticleSummary(article.id(), article.source(), x.actors().size(),
                x.countries().size(), x.statements().size(), x.meetings().size(), model.size(),
                Words.count(article.text()));
        return new ConvertedArticle(summary, model);
    }
}
