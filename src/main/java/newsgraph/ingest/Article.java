package newsgraph.ingest;

import java.nio.file.Path;

/**
 * One cleaned article. Every character offset anywhere in the pipeline refers to {@code text}.
 *
 * @param id     stable document id: the file name without its extension
 * @param source the file it was read from
 * @param text   the cleaned body text (furniture, metadata lines and repeated paragraphs removed)
 * @param meta   title, date, dateline, outlet, authors
 */
public record Article(String id, Path source, String text, ArticleMeta meta) {
}
