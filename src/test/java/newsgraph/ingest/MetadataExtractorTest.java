package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void dateLineWithCapsHeadlineGivesDateAndTitle() {
        String raw = """
                 date 1991-05-04 HARBOUR TOLLS TO RISE <HBR> IN JULY
                    GDANSK, May 4 - The port authority said it would raise
                tolls for container ships by eight pct from July.
                    The increase follows two years of frozen charges.
                 Reuter
                """;
        Extraction e = extractor.extract(raw);
        assertEquals("HARBOUR TOLLS TO RISE <HBR> IN JULY", e.meta().title());
        assertEquals(LocalDate.of(1991, 5, 4), e.meta().published());
        assertEquals("Gdansk", e.meta().dateline());
        assertEquals("Reuters", e.meta().outlet());
        assertEquals(List.of("The port authority said it would raise tolls for container ships by eight pct from July.",
                "The increase follows two years of frozen charges."), e.paragraphs());
    }

    @Test
    void dateLineFollowedByBodyTextKeepsTheText() {
        String raw = " date 2009-08-12 LISBON (AFP) - Portugal's parliament approved a new budget on Wednesday.\n\n"
                + "The vote was 120 to 98.";
        Extraction e = extractor.extract(raw);
        assertNull(e.meta().title());
        assertEquals(LocalDate.of(2009, 8, 12), e.meta().published());
        assertEquals("Lisbon", e.meta().dateline());
        assertEquals("AFP", e.meta().outlet());
        assertTrue(e.text().startsWith("Portugal's parliament approved"), e.text());
    }

    @Test
    void datelineMonthDayWithoutYearLeavesDateUnknown() {
        Extraction e = extractor.extract("BALTIMORE, March 26 - The city council passed the measure by one vote.");
        assertEquals("Baltimore", e.meta().dateline());
        assertNull(e.meta().published());
        assertNull(e.meta().outlet());
        assertEquals("The city council passed the measure by one vote.", e.text());
    }

    @Test
    void theDatelinesDayWinsOverANearbyRecordDate() {
        Extraction e = extractor.extract(" date 1991-05-04 HARBOUR TOLLS TO RISE\n    GDANSK, May 5 - The port authority "
                + "said it would raise tolls.\n");
        assertEquals(LocalDate.of(1991, 5, 5), e.meta().published());
        Extraction yearEnd = extractor.extract(" date 1992-01-01 PORT CLOSED\n    GDANSK, Dec 31 - The port closed.\n");
        assertEquals(LocalDate.of(1991, 12, 31), yearEnd.meta().published());
    }

    @Test
    void aDatelineDayFarFromTheRecordDateLeavesTheRecordDate() {
        Extraction e = extractor.extract(" date 1991-05-04 HARBOUR TOLLS TO RISE\n    GDANSK, March 2 - The port authority "
                + "said it would raise tolls.\n");
        assertEquals(LocalDate.of(1991, 5, 4), e.meta().published());
    }

    @Test
    void datelineWithYearGivesTheDate() {
        Extraction e = extractor.extract("WASHINGTON, Nov 3, 2015 (AP) - Senators met late into the night.");
        assertEquals(LocalDate.of(2015, 11, 3), e.meta().published());
        assertEquals("AP", e.meta().outlet());
        assertEquals("Senators met late into the night.", e.text());
    }

    @Test
    void datelineWithAbbreviatedMonthAndAgency() {
        Extraction e = extractor.extract("NAIROBI, Sept. 9 (Xinhua) -- Rains have eased in the north.");
        assertEquals("Nairobi", e.meta().dateline());
        assertEquals("Xinhua", e.meta().outlet());
        assertEquals("Rains have eased in the north.", e.text());
    }

    @Test
    void datelineWithRegionAndEmDash() {
        Extraction e = extractor.extract("SPRINGFIELD, Ill. \u2014 Lawmakers adjourned without a budget.");
        assertEquals("Springfield", e.meta().dateline());
        assertEquals("Lawmakers adjourned without a budget.", e.text());
    }

    @Test
    void capsPlaceWithDashIsADateline() {
        Extraction e = extractor.extract("LONDON \u2014 Shares closed higher on Tuesday.");
        assertEquals("London", e.meta().dateline());
        assertEquals("Shares closed higher on Tuesday.", e.text());
    }

    @Test
    void multiWordCapsPlaceIsTitleCased() {
        Extraction e = extractor.extract("ST. LOUIS, April 2 - The brewery cut 200 jobs.");
        assertEquals("St. Louis", e.meta().dateline());
        assertEquals("Rio de Janeiro", Dateline.titleCase("RIO DE JANEIRO"));
        assertEquals("N'Djamena", Dateline.titleCase("N'DJAMENA"));
        assertEquals("Winston-Salem", Dateline.titleCase("WINSTON-SALEM"));
    }

    @Test
    void mixedCaseStartWithDashIsNotADateline() {
        String text = "Paris \u2014 a city of cafes \u2014 is losing its bookshops.";
        Extraction e = extractor.extract(text);
        assertNull(e.meta().dateline());
        assertEquals(text, e.text());
    }

    @Test
    void placeAloneOnALineIsADateline() {
        Extraction e = extractor.extract("Cairo, Egypt:\nThe central bank held interest rates on Thursday.\n");
        assertEquals("Cairo", e.meta().dateline());
        assertEquals("The central bank held interest rates on Thursday.", e.text());
    }

    @Test
    void speakerLabelIsNotADateline() {
        Extraction e = extractor.extract("Smith:\nWe will appeal the ruling.\n");
        assertNull(e.meta().dateline());
    }

    @Test
    void bylineFollowedByDatelineOnTheSameLine() {
        Extraction e = extractor.extract("By Jane Doe PARIS (Reuters) - France will cut fuel taxes, the minister said.");
        assertEquals(List.of("Jane Doe"), e.meta().authors());
        assertEquals("Paris", e.meta().dateline());
        assertEquals("Reuters", e.meta().outlet());
        assertEquals("France will cut fuel taxes, the minister said.", e.text());
    }

    @Test
    void bylineOnItsOwnLineWithSeveralAuthorsAndOutlet() {
        Extraction e = extractor.extract("By John Roe and Mary-Ann O'Neill, Example Wire\n"
                + "DUBLIN, Jan 4 - Ireland's economy grew faster than expected.\n");
        assertEquals(List.of("John Roe", "Mary-Ann O'Neill"), e.meta().authors());
        assertEquals("Example Wire", e.meta().outlet());
        assertEquals("Dublin", e.meta().dateline());
        assertEquals("Ireland's economy grew faster than expected.", e.text());
    }

    @Test
    void capitalisedBylineIsTitleCased() {
        Extraction e = extractor.extract("By PETER SMALL, Associated Press Writer\n\nThe storm moved east overnight.");
        assertEquals(List.of("Peter Small"), e.meta().authors());
        assertEquals("Associated Press", e.meta().outlet());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        String text = "By Monday Morning the rebels had taken the airport, residents said.";
        Extraction e = extractor.extract(text);
        assertEquals(List.of(), e.meta().authors());
        assertEquals(text, e.text());
    }

    @Test
    void creditsParagraphGivesAuthorsAndIsRemoved() {
        Extraction e = extractor.extract("""
                Officials said the road would reopen within a week.

                (Additional reporting by Ana Lima in Porto and Carl Berg; Writing by Dan Ruiz; Editing by Eve Tan)
                """);
        assertEquals(List.of("Ana Lima", "Carl Berg", "Dan Ruiz", "Eve Tan"), e.meta().authors());
        assertEquals("Officials said the road would reopen within a week.", e.text());
    }

    @Test
    void creditsClosingAParagraphAreCutOff() {
        Extraction e = extractor.extract("The talks will resume next month. (Reporting by Li Wei in Beijing,"
                + " Writing by Tom Hart, Editing by Sara Cole)");
        assertEquals(List.of("Li Wei", "Tom Hart", "Sara Cole"), e.meta().authors());
        assertEquals("The talks will resume next month.", e.text());
    }

    @Test
    void plainReportingCreditsLine() {
        Extraction e = extractor.extract("Prices rose again in May.\nReporting by Nina Holm; Editing by Olaf Berg\n");
        assertEquals(List.of("Nina Holm", "Olaf Berg"), e.meta().authors());
        assertEquals("Prices rose again in May.", e.text());
    }

    @Test
    void sentenceStartingWithReportingByIsKept() {
        String text = "Prices rose again in May.\n\nReporting by the state broadcaster showed queues at fuel stations.";
        Extraction e = extractor.extract(text);
        assertEquals(List.of(), e.meta().authors());
        assertEquals(2, e.paragraphs().size());
    }

    @Test
    void shortFirstLineSetOffByBlankLineIsTheTitle() {
        Extraction e = extractor.extract("Storm closes mountain passes\n\nHeavy snow closed three passes on Sunday.");
        assertEquals("Storm closes mountain passes", e.meta().title());
        assertEquals("Heavy snow closed three passes on Sunday.", e.text());
    }

    @Test
    void headlineWithEllipsisOrQuestionIsATitle() {
        assertEquals("Is the boom over...",
                extractor.extract("Is the boom over...\n\nHouse prices fell in May.").meta().title());
        assertEquals("Who pays for the new road?",
                extractor.extract("Who pays for the new road?\n\nThe council will vote on Monday.").meta().title());
    }

    @Test
    void firstSentenceIsNotATitle() {
        Extraction e = extractor.extract("The vote was delayed.\n\nIt will take place next week instead.");
        assertNull(e.meta().title());
        assertEquals(2, e.paragraphs().size());
    }

    @Test
    void firstLineWithoutBlankLineIsNotATitle() {
        Extraction e = extractor.extract("Storm closes mountain passes\nHeavy snow closed three passes on Sunday.\n");
        assertNull(e.meta().title());
    }

    @Test
    void titleIsFoundBelowAPageAppealAndTheAppealNamesTheOutlet() {
        Extraction e = extractor.extract("Support The Valley Courier!\n\nMill to close after 80 years\n\n"
                + "The paper mill will shut in June, its owners said.\n\nRead more");
        assertEquals("Mill to close after 80 years", e.meta().title());
        assertEquals("The Valley Courier", e.meta().outlet());
        assertEquals("The paper mill will shut in June, its owners said.", e.text());
    }

    @Test
    void captionCreditNamesTheOutletWhenNothingElseDoes() {
        Extraction e = extractor.extract("Farmers protest outside the ministry. (EFE)\n"
                + "Farmers protested outside the agriculture ministry on Monday against cuts to subsidies.\n");
        assertEquals("EFE", e.meta().outlet());
        assertEquals("Farmers protested outside the agriculture ministry on Monday against cuts to subsidies.", e.text());
    }

    @Test
    void datelineAgencyOutranksOtherClues() {
        Extraction e = extractor.extract("Support The Valley Courier!\nKIEV (AFP) - Talks resumed on Friday.\n");
        assertEquals("AFP", e.meta().outlet());
    }
}
