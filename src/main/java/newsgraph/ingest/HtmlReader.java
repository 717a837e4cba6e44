package newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved HTML page ({@code .html}, {@code .htm}) with jsoup: the metadata the page states
 * ({@link PageMetadata}) and the main content ({@link MainContent}), cleaned like a {@code .txt} file.
 * A page's id is taken from its canonical URL; a page without one keeps its file name without
 * extension, as a {@code .txt} file does.
 */
public final class HtmlReader implements InputReader {
    private final ArticleAssembler assembler;

    public HtmlReader(TextCleaner cleaner) {
        this.assembler = new ArticleAssembler(cleaner);
    }

    @Override
    public void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException {
        byte[] bytes = ArticleReader.readBytes(file);
        if (bytes.length == 0) {
            throw new BadInputException(file, "empty file");
        }
        sink.accept(article(parse(bytes, "", file, ""), ArticleReader.idOf(file), file, "", ArticleMeta.empty()));
    }

    @Override
    public boolean wants(Path file) {
        return InputFormat.of(file).orElse(null) == InputFormat.HTML;
    }

    /** Parses a page; jsoup finds the charset from a byte-order mark or {@code <meta charset>}, else reads UTF-8. */
    static Document parse(byte[] bytes, String baseUri, Path source, String where) throws BadInputException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(source, where + "cannot parse HTML: " + e.getMessage(), e);
        }
    }

    /**
     * The article of a parsed page.
     *
     * @param fallbackId the id when the page states no URL
     * @param where      the record inside {@code source} ("record 3: "), or ""
     * @param around     what the container says (a WARC record's URI and date); the page's own metadata wins
     */
    Article article(Document page, String fallbackId, Path source, String where, ArticleMeta around)
            throws BadInputException {
        ArticleMeta stated = PageMetadata.read(page).orElse(around);
        String text = MainContent.text(page.body());
        String id = stated.url() != null ? ArticleIds.fromUrl(stated.url()) : fallbackId;
        return assembler.assemble(id, source, where, text, stated);
    }
}
