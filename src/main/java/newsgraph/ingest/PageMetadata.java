package newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page states about its article: title, canonical URL, publication date, authors and
 * site name, from JSON-LD ({@code NewsArticle} and its kin) first, then Open Graph and
 * {@code article:} meta tags, {@code <meta name="author">}, {@code <link rel="canonical">},
 * {@code <time datetime>} and the {@code <title>}.
 */
final class PageMetadata {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "webpage");

    private PageMetadata() {
    }

    static ArticleMeta read(Document page) {
        JsonObject ld = jsonLdArticle(page);
        String title = first(ld == null ? null : JsonValues.text(ld, List.of("headline", "name")),
                meta(page, "og:title"), meta(page, "twitter:title"), page.title().isBlank() ? null : page.title().strip());
        String url = first(ld == null ? null : JsonValues.text(ld, List.of("url", "mainEntityOfPage")),
                attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"));
        String date = first(ld == null ? null : JsonValues.text(ld, List.of("datePublished", "dateCreated")),
                meta(page, "article:published_time"), meta(page, "date"), meta(page, "pubdate"),
                attr(page, "time[datetime]", "datetime"));
        String site = first(ld == null ? null : JsonValues.text(ld, List.of("publisher", "sourceOrganization")),
                meta(page, "og:site_name"), meta(page, "application-name"));
        Set<String> authors = new LinkedHashSet<>(ld == null ? List.of() : JsonValues.names(ld.get("author")));
        if (authors.isEmpty()) {
            page.select("meta[name=author], meta[property=\"article:author\"]").forEach(m -> addName(authors, m.attr("content")));
        }
        if (url != null && !url.startsWith("http")) {
            url = null; // a relative or made-up address is no place to click through to
        }
        return new ArticleMeta(title, StatedDates.parse(date), null, site, new ArrayList<>(authors), url);
    }

    /** The page's JSON-LD object of an article type, looking into lists and {@code @graph}; null if none. */
    private static JsonObject jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonObject found = findArticle(JSON.parseAny(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (RuntimeException e) {
                // pages often carry broken JSON-LD; the other sources still apply
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v) {
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                JsonObject found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            boolean article = JsonValues.names(o.get("@type")).stream()
                    .anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
            if (article && o.hasKey("headline")) {
                return o;
            }
            if (o.hasKey("@graph")) {
                return findArticle(o.get("@graph"));
            }
        }
        return null;
    }

    private static void addName(Set<String> authors, String name) {
        // a profile URL is not a name
        if (!name.isBlank() && !name.startsWith("http")) {
            authors.add(name.strip());
        }
    }

    private static String meta(Document page, String key) {
        String quoted = "\"" + key + "\"";
        Element m = page.selectFirst("meta[property=" + quoted + "], meta[name=" + quoted + "], meta[itemprop=" + quoted + "]");
        return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
