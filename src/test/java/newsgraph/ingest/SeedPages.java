package newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the seed articles ({@code seeds/*.txt}) as saved web pages, for {@link HtmlSeedsTest} and the eval
 * of HTML input. Each page wraps the seed's lines in an {@code <article>} and surrounds them with page
 * furniture written for the test: a cookie banner, a site menu, a breadcrumb, a share bar, a photo with a
 * caption, related links and a footer. The seed's date line becomes JSON-LD {@code datePublished} and a
 * short first headline line the {@code <h1>}; every other line stays a paragraph, furniture lines of the
 * seed included, so that the pages test the HTML extraction, not a tidier text. No canonical URL: a local
 * page keeps its file name as its id, like the {@code .txt} seed.
 */
final class SeedPages {
    private static final String COOKIE = """
            <div class="cookie-notice" id="gdpr-consent">
              <p>This site uses cookies to give you a better experience. Accept the cookies or change your settings.</p>
              <button>Accept</button> <button>Settings</button>
            </div>""";
    private static final String MENU = """
            <header class="masthead">
              <a class="brand" href="/">World Desk</a>
              <nav class="main-menu"><ul>
                <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                <li><a href="/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
              </ul></nav>
            </header>
            <div class="breadcrumbs"><a href="/">Home</a> / <a href="/world">World</a> / <a href="/world/middle-east">Middle East</a></div>""";
    private static final String SHARE = """
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
            <figure class="lead-image"><img src="/img/lead.jpg" alt="Diplomats arrive for talks">
              <figcaption>Diplomats arrive for talks at the ministry building. Photo: Staff photographer / World Desk</figcaption></figure>""";
    private static final String RELATED = """
            <aside class="related-links"><h2>More on this story</h2><ul>
              <li><a href="/r/1">Ceasefire talks stall as fighting spreads to the north</a></li>
              <li><a href="/r/2">Envoy warns of a long road to a settlement</a></li>
              <li><a href="/r/3">Explainer: who is who in the conflict</a></li>
            </ul></aside>""";
    private static final String FOOTER = """
            <section class="newsletter"><p>Sign up for the evening briefing, delivered every weekday.</p></section>
            <footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
            <li><a href="/privacy">Privacy policy</a></li></ul><p>World Desk 2013. All rights reserved.</p></footer>""";

    private static final Pattern DATE_LINE = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) (.*)$", Pattern.DOTALL);

    private SeedPages() {
    }

    /** Writes one page per seed of {@code seeds} into {@code out} (made if missing); returns the pages. */
    static List<Path> write(Path seeds, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path seed : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString();
                Path page = out.resolve(name.substring(0, name.length() - ".txt".length()) + ".html");
                Files.writeString(page, page(Files.readString(seed, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                pages.add(page);
            }
        }
        return pages;
    }

    /** The page of a seed's text. */
    static String page(String seedText) {
        // no seed is hard-wrapped: every line is a paragraph (some seeds put a blank line between them)
        List<String> paras = new ArrayList<>(Stream.of(seedText.split("\n", -1)).filter(l -> !l.isBlank()).toList());
        String published = null;
        Matcher m = DATE_LINE.matcher(paras.get(0));
        if (m.matches()) {
            published = m.group(1);
            paras.set(0, m.group(2));
        }
        String title = null;
        for (int i = 0; i < Math.min(2, paras.size() - 1); i++) {
            if (looksLikeHeadline(paras.get(i)) && !paras.get(i).startsWith("Support")) {
                title = paras.remove(i);
                break;
            }
        }
        String headline = title != null ? title
                : String.join(" ", Stream.of(paras.get(0).trim().split("\\s+")).limit(8).toList()) + " ...";
        StringBuilder body = new StringBuilder();
        for (String p : paras) {
            body.append(body.length() == 0 ? "" : "\n").append("      <p>").append(escape(p.strip(), false)).append("</p>");
        }
        String ld = "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\""
                + (published == null ? "" : ", \"datePublished\": \"" + published + "\"")
                + ", \"headline\": \"" + jsonEscape(headline) + "\"}";
        String h1 = title == null ? "" : "      <h1>" + escape(title, true) + "</h1>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(headline, true) + " | World Desk</title>\n"
                + "<script type=\"application/ld+json\">" + ld + "</script>\n"
                + "<script>var pageType = \"article\";</script>\n</head>\n<body>\n"
                + COOKIE + "\n" + MENU + "\n<main>\n  <div class=\"layout\">\n    <article class=\"story\">\n"
                + h1 + SHARE + "\n      <div class=\"story-body\">\n" + body + "\n      </div>\n"
                + RELATED + "\n    </article>\n  </div>\n</main>\n" + FOOTER + "\n</body>\n</html>\n";
    }

    private static boolean looksLikeHeadline(String p) {
        String t = p.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        String r = p.stripTrailing();
        return words <= 15 && !(r.endsWith(".") || r.endsWith(":") || r.endsWith(","));
    }

    private static String escape(String s, boolean quotes) {
        String out = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return quotes ? out.replace("\"", "&quot;").replace("'", "&#x27;") : out;
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
