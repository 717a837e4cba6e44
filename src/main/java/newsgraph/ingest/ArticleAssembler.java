package newsgraph.ingest;

import java.nio.file.Path;

/**
 * The step every reader ends with: cleans an article's raw text, reads the metadata the text itself
 * carries (date line, byline, dateline) and fills with it what the input stated (a page's JSON-LD, a
 * dump's fields), so all formats give the same text and the same metadata for the same article.
 */
public final class ArticleAssembler {
    private final TextCleaner cleaner;
    private final MetadataExtractor extractor;

    public ArticleAssembler(TextCleaner cleaner) {
        this.cleaner = cleaner;
        this.extractor = new MetadataExtractor(cleaner);
    }

    /**
     * @param where  the record inside {@code source} ("line 3: "), or "" for a one-article file; starts
     *               the reason of a rejection
     * @param stated metadata the input gives outside the text; it wins over what the text says
     * @throws BadInputException when no article text is left after cleaning
     */
    public Article assemble(String id, Path source, String where, String raw, ArticleMeta stated)
            throws BadInputException {
        Extraction extraction = extractor.extract(cleaner.cleanToParagraphs(raw));
        if (extraction.paragraphs().isEmpty()) {
            throw new BadInputException(source, where + "no article text left after cleaning");
        }
        return new Article(id, source, extraction.text(), stated.orElse(extraction.meta()));
    }
}
