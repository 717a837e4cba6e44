package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private List<String> paragraphs(String raw) {
        return cleaner.cleanToParagraphs(raw).paragraphs();
    }

    @Test
    void oddSpacesBecomePlainSpacesAndRunsCollapse() {
        assertEquals("one two three four five six",
                cleaner.clean("one\u00A0two\u2009three\u3000four\tfive \u202F  six"));
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertEquals("cooperation", cleaner.clean("co\u200Boper\u00ADation\uFEFF\u2060"));
    }

    @Test
    void textIsNfcNormalised() {
        assertEquals("caf\u00E9 r\u00E9sum\u00E9", cleaner.clean("cafe\u0301 re\u0301sume\u0301"));
    }

    @Test
    void curlyApostropheBetweenLettersBecomesAscii() {
        assertEquals("The council's vote", cleaner.clean("The council\u2019s vote"));
    }

    @Test
    void curlyQuotesAndWordFinalApostrophesAreKept() {
        String text = "He called it \u201Ca fair deal\u201D for the farmers\u2019 union.";
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void htmlCharacterReferencesAreDecoded() {
        assertEquals("A \u00A31.5m fine & more", cleaner.clean("A &#163;1.5m fine &amp; more"));
    }

    @Test
    void hardWrappedLinesAreJoinedAndIndentStartsParagraph() {
        String raw = """
                    OSLO, June 2 - The harbour authority said on Tuesday that
                ferry traffic would resume next week after a two-month halt
                caused by repairs to the main pier.
                    Officials expect about 4,000 passengers a day once the
                service is back to its normal timetable.
                """;
        assertEquals(List.of(
                "OSLO, June 2 - The harbour authority said on Tuesday that ferry traffic would resume next week"
                        + " after a two-month halt caused by repairs to the main pier.",
                "Officials expect about 4,000 passengers a day once the service is back to its normal timetable."),
                paragraphs(raw));
    }

    @Test
    void wrappedCompoundBrokenAtHyphenIsJoinedWithoutSpace() {
        String raw = """
                    The committee approved a long-term plan for the region's
                railway network and a state-
                funded programme of station repairs over the next decade.
                    A vote in parliament is expected later this year.
                """;
        assertTrue(paragraphs(raw).get(0).contains("state-funded programme"));
    }

    @Test
    void blankLineSeparatedParagraphsStaySeparate() {
        String raw = "Markets rallied on Friday after the central bank held rates steady and signalled patience.\n\n"
                + "Analysts had expected a cut of a quarter point.\n\n"
                + "The currency rose against the dollar.";
        assertEquals(3, paragraphs(raw).size());
    }

    @Test
    void onePerLineParagraphsStaySeparate() {
        String raw = "The minister arrived in the capital on Sunday evening for two days of talks with officials.\n"
                + "She is expected to sign an agreement on energy cooperation before leaving on Tuesday morning.\n"
                + "Her visit is the first by a foreign minister from her country in more than a decade.\n";
        assertEquals(3, paragraphs(raw).size());
    }

    @Test
    void outputParagraphsAreJoinedWithABlankLine() {
        assertEquals("First paragraph here.\n\nSecond paragraph here.",
                cleaner.clean("First paragraph here.\nSecond paragraph here.\n"));
    }

    @Test
    void repeatedParagraphsAreKeptOnce() {
        String para1 = "The river rose two metres overnight, flooding the lower town.";
        String para2 = "Residents were moved to a school on higher ground.";
        String raw = para1 + "\n" + para2 + "\n" + para1 + "\n" + para2.replace(" ", "  ") + "\n";
        assertEquals(List.of(para1, para2), paragraphs(raw));
    }

    @Test
    void paywallDropsItsLineAndEverythingAfter() {
        String raw = """
                The new bridge will open to traffic in the spring, the transport ministry said on Monday.
                Work on the approach roads is nearly finished.
                You've reached your limit of 5 free articles this month.
                Subscribe now for unlimited access.
                Premium Monthly
                Exclusive stories written by our editors every day for our readers
                """;
        assertEquals(List.of("The new bridge will open to traffic in the spring, the transport ministry said on Monday.",
                "Work on the approach roads is nearly finished."), paragraphs(raw));
    }

    @Test
    void paywallLineInPageHeaderDoesNotEraseTheArticle() {
        String raw = "Already subscribed? Log in\n\nThe harvest was the largest in twenty years, farmers said on Friday.";
        assertEquals(List.of("The harvest was the largest in twenty years, farmers said on Friday."), paragraphs(raw));
    }

    @Test
    void toContinueReadingPromptIsAPaywall() {
        String raw = "Shipping rates fell for a third week as demand for containers eased across Asia.\n"
                + "Please log in to continue reading.\nMore text behind the wall.";
        assertEquals(1, paragraphs(raw).size());
    }

    @Test
    void priceListLinesAreDropped() {
        String raw = """
                Tourism revenue rose by a fifth last year, the statistics office said in its annual report.
                \u20AC4.99
                3 Months
                \u00A39/Month
                $49
                1 Year
                """;
        assertEquals(List.of("Tourism revenue rose by a fifth last year, the statistics office said in its annual report."),
                paragraphs(raw));
    }

    @Test
    void durationLineOutsideAPriceListIsKept() {
        String raw = "Revenue for the period was flat.\n\nNine months\n\n6 months\n\nNet profit rose.";
        assertTrue(paragraphs(raw).contains("6 months"));
    }

    @Test
    void promptsAndAdvertisementsAreDropped() {
        String raw = """
                Home | World | Europe | Business
                The port strike ended after nine days when unions accepted a new pay offer from employers.
                Advertisement
                Share this article
                Facebook Twitter WhatsApp Email
                Follow us on Instagram for more stories
                Sign up for our morning newsletter
                Read more: Dock workers walk out over pay
                Get the latest news and live updates on examplenews.com every day
                Support The Daily Example!
                Dockers will return to work on Monday.
                Read more
                """;
        assertEquals(List.of("The port strike ended after nine days when unions accepted a new pay offer from employers.",
                "Dockers will return to work on Monday."), paragraphs(raw));
    }

    @Test
    void breadcrumbWithChevronsIsDropped() {
        String raw = "News \u00BB Asia \u00BB Economy\n\nExports rose in March for the first time in a year.";
        assertEquals(List.of("Exports rose in March for the first time in a year."), paragraphs(raw));
    }

    @Test
    void captionEndingWithBareAgencyCreditIsDropped() {
        String raw = "Rescue teams search the rubble in the old town. (AFP)\n"
                + "Rescue teams searched the rubble of the old town on Thursday after the quake struck before dawn.\n"
                + "A woman walks past a damaged shop. (Photo: Jane Roe)\n";
        CleanedText cleaned = cleaner.cleanToParagraphs(raw);
        assertEquals(List.of("Rescue teams searched the rubble of the old town on Thursday after the quake struck before dawn."),
                cleaned.paragraphs());
        assertTrue(cleaned.droppedLines().contains("Rescue teams search the rubble in the old town. (AFP)"));
    }

    @Test
    void longParagraphEndingWithCreditKeepsItsText() {
        String para = "The agreement, which took three years to negotiate, sets out rules for fishing in shared waters,"
                + " limits catches of cod and herring, and creates a joint commission to monitor stocks and settle"
                + " disputes between the two countries' fleets. (Reuters)";
        String cleaned = cleaner.clean(para);
        assertTrue(cleaned.endsWith("fleets."), cleaned);
    }

    @Test
    void wireSignOffAtTheEndIsDropped() {
        String raw = """
                    TOKYO, May 5 - The trade ministry said exports of cars rose
                sharply in April, helped by strong demand in North America and
                a weaker currency.
                 Reuter
                """;
        assertFalse(cleaner.clean(raw).contains("Reuter"));
    }

    @Test
    void wrappedWordsThatLookLikeButtonsAreKept() {
        String raw = """
                    The company said its board had approved a dividend of 10 cts per
                share.
                    Its chief executive said the board was confident about the
                outlook for the second half of the year, a spokesman told
                Reuters.
                    Results for the first quarter are due next month, the company
                said in a statement issued after the close of trading.
                """;
        String cleaned = cleaner.clean(raw);
        assertTrue(cleaned.contains("10 cts per share."), cleaned);
        assertTrue(cleaned.contains("told Reuters."), cleaned);
    }

    @Test
    void wrappedLineEndingInAcronymIsNotACaption() {
        String raw = """
                    The plant will make large scale integrated circuits
                for the European market and is expected to employ 300 people.
                    It will be run by Example Holdings S.A. (Exho)
                in partnership with a local bank, the company said.
                """;
        assertTrue(cleaner.clean(raw).contains("S.A. (Exho) in partnership"));
    }

    @Test
    void firstParagraphSetOffByBlankLineIsReported() {
        assertTrue(cleaner.cleanToParagraphs("Headline here\n\nBody text follows here.").leadSetOff());
        assertFalse(cleaner.cleanToParagraphs("Headline here\nBody text follows here.").leadSetOff());
    }
}
