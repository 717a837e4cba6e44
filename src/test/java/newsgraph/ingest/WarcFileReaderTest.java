package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small archive written here with jwarc: HTML responses, a request, an image and a resource. */
class WarcFileReaderTest {
    private static final String STORY_URI = "https://news.example/2024/05/02/ferry-talks?ref=home";
    private static final String STORY = """
            <html><head><title>Ferry talks | News Example</title>
            <meta property="og:site_name" content="News Example"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>The ferry operators of Finland and Estonia met in Tallinn on Thursday to agree summer
            schedules, the Estonian transport ministry said.</p>
            <p>They will meet again next week in Helsinki.</p></article>
            <div class="related"><a href="/x">Ferry fares rise</a></div></body></html>""";
    private static final Instant CAPTURED = Instant.parse("2024-05-02T11:22:33Z");

    private final WarcFileReader reader = new WarcFileReader(new HtmlReader(new TextCleaner()));

    @TempDir
    Path tmp;

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsAreSkipped() throws Exception {
        for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
            Path warc = tmp.resolve(name);
            write(warc, name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
            CollectingSink sink = CollectingSink.read(reader, warc);

            assertEquals(1, sink.articles.size(), name);
            Article a = sink.articles.get(0);
            assertEquals("news-example-2024-05-02-ferry-talks-ref-home", a.id());
            assertEquals("The ferry operators of Finland and Estonia met in Tallinn on Thursday to agree summer schedules,"
                    + " the Estonian transport ministry said.\n\nThey will meet again next week in Helsinki.", a.text());
            assertEquals(STORY_URI, a.meta().url(), "the target URI, the page naming no canonical URL");
            assertEquals(LocalDate.of(2024, 5, 2), a.meta().published(), "the capture date, the page giving none");
            assertEquals("Ferry talks | News Example", a.meta().title());
            assertEquals("News Example", a.meta().outlet());

            assertEquals(List.of(warc + ": record 4 (https://news.example/menu): no article text left after cleaning"),
                    sink.bad.stream().map(BadInputException::getMessage).toList(), name);
        }
    }

    @Test
    void notAWarcIsOneBadFile() throws Exception {
        Path bad = tmp.resolve("bad.warc");
        Files.writeString(bad, "this is not an archive\n");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(bad, new CollectingSink()));
        assertTrue(e.getMessage().startsWith(bad + ": bad WARC"), e.getMessage());
    }

    private static void write(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(STORY_URI).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/2024/05/02/ferry-talks?ref=home")
                            .addHeader("Host", "news.example").build()).build());
            w.write(response(STORY_URI, "text/html; charset=utf-8", STORY.getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://news.example/menu", "text/html",
                    "<html><body><nav><a href=\"/\">Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(new WarcResource.Builder(java.net.URI.create("urn:test:notes")).date(CAPTURED)
                    .body(MediaType.PLAIN_TEXT, "crawl notes".getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    private static WarcResponse response(String uri, String type, byte[] body) throws Exception {
        return new WarcResponse.Builder(uri).date(CAPTURED)
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build()).build();
    }
}
