package newsgraph.pipeline;

import newsgraph.ingest.Article;

/**
 * Turns one article into its graph. An instance is used by one worker thread only, so it may hold
 * OpenNLP's stateful {@code *ME} objects.
 */
@FunctionalInterface
public interface ArticleConverter {
    /** Converts the article, adding the time of each stage it runs to {@code clock}. */
    ConvertedArticle convert(Article article, StageClock clock) throws Exception;
}
