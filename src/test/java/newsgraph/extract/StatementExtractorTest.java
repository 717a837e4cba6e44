package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Statements (direct quotes and reported speech) from whole articles, as a reader of the graph expects them. */
class StatementExtractorTest extends ExtractionFixture {
    /** A Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    private static ExtractedArticle x(String text) {
        return run(text, PUBLISHED);
    }

    /** Every evidence of the statement covers exactly its text in the article. */
    private static void assertEvidenceCoversText(ExtractedArticle x, StatementRecord s) {
        assertTrue(!s.evidence().isEmpty(), "no evidence");
        for (Evidence e : s.evidence()) {
            assertEquals("t", e.docId());
            assertEquals(s.text(), x.article().text().substring(e.begin(), e.end()), "evidence range");
            assertTrue(e.sentenceBegin() <= e.begin() && e.end() <= e.sentenceEnd(), "evidence inside its sentence");
        }
    }

    /** The surfaces (as written in the article) of the organisation the statement came through. */
    private static String viaOutletAlias(ExtractedArticle x, StatementRecord s) {
        assertNotNull(s.via(), "no via: " + describeStatements(x));
        ActorRecord outlet = actorKeyed(x, s.via());
        assertEquals(ActorType.ORGANIZATION, outlet.type());
        StringBuilder b = new StringBuilder(String.join("|", outlet.aliases()));
        for (Evidence e : outlet.mentions()) {
            b.append('|').append(x.article().text(), e.begin(), e.end());
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ "X said (on Monday) (that) ..."

    @Test
    void saidOnMondayThatGivesTheContentWithoutCueOrSpeaker() {
        ExtractedArticle x = x("Foreign Minister Anna Kowalski of Poland said on Monday that the border would stay open.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("the border would stay open", s.text());
        assertEquals("indirect", s.kind());
        assertEquals("say", s.cue());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertNull(s.sourceDescription());
        assertNull(s.via());
        assertEquals(1, x.statements().size());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void aQuotationInsideTheContentKeepsBothMarks() {
        String text = "said that they served \"no current purpose\", he said";
        int[] r = StatementExtractor.trimRange(text, text.indexOf("they"), text.indexOf(", he"));
        assertEquals("they served \"no current purpose\"", text.substring(r[0], r[1]));
        String curly = "was \u201cspeculation\u201d.";
        int[] c = StatementExtractor.trimRange(curly, 0, curly.length());
        assertEquals("was \u201cspeculation\u201d", curly.substring(c[0], c[1]));
        String both = "\"We will win,\" she said";
        int[] q = StatementExtractor.trimRange(both, 0, both.indexOf(" she"));
        assertEquals("We will win", both.substring(q[0], q[1])); // a whole quotation loses its marks as before
    }

    @Test
    void aTrailingAttributionIsNotPartOfTheContent() {
        ExtractedArticle x = x("Anna Kowalski spoke on Monday. Official guidance said the files should be kept for a year, Ms Kowalski said.");
        StatementRecord s = statementWith(x, "files");
        assertEquals("the files should be kept for a year", s.text());
    }

    @Test
    void aPortfolioBetweenTitleAndNameLeavesThePersonTheSpeaker() {
        ExtractedArticle x = x("Green Party spokeswoman for transport Helen Marsh said: \"The new line will cost far too much.\"");
        StatementRecord s = statementWith(x, "new line");
        assertEquals(key(x, "Helen Marsh"), s.speaker());
    }

    @Test
    void saidOnMondayWithoutThat() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi said on Monday the army would stay in the north.");
        StatementRecord s = statementWith(x, "army");
        assertEquals("the army would stay in the north", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void saidOnMondayDatesTheStatement() {
        ExtractedArticle x = x("Foreign Minister Anna Kowalski of Poland said on Monday that the border would stay open.");
        StatementRecord s = statementWith(x, "border");
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 11)), s.date());
    }

    @Test
    void invertedSaidOnTuesdayDatesTheStatement() {
        ExtractedArticle x = x("The border will stay open for trade, Polish Foreign Minister Anna Kowalski said on Tuesday.");
        assertEquals(DateValue.day(LocalDate.of(2024, 3, 12)), statementWith(x, "border").date());
    }

    @Test
    void aDateInsideTheContentIsNotTheStatementDate() {
        // "in August" is when the elections are, not when the president spoke
        ExtractedArticle x = x("Kenyan President Daniel Mwangi said the elections would be held in August.");
        assertNull(statementWith(x, "elections").date());
    }

    // ------------------------------------------------------------------ inverted attribution

    @Test
    void contentThenXSaid() {
        ExtractedArticle x = x("The border will stay open for trade, Polish Foreign Minister Anna Kowalski said on Tuesday.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("The border will stay open for trade", s.text());
        assertEquals("indirect", s.kind());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertEquals("say", s.cue());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void contentThenSaidX() {
        ExtractedArticle x = x("The border will stay open for trade, said Polish Foreign Minister Anna Kowalski.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("The border will stay open for trade", s.text());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertEvidenceCoversText(x, s);
    }

    
    @Test
    void contentThenSaidXWithRoleApposition() {
        ExtractedArticle x = x("The border will stay open for trade, said Anna Kowalski, Poland's foreign minister.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("The border will stay open for trade", s.text());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
    }

    // ------------------------------------------------------------------ tell, quote, cite

    @Test
    void toldReportersThat() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi told reporters that the elections would be held in August.");
        StatementRecord s = statementWith(x, "elections");
        assertEquals("the elections would be held in August", s.text());
        assertEquals("tell", s.cue());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertNull(s.via(), "reporters are no outlet");
        assertEvidenceCoversText(x, s);
    }

    @Test
    void toldAfpMakesTheAgencyTheChannel() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi told AFP that the elections would be held in August.");
        StatementRecord s = statementWith(x, "elections");
        assertEquals("the elections would be held in August", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEquals("tell", s.cue());
        assertTrue(viaOutletAlias(x, s).contains("AFP"));
    }

    @Test
    void toldAfpInAnInterview() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi told AFP in an interview that the army would stay in the north.");
        StatementRecord s = statementWith(x, "army");
        assertEquals("the army would stay in the north", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertTrue(viaOutletAlias(x, s).contains("AFP"));
    }

    @Test
    void quoteThenToldAfp() {
        ExtractedArticle x = x("\"The government will not resign,\" Polish Prime Minister Jan Nowak told AFP.");
        StatementRecord s = statementWith(x, "resign");
        assertEquals("direct", s.kind());
        assertEquals("The government will not resign", s.text());
        assertEquals(key(x, "Jan Nowak"), s.speaker());
        assertTrue(viaOutletAlias(x, s).contains("AFP"));
        assertEvidenceCoversText(x, s);
    }

    
    @Test
    void toldReutersWithoutThat() {
        ExtractedArticle x = x("Polish Prime Minister Jan Nowak told Reuters the government would not resign.");
        StatementRecord s = statementWith(x, "resign");
        assertEquals("the government would not resign", s.text());
        assertEquals(key(x, "Jan Nowak"), s.speaker());
        assertTrue(viaOutletAlias(x, s).contains("Reuters"));
    }

    @Test
    void wasQuotedAsSaying() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi was quoted as saying that the elections would be held in August.");
        StatementRecord s = statementWith(x, "elections");
        assertEquals("the elections would be held in August", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertNull(s.via());
    }

    
    @Test
    void wasQuotedAsSayingByAnAgency() {
        ExtractedArticle x = x("\"The government will not resign,\" Polish Prime Minister Jan Nowak was quoted as saying by Interfax.");
        StatementRecord s = statementWith(x, "resign");
        assertEquals(key(x, "Jan Nowak"), s.speaker());
        assertTrue(viaOutletAlias(x, s).contains("Interfax"));
    }

    @Test
    void interfaxQuotedXAsSaying() {
        ExtractedArticle x = x("Interfax quoted Foreign Minister Anna Kowalski as saying that the pipeline would be finished by winter.");
        StatementRecord s = statementWith(x, "pipeline");
        assertEquals("the pipeline would be finished by winter", s.text());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertEquals("quote", s.cue());
        assertTrue(viaOutletAlias(x, s).contains("Interfax"));
        assertNotEquals(s.via(), s.speaker());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void riaCitedXAsSaying() {
        ExtractedArticle x = x("RIA cited Foreign Minister Anna Kowalski as saying the pipeline would be finished by winter.");
        StatementRecord s = statementWith(x, "pipeline");
        assertEquals("the pipeline would be finished by winter", s.text());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertEquals("cite", s.cue());
        assertTrue(viaOutletAlias(x, s).contains("RIA"));
    }

    @Test
    void quoteThenInterfaxQuotedXAsSaying() {
        ExtractedArticle x = x("\"The government will not resign,\" Interfax quoted Polish Prime Minister Jan Nowak as saying.");
        StatementRecord s = statementWith(x, "resign");
        assertEquals("direct", s.kind());
        assertEquals("The government will not resign", s.text());
        assertEquals(key(x, "Jan Nowak"), s.speaker());
        assertTrue(viaOutletAlias(x, s).contains("Interfax"));
    }

    // ------------------------------------------------------------------ direct quotes

    @Test
    void aQuoteSplitByItsAttributionIsOneStatement() {
        // ANNOTATION.md: "A quote split by its attribution is one statement"; one evidence per part
        ExtractedArticle x = x("Kenyan President Daniel Mwangi spoke in Nairobi. \"We will not accept this,\" he said. "
                + "\"Our people deserve better.\"");
        StatementRecord s = statementWith(x, "accept");
        assertEquals("We will not accept this Our people deserve better", s.text());
        assertEquals("direct", s.kind());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEquals(1, x.statements().size());
        assertEquals(List.of("We will not accept this", "Our people deserve better"), evidenceTexts(x, s));
    }

    @Test
    void aNewParagraphsQuoteAfterAClosedOneIsAStatementOfItsOwn() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi spoke in Nairobi. \"We will not accept this,\" he said. "
                + "\"Our people deserve better.\"\n\n\"Nobody will be left behind.\"");
        StatementRecord s = statementWith(x, "left behind");
        assertEvidenceCoversText(x, s);
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEquals(2, x.statements().size());
    }

    @Test
    void aQuoteOverSeveralSentencesIsOneStatement() {
        ExtractedArticle x = x("Anna Kowalski said: \"The border will stay open. Trade must go on.\" The talks ended at noon.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("The border will stay open. Trade must go on", s.text());
        assertEquals(key(x, "Anna Kowalski"), s.speaker());
        assertEquals(List.of("The border will stay open", "Trade must go on"), evidenceTexts(x, s));
        ExtractedArticle y = x("\"The border will stay open. Trade must go on,\" Anna Kowalski told reporters in Warsaw.");
        assertEquals("The border will stay open. Trade must go on", statementWith(y, "border").text());
        assertEquals(key(y, "Anna Kowalski"), statementWith(y, "border").speaker());
    }

    @Test
    void theSecondPartOfAQuoteAfterItsAttributionInOneSentence() {
        ExtractedArticle x = x("\"The border will stay open,\" Anna Kowalski said, \"whatever the weather brings us.\"");
        assertEquals("The border will stay open whatever the weather brings us", statementWith(x, "border").text());
    }

    @Test
    void aQuoteWithACueOfItsOwnStaysAStatementOfItsOwn() {
        ExtractedArticle x = x("\"We will win the vote,\" Anna Kowalski said. \"The rivals are far too weak,\" she added.");
        assertEquals("We will win the vote", statementWith(x, "vote").text());
        assertEquals("The rivals are far too weak", statementWith(x, "rivals").text());
    }

    @Test
    void aPhraseQuotedInReportedSpeechTakesNoQuoteAfterIt() {
        ExtractedArticle x = x("Anna Kowalski said the new tax was a \"costly mistake\" for the farmers of the region. "
                + "\"Nobody asked the farmers what they wanted.\"");
        assertTrue(x.statements().stream().noneMatch(s -> s.text().contains("costly") && s.text().contains("Nobody")),
                describeStatements(x));
    }

    @Test
    void aPhraseQuotedInsideReportedSpeechStaysInTheContent() {
        ExtractedArticle x = x("Anna Kowalski said the new law was \"impossible to enforce\" and open to challenge in court.");
        assertEquals("the new law was \"impossible to enforce\" and open to challenge in court",
                statementWith(x, "enforce").text());
    }

    @Test
    void addingAfterACommaIsAStatementOfTheSameSpeaker() {
        ExtractedArticle x = x("Anna Kowalski said the new tax was a \"costly mistake\" for the region, adding: "
                + "\"Nobody asked the farmers what they wanted.\"");
        StatementRecord first = statementWith(x, "costly");
        StatementRecord next = statementWith(x, "Nobody");
        assertEquals("the new tax was a \"costly mistake\" for the region", first.text());
        assertEquals("Nobody asked the farmers what they wanted", next.text());
        assertEquals(key(x, "Anna Kowalski"), first.speaker());
        assertEquals(key(x, "Anna Kowalski"), next.speaker());
    }

    @Test
    void sayingAfterAWhileClauseIsSaidByItsSubject() {
        ExtractedArticle x = x("Anna Kowalski turned the loan down, while Peter Lund accepted it, saying the terms were fair.");
        assertEquals(key(x, "Peter Lund"), statementWith(x, "terms").speaker());
    }

    @Test
    void whileAnotherSpeakerSaysEndsTheContent() {
        ExtractedArticle x = x("Anna Kowalski said the border would stay open while Peter Lund says the army will leave.");
        assertEquals("the border would stay open", statementWith(x, "border").text());
        assertEquals(key(x, "Peter Lund"), statementWith(x, "army").speaker());
    }

    @Test
    void anOpeningParticipleIsNoCueOfItsOwn() {
        ExtractedArticle x = x("Explaining the long delay, Anna Kowalski said: \"The trucks were stuck at the border.\"");
        assertEquals(1, x.statements().size(), describeStatements(x));
        assertEquals(key(x, "Anna Kowalski"), statementWith(x, "trucks").speaker());
    }

    /** The article's text under each evidence of {@code s}. */
    private static List<String> evidenceTexts(ExtractedArticle x, StatementRecord s) {
        return s.evidence().stream().map(e -> x.article().text().substring(e.begin(), e.end())).toList();
    }

    @Test
    void quoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        ExtractedArticle x = x("\"We will not accept this offer from the lenders,\" Kenyan President Daniel Mwangi said.\n\n"
                + "\"Our people deserve a fair deal and we will fight for it.\"");
        StatementRecord first = statementWith(x, "lenders");
        StatementRecord next = statementWith(x, "fair deal");
        assertEquals("Our people deserve a fair deal and we will fight for it", next.text());
        assertEquals("direct", next.kind());
        assertEquals(key(x, "Daniel Mwangi"), first.speaker());
        assertEquals(first.speaker(), next.speaker());
    }

    @Test
    void curlyQuotes() {
        ExtractedArticle x = x("Polish Prime Minister Jan Nowak arrived in Nairobi. \u201cWe came to listen,\u201d he said. "
                + "\u201cThen we will decide.\u201d");
        StatementRecord a = statementWith(x, "listen");
        assertEquals("We came to listen Then we will decide", a.text());
        assertEquals(key(x, "Jan Nowak"), a.speaker());
        assertEquals("direct", a.kind());
    }

    @Test
    void aSpokesmanSpeaksForTheBodyHeSpeaksFor() {
        ExtractedArticle x = x("\"We are looking at the rules,\" said a spokesman for Ofcom.");
        assertEquals(key(x, "Ofcom"), statementWith(x, "rules").speaker());
        ExtractedArticle y = x("Scotland Yard said the files had been found. A spokesman said nobody had been hurt."
                + " The inquiry would take a week, he said.");
        String yard = key(y, "Scotland Yard");
        assertEquals(yard, statementWith(y, "nobody").speaker());
        assertEquals(yard, statementWith(y, "inquiry").speaker());
    }

    @Test
    void itAndTheCompanySpeakForTheOrganisation() {
        ExtractedArticle x = x("Shares in Northern Shipping Corporation rose on Tuesday. It said sales would grow."
                + " The company said it would hire staff.");
        String acme = key(x, "Northern Shipping Corporation");
        assertEquals(acme, statementWith(x, "sales").speaker());
        assertEquals(acme, statementWith(x, "hire").speaker());
    }

    @Test
    void aSecondSpeakerAfterACommaEndsTheFirstContent() {
        ExtractedArticle x = x("Karl Weber spoke in Oslo on Monday.\n\nBut even before the club said the player would stay,"
                + " Peter Lund insisted he had no plan to leave.");
        assertEquals("the player would stay", statementWith(x, "player").text());
        StatementRecord s = statementWith(x, "leave");
        assertEquals("he had no plan to leave", s.text());
        assertEquals(key(x, "Peter Lund"), s.speaker());
    }
}
