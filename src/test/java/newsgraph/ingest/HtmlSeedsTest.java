package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The five seed articles saved as web pages (menus, related links, a cookie banner, a captioned photo;
 * written by {@link SeedPages} into {@code target/html-seeds/}, where the eval can read them too) read to
 * the same article as the {@code .txt} seeds: same id, same
 * text (so the same offsets and the same extraction), same date and dateline (which anchor and place
 * what the extractors find). The eval scores both folders the same (see the README).
 */
class HtmlSeedsTest {
    private static final Path PAGES = Path.of("target/html-seeds");
    private static final Path SEEDS = Path.of("seeds");

    @Test
    void everySeedPageReadsToTheSeedArticle() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        assertEquals(5, SeedPages.write(SEEDS, PAGES).size());
        ArticleReader txt = new ArticleReader();
        HtmlReader html = new HtmlReader(new TextCleaner());
        for (Path seed : seeds) {
            Article expected = txt.read(seed);
            CollectingSink sink = CollectingSink.read(html, PAGES.resolve(ArticleReader.idOf(seed) + ".html"));
            assertTrue(sink.bad.isEmpty(), sink.bad.toString());
            Article page = sink.articles.get(0);
            assertEquals(expected.id(), page.id());
            assertEquals(expected.text(), page.text(), seed.toString());
            assertEquals(expected.meta().published(), page.meta().published(), seed.toString());
            assertEquals(expected.meta().dateline(), page.meta().dateline(), seed.toString());
            assertEquals(expected.meta().authors(), page.meta().authors(), seed.toString());
        }
    }
}
