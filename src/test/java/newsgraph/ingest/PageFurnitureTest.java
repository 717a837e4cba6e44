package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    @Test
    void wordsCountsAsSplittingAtRegexWhiteSpace() {
        for (String s : List.of("", "  ", "one", " one  two\tthree\n", "a\u00a0b c", "\u2003lead\u2003 and\u2003trail\u2003",
                "Share | Tweet | Email", "x\r\n\u000By\fz", "\u00a0")) {
            String t = s.strip();
            int expected = t.isEmpty() ? 0 : t.split("\\s+").length;
            assertEquals(expected, PageFurniture.words(s), "[" + s + "]");
        }
    }

    @Test
    void cheapPreChecksLetEveryKindOfFurnitureThrough() {
        assertTrue(PageFurniture.startsPaywall("You have reached your monthly limit of free articles"));
        assertTrue(PageFurniture.startsPaywall("LOG IN TO READ the full story"));
        assertTrue(PageFurniture.startsPaywall("This story is for paid subscribers only"));
        assertTrue(PageFurniture.isFurniture("Sign up for our daily newsletter"));
        assertTrue(PageFurniture.isFurniture("Get the latest headlines delivered: our newsletter, subscribe now"));
        assertTrue(PageFurniture.isFurniture("Download the example app"));
        assertTrue(PageFurniture.isFurniture("Track Latest News Live on example.com and get news updates"));
        assertTrue(PageFurniture.isFurniture("Home | World | Europe"));
        assertTrue(PageFurniture.isFurniture("News \u00bb Politics \u00bb Asia"));
        assertFalse(PageFurniture.startsPaywall("The ministry said it had reached its limit on imports."));
        assertFalse(PageFurniture.isFurniture("The newsletter said prices rose by 3 pct in March."));
    }
}
