package newsgraph.extract;

import static newsgraph.extract.MeetingExtractorTest.assertParticipants;
import static newsgraph.extract.MeetingExtractorTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleMeta;

/**
 * The meeting rules of who takes part, where and when, as news tells them: a people named by its
 * demonym, a leader described by nationality, a scene told at a meeting, the place of a journey the
 * meeting serves, the story's day for a meeting its lead reports, a body's meeting told twice.
 */
class MeetingRulesTest extends ExtractionFixture {
    /** A Wednesday. */
    static final LocalDate WED_MAR_13 = LocalDate.of(2024, 3, 13);

    /** A wire story filed from {@code city} on {@code day}. */
    private static ExtractedArticle wire(String city, LocalDate day, String text) {
        return run(new Article("t", Path.of("t.txt"), text, new ArticleMeta(null, day, city, null, List.of())));
    }

    // ------------------------------------------------------------------ who

    @Test
    void aPeopleNamedByItsDemonymIsItsGovernment() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski spoke to reporters on Monday. She noted the "
                + "Brazilians are trying to negotiate a new accord with the Paris Club.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, "gov:BR", key(x, "Paris Club"));
    }

    @Test
    void aLeaderDescribedByNationalityIsThePersonTheStoryNamed() {
        ExtractedArticle x = run("President Daniel Mwangi of Kenya begins a state visit to Poland on Tuesday. "
                + "The Kenyan leader will hold talks with Prime Minister Anna Kowalski.", WED_MAR_13);
        MeetingRecord talks = x.meetings().stream().filter(m -> m.kind().equals("talks")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertParticipants(x, talks, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"));
    }

    @Test
    void aPronounAfterAnOpeningPhraseIsNotThePersonNamedInIt() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi arrived in Amsterdam on Thursday. At a conference hosted "
                + "by Dutch Finance Minister Pieter de Vries on Friday, he called for lower tariffs.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Pieter de Vries"));
    }

    @Test
    void anOpeningPhraseWhoseCommaEndsTheSentenceIsNoError() {
        ExtractedArticle x = run("At the summit in Vienna with Anna Kowalski,", WED_MAR_13);
        assertTrue(x.meetings().size() <= 1, describeMeetings(x));
    }

    @Test
    void theSpeakerAndTheOneToldAtADinnerWereThere() {
        ExtractedArticle x = run("A new biography says Mr Okafor hosted a dinner in May 2019 where the governor "
                + "told Mr Adeyemi he would resign.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().containsAll(List.of(key(x, "Okafor"), key(x, "Adeyemi"))), describeMeetings(x));
        assertEquals("2019-05", m.date().iso());
    }

    @Test
    void atThatMeetingTheSpeakerAndTheOneSpokenToWereThere() {
        ExtractedArticle x = run("Anna Kowalski asked Daniel Mwangi to come to Warsaw. At that meeting Mwangi "
                + "admitted to Kowalski that the deal had failed.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"));
    }

    @Test
    void theSubjectOfAClauseWithoutAVerbIsNotMet() {
        ExtractedArticle x = run("There were two earlier state visits. President Anna Kowalski visited in 2015 and "
                + "President Daniel Mwangi in 2019.", WED_MAR_13);
        assertTrue(x.meetings().stream().noneMatch(m -> m.participants().size() == 2
                && m.participants().containsAll(List.of(key(x, "Anna Kowalski"), key(x, "Daniel Mwangi")))),
                describeMeetings(x));
    }

    @Test
    void meetingDemandsIsNoMeeting() {
        ExtractedArticle x = run("Poland has already taken steps to meet EU targets for emissions.", WED_MAR_13);
        assertEquals(List.of(), x.meetings(), describeMeetings(x));
    }

    @Test
    void receivingAThingIsNoMeeting() {
        for (String text : List.of("Acme Corp said its Acme Daniel unit received a contract from Northern Chemicals "
                + "Corp covering construction of a power plant in Houston, Texas.",
                "Polish Prime Minister Anna Kowalski received a letter from Kenyan President Daniel Mwangi on Monday.")) {
            ExtractedArticle x = run(text, WED_MAR_13);
            assertEquals(List.of(), x.meetings(), text + "\n" + describeMeetings(x));
        }
    }

    @Test
    void receivingAPersonIsAMeeting() {
        ExtractedArticle x = run("Polish Prime Minister Anna Kowalski received Kenyan President Daniel Mwangi in Warsaw "
                + "on Monday.", WED_MAR_13);
        assertEquals(1, x.meetings().size(), describeMeetings(x));
    }

    @Test
    void aJourneyToANamedPlaceWhoseNameStartsWithAnAdjectiveIsAVisit() {
        ExtractedArticle x = run("Anna Kowalski and Daniel Mwangi went to South Africa in June.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("visit", m.kind());
        assertEquals("ZA", m.place().countryIso());
        assertTrue(m.participants().contains("gov:ZA"), describeMeetings(x));
    }

    @Test
    void anInvitationToABodysMeetingIsThatMeetingNotAVisit() {
        ExtractedArticle x = run("Kenya has been invited to take part in the G20 summit taking place in Rome on "
                + "Friday.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("conference", m.kind());
        assertTrue(m.participants().containsAll(List.of("gov:KE", key(x, "G20"))), describeMeetings(x));
        assertTrue(!m.participants().contains("gov:IT"), "Rome is the place, not a host: " + describeMeetings(x));
    }

    // ------------------------------------------------------------------ where

    @Test
    void talksDuringAVisitAreWhereTheVisitIs() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi will begin a visit to Warsaw on Tuesday. He will "
                + "hold talks with Prime Minister Anna Kowalski.", WED_MAR_13);
        MeetingRecord talks = x.meetings().stream().filter(m -> m.kind().equals("talks")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertEquals("Warsaw", talks.place().label(), describeMeetings(x));
    }

    @Test
    void wherePointsBackToThePlaceOfTheMeeting() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi arrived in Poland on Sunday after flying from "
                + "Brazil, where he met President Luiz Silva.", WED_MAR_13);
        MeetingRecord m = x.meetings().stream().filter(r -> r.kind().equals("meeting")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertEquals("BR", m.place().countryIso(), describeMeetings(x));
    }

    @Test
    void theDestinationOfAJourneyToMeetIsThePlace() {
        ExtractedArticle x = run("Anna Kowalski prepared to travel to Nairobi to meet Kenyan President Daniel Mwangi.",
                WED_MAR_13);
        MeetingRecord m = x.meetings().stream().filter(r -> r.kind().equals("meeting")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertEquals("Nairobi", m.place().label());
    }

    @Test
    void talksThatBeginWhenTheyReturnToAPlaceAreThere() {
        ExtractedArticle x = run("Anna Kowalski will begin talks with Daniel Mwangi as soon as they return to Vienna.",
                WED_MAR_13);
        assertEquals("Vienna", only(x).place().label());
    }

    @Test
    void talksBeforeAJourneyAreNotAtItsDestination() {
        ExtractedArticle x = run("Anna Kowalski held talks with Daniel Mwangi before they flew to Vienna.", WED_MAR_13);
        assertNull(only(x).place(), describeMeetings(x));
    }

    // ------------------------------------------------------------------ when

    @Test
    void aMeetingTheLeadReportsHeldIsOnTheStorysDay() {
        ExtractedArticle x = wire("Lima", WED_MAR_13, "Trade ministers of the African Union ended a meeting "
                + "here after agreeing to cut tariffs on farm goods.");
        MeetingRecord m = only(x);
        assertEquals("2024-03-13", m.date().iso());
        assertEquals("Lima", m.place().label());
    }

    @Test
    void anEarlierMeetingOrOneWithATimeIsNotOnTheStorysDay() {
        ExtractedArticle x = wire("Lima", WED_MAR_13, "The ministers of the African Union had met in Quito to "
                + "discuss tariffs.");
        assertNull(only(x).date(), describeMeetings(x));
        ExtractedArticle y = wire("Lima", WED_MAR_13, "The African Union ended a meeting in Quito last year.");
        assertEquals("2023", only(y).date().iso());
    }

    @Test
    void withoutADatelineTheStorysDayIsNotGuessed() {
        ExtractedArticle x = run("Trade ministers of the African Union ended a meeting after agreeing to cut "
                + "tariffs on farm goods.", WED_MAR_13);
        assertNull(only(x).date(), describeMeetings(x));
    }

    // ------------------------------------------------------------------ one event

    @Test
    void aBodysMeetingToldAgainInAnotherTenseIsOneMeeting() {
        ExtractedArticle x = run("India, which attends the G20 meeting of leading economies on Friday, is unlikely "
                + "to stay quiet. Mr Sharma is attending the G20 meeting as a guest.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().containsAll(List.of("gov:IN", key(x, "G20"))), describeMeetings(x));
    }
}
