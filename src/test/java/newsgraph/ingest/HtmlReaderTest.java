package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved news page with furniture and JSON-LD: text, metadata and id. */
class HtmlReaderTest {
    private static final Path PAGE = Path.of("src/test/resources/ingest/page-with-furniture.html");
    private final HtmlReader reader = new HtmlReader(new TextCleaner());

    @TempDir
    Path tmp;

    private Article read(Path file) throws Exception {
        CollectingSink sink = CollectingSink.read(reader, file);
        assertTrue(sink.bad.isEmpty(), sink.bad.toString());
        assertEquals(1, sink.articles.size());
        return sink.articles.get(0);
    }

    @Test
    void keepsTheArticleBodyAndDropsTheFurniture() throws Exception {
        String text = read(PAGE).text();
        assertEquals(List.of(
                "The transport ministers of Bulgaria and Romania agreed on Tuesday a timetable for reopening the grain"
                        + " corridor along the Black Sea coast, the Bulgarian ministry said.",
                "Under the plan, the first convoys would leave the port of Varna in early April, and the ministers will"
                        + " meet again in Bucharest next month to review progress.",
                "Talks to continue",
                "\"We have a timetable and we will keep to it,\" the Romanian minister told reporters."),
                List.of(text.split("\n\n")));
        for (String furniture : List.of("cookie", "Business", "Home", "Cranes", "Share", "Related", "Port strike",
                "Read more", "briefing", "rights reserved", "10 March", "By Ines")) {
            assertFalse(text.contains(furniture), furniture + " left in:\n" + text);
        }
    }

    @Test
    void metadataComesFromJsonLdFirst() throws Exception {
        ArticleMeta meta = read(PAGE).meta();
        assertEquals("Ministers agree grain corridor timetable", meta.title());
        // JSON-LD's datePublished wins over the <time> element; the day as the page states it
        assertEquals(LocalDate.of(2024, 3, 12), meta.published());
        assertEquals(List.of("Ines Varga", "Tomas Reil"), meta.authors());
        assertEquals("The Harbour Ledger", meta.outlet());
        assertEquals("https://www.harbourledger.example/world/2024/03/12/grain-corridor-timetable/", meta.url());
    }

    @Test
    void idComesFromTheCanonicalUrl() throws Exception {
        Article a = read(PAGE);
        assertEquals("harbourledger-example-world-2024-03-12-grain-corridor-timetable", a.id());
        assertEquals(PAGE, a.source());
    }

    @Test
    void withoutJsonLdOpenGraphMetaAndTimeApply() throws Exception {
        Path page = write("local-copy.htm", """
                <html><head><title>Fallback title</title>
                <meta property="og:title" content="Harbour reopens">
                <meta property="og:site_name" content="Coast Weekly">
                <meta name="author" content="Mara Lind">
                </head><body><nav><a href="/">Home</a></nav>
                <div class="content"><p>The harbour reopened to shipping on Monday after a week of storms, the port
                authority said.</p><p>Ferries will run on the winter timetable until April.</p>
                <p>Published <time datetime="2024-01-15T08:00:00Z">15 January</time></p></div>
                <div class="sidebar"><p>Most read: ten things to do this weekend on the coast and more stories.</p></div>
                </body></html>""");
        Article a = read(page);
        assertEquals("local-copy", a.id(), "no canonical URL: the file name without extension");
        assertEquals("Harbour reopens", a.meta().title());
        assertEquals("Coast Weekly", a.meta().outlet());
        assertEquals(List.of("Mara Lind"), a.meta().authors());
        assertEquals(LocalDate.of(2024, 1, 15), a.meta().published());
        assertEquals(null, a.meta().url());
        assertTrue(a.text().startsWith("The harbour reopened to shipping on Monday"), a.text());
        assertFalse(a.text().contains("Most read"), a.text());
    }

    @Test
    void densestBlockWithoutArticleElement() throws Exception {
        Path page = write("plain.html", """
                <html><body><div id="top"><p>Subscribe now for full access.</p></div>
                <div><div class="x"><p>First paragraph of the story about the new bridge across the river, which
                opened on Sunday.</p><p>Second paragraph with the mayor's comments on the cost of the bridge.</p>
                <p>Third paragraph on the traffic expected.</p></div></div>
                <div><p>Short teaser.</p></div></body></html>""");
        Article a = read(page);
        assertEquals(3, a.text().split("\n\n").length, a.text());
        assertFalse(a.text().contains("teaser"), a.text());
    }

    @Test
    void aPageWithoutArticleTextIsReportedNotStored() throws Exception {
        Path page = write("empty.html", "<html><body><nav><a href=\"/\">Home</a></nav><footer>(c) 2024</footer></body></html>");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(page, new CollectingSink()));
        assertEquals(page + ": no article text left after cleaning", e.getMessage());
    }

    private Path write(String name, String html) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }
}
