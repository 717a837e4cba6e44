package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** General properties of the cleaned seed articles (Maven runs tests from the project root). */
class SeedArticlesTest {
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        ArticleReader reader = new ArticleReader();
        for (Path file : ArticleReader.listInputs(Path.of("seeds"))) {
            Article a = reader.read(file);
            ARTICLES.put(a.id().substring(0, 3), a);
        }
    }

    @Test
    void allFiveSeedsAreRead() {
        assertEquals(Set.of("000", "001", "002", "003", "004"), ARTICLES.keySet());
    }

    @Test
    void noOddSpacesOrRepeatedParagraphs() {
        for (Article a : ARTICLES.values()) {
            assertFalse(a.text().contains("\u00A0"), a.id());
            assertFalse(a.text().contains("\u200B"), a.id());
            List<String> paragraphs = List.of(a.text().split("\n\n"));
            assertEquals(paragraphs.size(), new HashSet<>(paragraphs).size(), a.id() + " repeats a paragraph");
        }
    }

    @Test
    void noPaywallOrPromptLinesRemain() {
        for (Article a : ARTICLES.values()) {
            for (String line : a.text().split("\n")) {
                assertFalse(line.contains("Subscribe"), a.id() + ": " + line);
                assertFalse(line.contains("free articles"), a.id() + ": " + line);
                assertFalse(line.strip().equals("Read more"), a.id());
            }
        }
    }

    @Test
    void dateLineSeedHasDateAndBodyWithoutDateline() {
        Article a = ARTICLES.get("000");
        assertEquals(LocalDate.of(2013, 11, 15), a.meta().published());
        assertTrue(a.text().startsWith("A Syrian"), a.text());
        assertEquals("Moscow", a.meta().dateline());
    }

    @Test
    void bylineAndCreditsSeedHasAuthorsAndNoCredits() {
        Article a = ARTICLES.get("002");
        assertTrue(a.meta().authors().contains("Steve Gutterman"), a.meta().authors().toString());
        assertFalse(a.text().contains("Editing by"));
        assertFalse(a.text().startsWith("By "));
        assertTrue(a.meta().title() != null && !a.text().contains(a.meta().title()));
    }

    @Test
    void everySeedHasBodyText() {
        for (Article a : ARTICLES.values()) {
            assertTrue(a.text().length() > 500, a.id());
        }
    }
}
