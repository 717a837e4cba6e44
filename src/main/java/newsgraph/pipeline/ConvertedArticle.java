package newsgraph.pipeline;

import org.apache.jena.rdf.model.Model;

/** One article turned into the triples of its named graph. */
public record ConvertedArticle(ArticleSummary summary, Model model) {
}
