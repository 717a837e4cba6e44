package newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article body of an HTML page: page furniture removed (navigation, headers and footers, related
 * links, share bars, captions, cookie notices, forms), then the container that holds the article
 * ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) or, failing a good one, the element
 * with the most paragraph text, read block by block into paragraphs. The headline ({@code <h1>}) is
 * left to the metadata.
 */
final class MainContent {
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "header", "footer", "form", "figure", "figcaption", "iframe", "button", "select", "svg", "h1", "dialog",
            "menu", "object", "video", "audio", "canvas", "picture", "img");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");
    /** Words of a class or id that mark furniture; matched as whole words ("share-bar", "cookieBanner"). */
    private static final Set<String> FURNITURE_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "banner",
            "related", "share", "sharing", "social", "newsletter", "promo", "advert", "advertisement", "ad", "ads",
            "sponsored", "subscribe", "subscription", "paywall", "comment", "comments", "footer", "nav", "navbar",
            "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "caption", "credit", "recommended",
            "trending", "popular", "outbrain", "taboola", "masthead", "toolbar", "modal", "popup", "tags", "skip");
    /** Elements never removed as furniture, whatever their class says ({@code <body class="has-cookie-banner">}). */
    private static final Set<String> KEPT_TAGS = Set.of("html", "body", "main", "article");
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "(?is).*\\bcookies?\\b.*\\b(?:accept|consent|agree|privacy|settings|preferences)\\b.*");
    private static final int COOKIE_NOTICE_MAX_WORDS = 80;
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i)\\s*(?:(?:first )?published|updated|last updated|posted)?\\s*(?:on|at)?\\s*[:|,-]?\\s*");
    /** A block whose text is mostly link text is a list of links ("Related: ..."), not prose. */
    private static final double MAX_LINK_SHARE = 0.6;
    /** A named container is taken when it holds at least this share of the densest block's paragraph text. */
    private static final double CONTAINER_SHARE = 0.5;

    private MainContent() {
    }

    /** The body text, one paragraph per block, paragraphs separated by a blank line. Changes {@code body}. */
    static String text(Element body) {
        removeFurniture(body);
        List<String> blocks = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        walk(container(body), inline, blocks);
        flush(inline, blocks);
        return String.join("\n\n", blocks);
    }

    private static void removeFurniture(Element body) {
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (isDateLine(e)) {
                furniture.add(e);
            } else if (!KEPT_TAGS.contains(e.normalName()) && isFurniture(e)
                    && e.selectFirst("article, [itemprop=articleBody]") == null) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    /** A date on its own ("Published 10 March 2024"): the date is metadata, not article text. */
    private static boolean isDateLine(Element e) {
        if (!e.normalName().equals("time")) {
            return false;
        }
        Element block = e.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        String rest = block == null ? "" : block.text().replace(e.text(), "");
        return block == null || block.children().size() > 1 && !block.normalName().equals("p")
                || DATE_LINE_REST.matcher(rest).matches();
    }

    private static boolean isFurniture(Element e) {
        if (FURNITURE_TAGS.contains(e.normalName()) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String names = e.className() + " " + e.id();
        return !names.isBlank() && Arrays.stream(WORD_BREAK.split(names))
                .anyMatch(w -> FURNITURE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The element holding the article: a named container if it holds enough of the text, else the densest. */
    private static Element container(Element body) {
        Element densest = densest(body);
        int densestText = densest == null ? 0 : paragraphText(densest);
        for (Element named : body.select("[itemprop=articleBody], article, main, [role=main]")) {
            if (paragraphText(named) >= densestText * CONTAINER_SHARE && paragraphText(named) > 0) {
                return named;
            }
        }
        return densest != null ? densest : body;
    }

    /** The parent with the most text in its own {@code <p>} children. */
    private static Element densest(Element body) {
        Element best = null;
        int bestScore = 0;
        // each parent once: a page of a thousand paragraphs in one block would otherwise score it a thousand times
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null || !parents.add(parent)) {
                continue;
            }
            int score = ownParagraphText(parent);
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return best;
    }

    private static int ownParagraphText(Element e) {
        int n = 0;
        for (Element child : e.children()) {
            if (child.normalName().equals("p")) {
                n += child.text().length();
            }
        }
        return n;
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Reads {@code e} into blocks: inline content gathers into the current block, a block element ends it. */
    private static void walk(Element e, StringBuilder inline, List<String> blocks) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                inline.append(t.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    inline.append('\n');
                } else if (c.isBlock()) {
                    flush(inline, blocks);
                    if (!isLinkList(c)) {
                        walk(c, inline, blocks);
                    }
                    flush(inline, blocks);
                } else {
                    walk(c, inline, blocks);
                }
            }
        }
    }

    private static void flush(StringBuilder inline, List<String> blocks) {
        String block = inline.toString().strip();
        inline.setLength(0);
        if (!block.isEmpty() && !isCookieNotice(block)) {
            blocks.add(block);
        }
    }

    private static boolean isLinkList(Element block) {
        int text = block.text().length();
        int links = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return text > 0 && links >= text * MAX_LINK_SHARE;
    }

    private static boolean isCookieNotice(String block) {
        return PageFurniture.words(block) <= COOKIE_NOTICE_MAX_WORDS && COOKIE_NOTICE.matcher(block).matches();
    }
}
