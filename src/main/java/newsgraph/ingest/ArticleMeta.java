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
 */
public record ArticleMeta(String title, LocalDate published, String dateline, String outlet, List<String> authors) {
    public ArticleMeta {
        authors = List.copyOf(authors);
    }

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, List.of());
    }
}
