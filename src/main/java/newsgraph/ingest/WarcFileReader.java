package newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC web archive ({@code .warc}, {@code .warc.gz}) with jwarc, record by record: each
 * response record whose payload is HTML goes through the {@link HtmlReader}, with the record's target
 * URI (when the page names no canonical URL) and date (when the page gives no publication date) as
 * metadata. Requests, metadata, resources and responses of other media types are skipped; a response
 * page that leaves no article text is reported as {@code record N (URI): reason} and skipped.
 */
public final class WarcFileReader implements InputReader {
    private final HtmlReader html;

    public WarcFileReader(HtmlReader html) {
        this.html = html;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException {
        int n = 0;
        try (WarcReader warc = new WarcReader(file)) {
            for (Optional<WarcRecord> r = warc.next(); r.isPresent(); r = warc.next()) {
                n++;
                if (r.get() instanceof WarcResponse response) {
                    try {
                        Article article = article(file, n, response);
                        if (article != null) {
                            sink.accept(article);
                        }
                    } catch (BadInputException e) {
                        sink.reject(e);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // jwarc throws ParsingException (an IOException) for a malformed record; what came before stays
            String where = n == 0 ? "" : "after record " + n + ": ";
            throw new BadInputException(file, where + "bad WARC: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new BadInputException(file, "empty file");
        }
    }

    @Override
    public boolean wants(Path file) {
        return InputFormat.of(file).orElse(null) == InputFormat.WARC;
    }

    /** The article of an HTML response, or null for another payload. */
    private Article article(Path file, int n, WarcResponse response) throws IOException, BadInputException {
        String uri = response.target();
        String where = "record " + n + " (" + uri + "): ";
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            throw new BadInputException(file, where + "bad HTTP response: " + e.getMessage(), e);
        }
        MediaType type = http.contentType();
        if (type == null || !isHtml(type)) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readAllBytes();
        }
        Document page = HtmlReader.parse(body, uri, file, where);
        // the capture date stands in for a publication date the page does not give (news is crawled within days)
        LocalDate captured = response.date() == null ? null : response.date().atZone(ZoneOffset.UTC).toLocalDate();
        ArticleMeta record = new ArticleMeta(null, captured, null, null, List.of(), uri);
        return html.article(page, ArticleIds.fromUrl(uri), file, where, record);
    }

    private static boolean isHtml(MediaType type) {
        MediaType base = type.base();
        return base.equals(MediaType.HTML) || base.toString().equals("application/xhtml+xml");
    }
}
