package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void urlIdsAreReadableSlugs() {
        assertEquals("reuters-com-world-syria-talks-id-7", ArticleIds.fromUrl("https://www.reuters.com/world/syria-talks?id=7"));
    }

    @Test
    void schemeWwwFragmentAndFinalSlashDoNotCount() {
        String id = ArticleIds.fromUrl("https://news.example/a/b");
        assertEquals(id, ArticleIds.fromUrl("http://www.NEWS.example/a/b/#comments"));
        assertNotEquals(id, ArticleIds.fromUrl("https://news.example/a/c"));
    }

    @Test
    void longUrlsAreCutAndHashed() {
        String base = "https://news.example/" + "very-long-section/".repeat(8);
        String a = ArticleIds.fromUrl(base + "one");
        String b = ArticleIds.fromUrl(base + "two");
        assertNotEquals(a, b, "same first 80 characters, different URLs");
        assertTrue(a.matches("[a-z0-9-]{1,80}-[0-9a-f]{16}"), a);
    }

    @Test
    void formatsByExtension() {
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.of(Path.of("d/Dump.JSONL.gz")));
        assertEquals(Optional.of(InputFormat.WARC), InputFormat.of(Path.of("cc-news.warc.gz")));
        assertEquals(Optional.of(InputFormat.HTML), InputFormat.of(Path.of("page.htm")));
        assertEquals(Optional.empty(), InputFormat.of(Path.of("notes.gz")));
        assertEquals(Optional.of(InputFormat.WARC), InputFormat.named("warc"));
    }

    @Test
    void foldersPickKnownExtensionsUnlessAFormatIsForced() {
        InputReaders byExtension = new InputReaders();
        assertTrue(byExtension.wants(Path.of("a.html")) && byExtension.wants(Path.of("a.jsonl.gz")));
        assertTrue(!byExtension.wants(Path.of("README.md")));
        InputReaders forced = new InputReaders(InputFormat.HTML, JsonLinesFields.DEFAULTS, new TextCleaner());
        assertTrue(forced.wants(Path.of("page.php")));
        assertTrue(!forced.wants(Path.of(".hidden")));
    }
}
