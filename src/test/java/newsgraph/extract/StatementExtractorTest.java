package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

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
    void splitQuoteGivesTwoDirectStatementsOfOneSpeaker() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi spoke in Nairobi. \"We will not accept this,\" he said. "
                + "\"Our people deserve better.\"");
        StatementRecord a = statementWith(x, "accept");
        StatementRecord b = statementWith(x, "deserve");
        assertEquals("We will not accept this", a.text());
        assertEquals("Our people deserve better", b.text());
        assertEquals("direct", a.kind());
        assertEquals("direct", b.kind());
        assertEquals(key(x, "Daniel Mwangi"), a.speaker());
        assertEquals(a.speaker(), b.speaker());
        assertEvidenceCoversText(x, a);
    }

    
    @Test
    void continuationQuoteEvidenceCoversExactlyItsText() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi spoke in Nairobi. \"We will not accept this,\" he said. "
                + "\"Our people deserve better.\"\n\n\"Nobody will be left behind.\"");
        assertEvidenceCoversText(x, statementWith(x, "deserve"));
        assertEvidenceCoversText(x, statementWith(x, "left behind"));
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
        StatementRecord b = statementWith(x, "decide");
        assertEquals("We came to listen", a.text());
        assertEquals("Then we will decide", b.text());
        assertEquals(key(x, "Jan Nowak"), a.speaker());
        assertEquals(key(x, "Jan Nowak"), b.speaker());
        assertEquals("direct", a.kind());
    }

    @Test
    void singleCurlyQuotes() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi opened the summit. \u2018We will not accept this offer,\u2019 he said.");
        StatementRecord s = statementWith(x, "offer");
        assertEquals("We will not accept this offer", s.text());
        assertEquals("direct", s.kind());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    @Test
    void guillemets() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi opened the summit. \u00abWe will not accept this offer\u00bb, he said.");
        StatementRecord s = statementWith(x, "offer");
        assertEquals("We will not accept this offer", s.text());
        assertEquals("direct", s.kind());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void colonThenQuote() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi said: \"We will not accept this offer.\"");
        StatementRecord s = statementWith(x, "offer");
        assertEquals("We will not accept this offer", s.text());
        assertEquals("direct", s.kind());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    // ------------------------------------------------------------------ who speaks

    @Test
    void pronounSpeakerIsTheLastPersonNamed() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi welcomed Chilean President Jorge Fuentes on Monday. "
                + "Later, Polish Prime Minister Jan Nowak arrived. \"This is a historic day for all of us,\" he said.");
        StatementRecord s = statementWith(x, "historic");
        assertEquals("This is a historic day for all of us", s.text());
        assertEquals(key(x, "Jan Nowak"), s.speaker());
    }

    @Test
    void pronounInReportedSpeech() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi met Polish Foreign Minister Anna Kowalski. "
                + "Later he said the talks had gone well.");
        StatementRecord s = statementWith(x, "talks");
        assertEquals("the talks had gone well", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    @Test
    void aPronounAfterAQuoteIsNobodyTheQuoteNames() {
        ExtractedArticle x = x("The plan did not impress opposition spokesman Tomasz Nowak. "
                + "\"Anna Kowalski wants to scrap the Brandt report but has no idea what to put in its place,\" he said.");
        assertEquals(key(x, "Tomasz Nowak"), statementWith(x, "Brandt").speaker());
    }

    @Test
    void shePronounResolvesToTheWomanLastNamed() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi met Polish Foreign Minister Anna Kowalski on Monday. "
                + "\"We agreed on everything,\" she said.");
        assertEquals(key(x, "Anna Kowalski"), statementWith(x, "agreed").speaker());
        ExtractedArticle y = x("Polish Foreign Minister Anna Kowalski met Kenyan President Daniel Mwangi on Monday. "
                + "\"We agreed on everything,\" he said.");
        assertEquals(key(y, "Daniel Mwangi"), statementWith(y, "agreed").speaker());
    }

    @Test
    void multiParagraphQuoteKeepsItsSpeaker() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi said: \"The money is there and the builders are ready.\n\n"
                + "\"Nobody will be left behind.\"");
        StatementRecord a = statementWith(x, "builders");
        StatementRecord b = statementWith(x, "left behind");
        assertEquals("The money is there and the builders are ready", a.text());
        assertEquals("Nobody will be left behind", b.text());
        assertEquals(key(x, "Daniel Mwangi"), a.speaker());
        assertEquals(a.speaker(), b.speaker());
    }

    @Test
    void unnamedSourceKeepsItsDescription() {
        ExtractedArticle x = x("Foreign Minister Anna Kowalski of Poland arrived in Nairobi. "
                + "A senior diplomatic source said the visit had been planned for months.");
        StatementRecord s = statementWith(x, "planned");
        assertEquals("the visit had been planned for months", s.text());
        assertNull(s.speaker(), "an unnamed source is nobody's key");
        assertNotNull(s.sourceDescription());
        assertTrue(s.sourceDescription().toLowerCase().contains("senior diplomatic source"), s.sourceDescription());
    }
    @Test
    void aLeadingConjunctionIsNotPartOfTheDescription() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi welcomed the plan. But opposition parties say it will not work.");
        StatementRecord s = statementWith(x, "not work");
        assertNull(s.speaker(), describeStatements(x));
        assertEquals("opposition parties", s.sourceDescription(), describeStatements(x));
    }

    @Test
    void unnamedOfficialByRoleKeepsTheDescription() {
        ExtractedArticle x = x("Poland's foreign minister said the border would stay open.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("the border would stay open", s.text());
        assertNotNull(s.sourceDescription(), describeStatements(x));
        assertTrue(s.sourceDescription().contains("foreign minister"), s.sourceDescription());
    }

    @Test
    void spokesmanOfXIsADescriptionNotX() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi's spokesman said the president would travel to Warsaw in May.");
        StatementRecord s = statementWith(x, "travel");
        assertEquals("the president would travel to Warsaw in May", s.text());
        assertNotEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertNull(s.speaker());
        assertNotNull(s.sourceDescription());
        assertTrue(s.sourceDescription().contains("spokesman"), s.sourceDescription());
    }
    @Test
    void spokesmanOfXIsADescriptionEvenAfterSentenceInitialPolish() {
        ExtractedArticle x = x("Polish Prime Minister Jan Nowak's spokesman said the visit had been postponed.");
        StatementRecord s = statementWith(x, "postponed");
        assertNull(s.speaker());
        assertNotNull(s.sourceDescription());
        assertTrue(s.sourceDescription().contains("spokesman"), s.sourceDescription());
    }

    
    @Test
    void spokeswomanForXIsADescriptionNotX() {
        ExtractedArticle x = x("A spokeswoman for Polish Prime Minister Jan Nowak said the visit had been postponed.");
        StatementRecord s = statementWith(x, "postponed");
        assertNotEquals(key(x, "Jan Nowak"), s.speaker());
        assertNotNull(s.sourceDescription());
        assertTrue(s.sourceDescription().contains("spokeswoman"), s.sourceDescription());
    }

    @Test
    void countryAsSpeakerIsItsGovernment() {
        ExtractedArticle x = x("Poland says the border will stay open.");
        StatementRecord s = statementWith(x, "border");
        assertEquals("the border will stay open", s.text());
        assertEquals("gov:PL", s.speaker());
        ActorRecord gov = actorKeyed(x, "gov:PL");
        assertEquals(ActorType.GOVERNMENT, gov.type());
        assertEquals("Government of Poland", gov.name());
        assertEquals("PL", gov.countryIso());
    }

    @Test
    void ministryAsSpeaker() {
        ExtractedArticle x = x("The Chilean Foreign Ministry said the ambassador had been recalled.");
        StatementRecord s = statementWith(x, "ambassador");
        assertEquals("the ambassador had been recalled", s.text());
        assertEquals(key(x, "Ministry of Foreign Affairs of Chile"), s.speaker());
    }

    // ------------------------------------------------------------------ cues

    @Test
    void declinedToCommentIsNoStatement() {
        assertTrue(x("Kenyan President Daniel Mwangi declined to comment on the report.").statements().isEmpty());
        assertTrue(x("Polish Prime Minister Jan Nowak did not comment on the report.").statements().isEmpty());
    }

    @Test
    void addedThat() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi added that the army would stay in the north.");
        StatementRecord s = statementWith(x, "army");
        assertEquals("the army would stay in the north", s.text());
        assertEquals("add", s.cue());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    @Test
    void insisted() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi insisted the army would stay in the north.");
        StatementRecord s = statementWith(x, "army");
        assertEquals("the army would stay in the north", s.text());
        assertEquals("insist", s.cue());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    @Test
    void warnedThat() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi warned that the drought would get worse.");
        StatementRecord s = statementWith(x, "drought");
        assertEquals("the drought would get worse", s.text());
        assertEquals("warn", s.cue());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
    }

    // ------------------------------------------------------------------ identity of statements

    @Test
    void quotePrintedTwiceIsOneStatementWithTwoEvidences() {
        ExtractedArticle x = x("\"We will rebuild every school,\" Kenyan President Daniel Mwangi said on Monday.\n\n"
                + "The pledge came after the floods. \"We will rebuild every school,\" Mwangi said again on Tuesday.");
        StatementRecord s = statementWith(x, "rebuild");
        assertEquals(1, x.statements().size(), describeStatements(x));
        assertEquals("We will rebuild every school", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEquals(2, s.evidence().size());
        assertNotEquals(s.evidence().get(0).begin(), s.evidence().get(1).begin());
        assertEvidenceCoversText(x, s);
    }

    @Test
    void partialQuoteCarryingTheVerbIsADirectStatement() {
        ExtractedArticle x = x("Kenyan President Daniel Mwangi said the new deal would \"change everything for our farmers\".");
        StatementRecord s = statementWith(x, "change everything");
        assertEquals("direct", s.kind());
        assertEquals("change everything for our farmers", s.text());
        assertEquals(key(x, "Daniel Mwangi"), s.speaker());
        assertEvidenceCoversText(x, s);
    }

    // ------------------------------------------------------------------ who speaks across sentences (issue 18)

    @Test
    void aGerundOpensTheContent() {
        ExtractedArticle x = x("Anna Kowalski said existing rules should be relaxed.");
        assertEquals("existing rules should be relaxed", statementWith(x, "rules").text());
    }

    @Test
    void theAddresseeOfToldIsNotTheSpeakerAndAnAppositionIsSkipped() {
        ExtractedArticle x = x("\"We will win,\" Yurij Petrov, deputy head of the bank, told Reuters.");
        StatementRecord s = statementWith(x, "win");
        assertEquals(key(x, "Yurij Petrov"), s.speaker());
        assertEquals(key(x, "Reuters"), s.via());
        ExtractedArticle y = x("Prices will rise, Anna Kowalski, the economist, said.");
        assertEquals("Prices will rise", statementWith(y, "Prices").text());
        assertEquals(key(y, "Anna Kowalski"), statementWith(y, "Prices").speaker());
    }

    @Test
    void aTrailingHeSaidSaysTheWholeSentence() {
        ExtractedArticle x = x("Karl Weber welcomed the accord in Oslo. All partners had agreed that the krone was stable, he said.");
        StatementRecord s = statementWith(x, "krone");
        assertEquals("All partners had agreed that the krone was stable", s.text());
        assertEquals(key(x, "Karl Weber"), s.speaker());
    }

    @Test
    void aPronounAfterTheContentMeansSomeoneNamedBeforeIt() {
        ExtractedArticle x = x("Karl Weber spoke in Oslo on Monday. Peter Lund's plan would fail, he said.");
        assertEquals(key(x, "Karl Weber"), statementWith(x, "plan").speaker());
    }

    @Test
    void heContinuesTheLatestSpeakerOverANameInAnOpeningPhrase() {
        ExtractedArticle x = x("Karl Weber said prices would rise. At a dinner hosted by Peter Lund on Friday, he said wages"
                + " would follow.");
        assertEquals(key(x, "Karl Weber"), statementWith(x, "wages").speaker());
    }

    @Test
    void aNewSubjectTakesOverThePronoun() {
        ExtractedArticle x = x("Karl Weber said prices would rise. Peter Lund disagreed on Tuesday. He said wages would fall.");
        assertEquals(key(x, "Peter Lund"), statementWith(x, "wages").speaker());
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
}
