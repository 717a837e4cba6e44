package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.extract.QuoteFinder.Quote;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void straightDoubleQuotes() {
        String t = "The mayor said \"the bridge opens in May\" and left. Later: \"no comment\".";
        assertEquals(List.of("the bridge opens in May", "no comment"), quotes(t));
    }

    @Test
    void curlyDoubleQuotes() {
        assertEquals(List.of("We are ready, and so are they."),
                quotes("She added: \u201cWe are ready, and so are they.\u201d Nobody replied."));
    }

    @Test
    void curlyOpenedClosedByStraightQuote() {
        assertEquals(List.of("a mixed pair"), quotes("He called it \u201ca mixed pair\" on air."));
    }

    @Test
    void guillemets() {
        assertEquals(List.of("Nous verrons"), quotes("The envoy replied \u00abNous verrons\u00bb to reporters."));
    }

    @Test
    void singleCurlyQuotesWithApostrophesInside() {
        String t = "The memo read \u2018we\u2019ll wait for the board\u2019s answer\u2019, according to staff.";
        assertEquals(List.of("we\u2019ll wait for the board\u2019s answer"), quotes(t));
    }

    @Test
    void apostrophesInWordsAreNotQuotes() {
        assertTrue(QuoteFinder.find("The minister\u2019s plan and the council\u2019s reply were both late.").isEmpty());
        assertTrue(QuoteFinder.find("It\u2019s the town\u2019s oldest bakery, isn't it?").isEmpty());
        assertTrue(QuoteFinder.find("Prices rose in the \u201990s.").isEmpty());
    }

    @Test
    void apostropheBeforeARealQuote() {
        String t = "The mayor\u2019s aide said \u201cthe vote is off\u201d on Friday.";
        assertEquals(List.of("the vote is off"), quotes(t));
    }

    @Test
    void unclosedQuoteEndsAtParagraphEnd() {
        String t = "The coach said \"we trained hard all week\n\nThe match starts at noon.";
        List<Quote> found = QuoteFinder.find(t);
        assertEquals(1, found.size());
        assertEquals(t.indexOf('\n'), found.get(0).end());
        assertEquals("we trained hard all week", quotes(t).get(0));
    }

    @Test
    void quoteRunningOverParagraphsReopens() {
        String t = "\u201cThe first part ends here.\n\n\u201cThe second part closes,\u201d she said.";
        assertEquals(List.of("The first part ends here.", "The second part closes,"), quotes(t));
    }

    @Test
    void straightQuoteRunningOverParagraphsDoesNotSwapInsideAndOutside() {
        String t = "\"Part one of the remark.\n\n\"Part two of it,\" the clerk said. Then \"a third\".";
        assertEquals(List.of("Part one of the remark.", "Part two of it,", "a third"), quotes(t));
    }

    @Test
    void unclosedQuoteAtTextEnd() {
        String t = "The last word went to the pilot: \"we land soon";
        assertEquals(List.of("we land soon"), quotes(t));
    }

    @Test
    void singleNewlineDoesNotEndAQuote() {
        String t = "\"one line\nand the next\" said the poet.";
        assertEquals(List.of("one line\nand the next"), quotes(t));
    }

    @Test
    void offsetsExcludeTheMarks() {
        String t = "Aa \u201cbb\u201d cc \u00abdd\u00bb ee \"ff\".";
        List<Quote> found = QuoteFinder.find(t);
        assertEquals(3, found.size());
        for (Quote q : found) {
            char before = t.charAt(q.begin() - 1);
            char after = t.charAt(q.end());
            assertTrue("\u201c\u00ab\"".indexOf(before) >= 0, "opening mark before " + q);
            assertTrue("\u201d\u00bb\"".indexOf(after) >= 0, "closing mark after " + q);
            assertFalse(Character.isWhitespace(t.charAt(q.begin())));
        }
        assertEquals(new Quote(4, 6), found.get(0));
        assertTrue(found.get(0).contains(4));
        assertFalse(found.get(0).contains(6));
    }

    @Test
    void emptyQuotesAreSkipped() {
        assertTrue(QuoteFinder.find("An empty pair \"\" here and \u201c\u201d there.").isEmpty());
    }

    @Test
    void noQuotes() {
        assertTrue(QuoteFinder.find("").isEmpty());
        assertTrue(QuoteFinder.find("Plain text without any marks at all.").isEmpty());
    }

    @Test
    void aStraightQuoteOpeningAWordAfterASentenceEndReopens() {
        // a paragraph break lost in the text: the first part never closes
        String t = "\"We lost the match. We will come back stronger. \"Nobody here has given up,\" the coach said.";
        assertEquals(List.of("We lost the match. We will come back stronger.", "Nobody here has given up,"), quotes(t));
    }

    @Test
    void aStraightQuoteInsideAQuoteNests() {
        String t = "\"He told the staff he would \"retire\" early next year,\" a colleague said. Then \"a pause\".";
        assertEquals(List.of("He told the staff he would \"retire\" early next year,", "a pause"), quotes(t));
    }

    @Test
    void anOpeningCurlyQuoteInsideAnOpenOneReopens() {
        String t = "\u201cThe first part ends here. \u201cThe second part closes,\u201d she said.";
        assertEquals(List.of("The first part ends here.", "The second part closes,"), quotes(t));
    }
}
