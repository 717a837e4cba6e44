package newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article says about itself, apart from its body.
 *
 * @param title     headline, or null
 * @param published publication date, or null when the text gives none
 * @param dateline  place of the dateline ("Moscow"), or null
 * @param outlet    news outlet or agency ("Reuters", "AFP"), or null
 * @param authors   bylines and reporting credits, possibly empty
 * @param url       the article's address on the web (canonical URL, record URI, {@code url} field), or null
 */
public record ArticleMeta(String title, LocalDate published, String dateline, String outlet, List<String> authors,
                          String url) {
    public ArticleMeta {
        authors = List.copyOf(authors);
    }

    /** Metadata read from plain text, which has no URL. */
    public ArticleMeta(String title, LocalDate published, String dateline, String outlet, List<String> authors) {
        this(title, published, dateline, outlet, authors, null);
    }

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, List.of());
    }

    /**
     * This metadata (what the page or the dump states) with the gaps filled from {@code fromText}
     * (what the text's own date line, byline and dateline say).
     */
    public ArticleMeta orElse(ArticleMeta fromText) {
        return new ArticleMeta(first(title, fromText.title), first(published, fromText.published),
                first(dateline, fromText.dateline), first(outlet, fromText.outlet),
                authors.isEmpty() ? fromText.authors : authors, first(url, fromText.url));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
