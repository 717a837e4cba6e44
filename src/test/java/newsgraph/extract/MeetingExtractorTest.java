package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Meetings, talks, calls and visits from whole articles, as a reader of the graph expects them. */
class MeetingExtractorTest extends ExtractionFixture {
    /** A Wednesday, the day before the leap day. */
    static final LocalDate WED_FEB_28 = LocalDate.of(2024, 2, 28);
    /** A Friday. */
    static final LocalDate FRI_MAR_1 = LocalDate.of(2024, 3, 1);
    /** A Wednesday. */
    static final LocalDate WED_MAR_13 = LocalDate.of(2024, 3, 13);
    /** A Sunday: "on Tuesday" in the present tense is the coming one. */
    static final LocalDate SUN_MAR_17 = LocalDate.of(2024, 3, 17);

    static MeetingRecord only(ExtractedArticle x) {
        assertEquals(1, x.meetings().size(), describeMeetings(x));
        return x.meetings().get(0);
    }

    static void assertParticipants(ExtractedArticle x, MeetingRecord m, String... keys) {
        assertEquals(Set.of(keys), Set.copyOf(m.participants()), describeMeetings(x));
        assertEquals(keys.length, m.participants().size(), "no duplicates: " + m.participants());
        for (String k : m.participants()) {
            assertTrue(hasActorKey(x, k), "participant " + k + " has an actor record");
        }
    }

    private static void assertEvidenceInArticle(ExtractedArticle x, MeetingRecord m) {
        for (Evidence e : m.evidence()) {
            assertEquals("t", e.docId());
            assertTrue(e.sentenceBegin() <= e.begin() && e.end() <= e.sentenceEnd());
            assertTrue(e.end() <= x.article().text().length());
        }
    }

    // ------------------------------------------------------------------ status and date

    @Test
    void willMeetInViennaOnTuesdayIsPlannedWithPlaceAndDate() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski will meet Kenyan President Daniel Mwangi "
                + "in Vienna on Tuesday.", WED_FEB_28);
        MeetingRecord m = only(x);
        assertEquals("meeting", m.kind());
        assertEquals("planned", m.status());
        assertEquals("036", m.cameo());
        assertEquals("meet", m.trigger());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
        assertNotNull(m.place());
        assertEquals("Vienna", m.place().label());
        assertEquals("AT", m.place().countryIso());
        // the Tuesday after Wednesday 28 February 2024 crosses the leap day into March
        assertNotNull(m.date());
        assertEquals(DateValue.Precision.DAY, m.date().precision());
        assertEquals("2024-03-05", m.date().iso());
        assertEquals(DayOfWeek.TUESDAY, m.date().start().getDayOfWeek());
        assertEquals(1, m.evidence().size());
        Evidence e = m.evidence().get(0);
        assertEquals("meet", x.article().text().substring(e.begin(), e.end()));
        assertEvidenceInArticle(x, m);
    }

    @Test
    void metOnMondayIsHeldOnThePastMonday() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski met Kenyan President Daniel Mwangi on Monday.", FRI_MAR_1);
        MeetingRecord m = only(x);
        assertEquals("meeting", m.kind());
        assertEquals("held", m.status());
        assertEquals("040", m.cameo());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
        assertNull(m.place());
        // Friday 1 March 2024: the Monday before is 26 February
        assertEquals("2024-02-26", m.date().iso());
        assertEquals(DayOfWeek.MONDAY, m.date().start().getDayOfWeek());
    }

    @Test
    void heldTalksWith() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski held talks with Kenyan President Daniel Mwangi.",
                WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("talks", m.kind());
        assertEquals("held", m.status());
        assertEquals("040", m.cameo());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
        assertNull(m.date(), "no date in the sentence");
    }

    // ------------------------------------------------------------------ calls

    @Test
    void spokeByTelephoneIsACall() {
        ExtractedArticle x = run("Anna Kowalski and Daniel Mwangi spoke by telephone on Monday.", FRI_MAR_1);
        MeetingRecord m = only(x);
        assertEquals("call", m.kind());
        assertEquals("041", m.cameo());
        assertEquals("held", m.status());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
        assertEquals("2024-02-26", m.date().iso());
    }

    @Test
    void spokeByTelephoneWithIsACall() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi spoke by telephone with Polish Foreign Minister Anna Kowalski "
                + "on Monday.", FRI_MAR_1);
        MeetingRecord m = only(x);
        assertEquals("call", m.kind());
        assertEquals("041", m.cameo());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
    }

    
    @Test
    void titledPeopleSpokeByTelephoneIsACall() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski and Kenyan President Daniel Mwangi spoke by telephone "
                + "on Monday.", FRI_MAR_1);
        MeetingRecord m = only(x);
        assertEquals("call", m.kind());
        assertEquals("041", m.cameo());
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
    }

    @Test
    void calledForACeasefireIsNotACall() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi called for a ceasefire in the region.", WED_MAR_13);
        assertTrue(x.meetings().isEmpty(), describeMeetings(x));
    }

    // ------------------------------------------------------------------ visits and invitations

    @Test
    void dueToVisitWarsawNextWeekIsAPlannedVisitToThePolishGovernment() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi is due to visit Warsaw next week.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("visit", m.kind());
        assertEquals("planned", m.status());
        assertEquals("036", m.cameo());
        assertParticipants(x, m, key(x, "Daniel Mwangi"), "gov:PL");
        ActorRecord gov = actorKeyed(x, "gov:PL");
        assertEquals("Government of Poland", gov.name());
        assertEquals(ActorType.GOVERNMENT, gov.type());
        assertEquals("Warsaw", m.place().label());
        assertEquals("PL", m.place().countryIso());
        // weeks resolve to the month of the week's Monday (18 March 2024)
        assertEquals(DateValue.month(LocalDate.of(2024, 3, 18)), m.date());
    }

    
    @Test
    void invitedToMoscowIsAProposedVisit() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi invited Polish Foreign Minister Anna Kowalski to Moscow.",
                WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("proposed", m.status());
        assertEquals("036", m.cameo());
        assertTrue(m.participants().contains(key(x, "Daniel Mwangi")), describeMeetings(x));
        assertTrue(m.participants().contains(key(x, "Anna Kowalski")), describeMeetings(x));
        assertEquals("Moscow", m.place().label());
    }

    
    @Test
    void invitedToVisitIncludesTheInvitee() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi invited Polish Foreign Minister Anna Kowalski to visit Nairobi.",
                WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("visit", m.kind());
        assertEquals("proposed", m.status());
        assertTrue(m.participants().contains(key(x, "Anna Kowalski")), describeMeetings(x));
        assertTrue(m.participants().contains(key(x, "Daniel Mwangi")), describeMeetings(x));
        assertEquals("Nairobi", m.place().label());
    }

    @Test
    void declinedAnInvitationToVisit() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi declined an invitation to visit Poland.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("visit", m.kind());
        assertEquals("declined", m.status());
        assertParticipants(x, m, key(x, "Daniel Mwangi"), "gov:PL");
    }

    @Test
    void couldNotVisitIsDeclined() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi could not visit Poland because of the floods.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("visit", m.kind());
        assertEquals("declined", m.status());
        assertParticipants(x, m, key(x, "Daniel Mwangi"), "gov:PL");
    }

    // ------------------------------------------------------------------ participants

    @Test
    void meetingBetweenThreePeople() {
        ExtractedArticle x = run("A meeting between Kenyan President Daniel Mwangi, Polish Foreign Minister Anna Kowalski "
                + "and Chilean President Jorge Fuentes took place in Vienna on Monday.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("meeting", m.kind());
        assertEquals("held", m.status());
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"), key(x, "Jorge Fuentes"));
        assertEquals("Vienna", m.place().label());
        assertEquals("2024-03-11", m.date().iso());
    }

    @Test
    void possessiveTalksWith() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi's talks with Polish Foreign Minister Anna Kowalski "
                + "lasted three hours.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("talks", m.kind());
        assertEquals("held", m.status());
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"));
    }

    
    @Test
    void countryAfterANameIsNotAParticipant() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi met Foreign Minister Anna Kowalski of Poland on Monday.",
                FRI_MAR_1);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"));
    }

    @Test
    void hostedDemonymDelegationsForSeparateTalksAreTwoMeetings() {
        ExtractedArticle x = run("Austria hosted Kenyan and Chilean delegations for separate talks on Friday.", WED_MAR_13);
        assertEquals(2, x.meetings().size(), describeMeetings(x));
        List<Set<String>> parts = x.meetings().stream().map(m -> Set.copyOf(m.participants())).toList();
        assertTrue(parts.contains(Set.of("gov:AT", "gov:KE")), describeMeetings(x));
        assertTrue(parts.contains(Set.of("gov:AT", "gov:CL")), describeMeetings(x));
        for (MeetingRecord m : x.meetings()) {
            assertEquals("held", m.status());
            assertEquals("2024-03-08", m.date().iso());
        }
    }

    
    @Test
    void hostedDelegationsFromTwoCountriesForSeparateTalksAreTwoMeetings() {
        ExtractedArticle x = run("Austria hosted delegations from Kenya and Chile for separate talks on Friday.", WED_MAR_13);
        assertEquals(2, x.meetings().size(), describeMeetings(x));
        List<Set<String>> parts = x.meetings().stream().map(m -> Set.copyOf(m.participants())).toList();
        assertTrue(parts.contains(Set.of("gov:AT", "gov:KE")), describeMeetings(x));
        assertTrue(parts.contains(Set.of("gov:AT", "gov:CL")), describeMeetings(x));
    }

    // ------------------------------------------------------------------ identity of meetings

    @Test
    void oneMeetingToldInTwoSentencesIsOneRecordWithTwoEvidences() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski met Kenyan President Daniel Mwangi in Vienna on Monday."
                + "\n\nThe meeting between Kowalski and Mwangi lasted two hours.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
        assertEquals(2, m.evidence().size());
        assertTrue(m.evidence().get(0).sentenceBegin() != m.evidence().get(1).sentenceBegin());
        assertEquals("Vienna", m.place().label());
        assertEquals("2024-03-11", m.date().iso());
        assertEvidenceInArticle(x, m);
    }

    @Test
    void meetingsOnTwoDaysStayTwo() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi met Polish Foreign Minister Anna Kowalski in Vienna on Monday. "
                + "Mwangi and Kowalski met again on Tuesday.", WED_MAR_13);
        assertEquals(2, x.meetings().size(), describeMeetings(x));
        assertEquals(Set.of("2024-03-11", "2024-03-12"),
                Set.of(x.meetings().get(0).date().iso(), x.meetings().get(1).date().iso()));
    }

    @Test
    void talksWithoutParticipantsYieldNothing() {
        ExtractedArticle x = run("The talks ended without agreement.", WED_MAR_13);
        assertTrue(x.meetings().isEmpty(), describeMeetings(x));
    }

    @Test
    void speakerAtTheStartOfTalksTakesPart() {
        ExtractedArticle x = run("\"We value this partnership,\" the agency quoted Polish Deputy Foreign Minister Anna Kowalski "
                + "as saying at the start of talks with Kenyan Deputy Foreign Minister Daniel Mwangi.", WED_MAR_13);
        MeetingRecord m = x.meetings().stream().filter(r -> r.participants().contains(key(x, "Daniel Mwangi")))
                .findFirst().orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertTrue(m.participants().contains(key(x, "Anna Kowalski")), describeMeetings(x));
        assertEquals("held", m.status());
    }

    @Test
    void speakerAfterTalksTakesPart() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi said after talks with Polish Foreign Minister Anna Kowalski "
                + "that trade would grow.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().containsAll(List.of(key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"))),
                describeMeetings(x));
    }

    @Test
    void hostedRoundToldAgainWithTheNamesOfItsSidesIsOneMeeting() {
        ExtractedArticle x = run("Austria hosted a Kenyan delegation for talks on Friday. "
                + "Austrian Deputy Foreign Minister Anna Kowalski held talks with Kenya's Deputy Foreign Minister "
                + "Daniel Mwangi.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().containsAll(List.of("gov:AT", "gov:KE", key(x, "Anna Kowalski"),
                key(x, "Daniel Mwangi"))), describeMeetings(x));
        assertEquals(2, m.evidence().size());
    }

    @Test
    void talksOfOtherSidesStayApart() {
        ExtractedArticle x = run("Austria hosted a Kenyan delegation for talks on Friday. "
                + "Chilean Deputy Foreign Minister Anna Kowalski held talks with Kenya's Deputy Foreign Minister "
                + "Daniel Mwangi.", WED_MAR_13);
        assertEquals(2, x.meetings().size(), describeMeetings(x));
    }

    @Test
    void separateRoundsOfOneHostShareTheVenueToldLater() {
        ExtractedArticle x = run("Austria hosted Kenyan and Chilean delegations for separate talks on Friday. "
                + "As well as the Kenyan diplomats, a Chilean government delegation was also in Vienna for talks "
                + "on Friday.", WED_MAR_13);
        assertEquals(2, x.meetings().size(), describeMeetings(x));
        for (MeetingRecord m : x.meetings()) {
            assertNotNull(m.place(), describeMeetings(x));
            assertEquals("Vienna", m.place().label());
        }
    }

    @Test
    void agreedToAttendAConferenceNamedByItsCity() {
        ExtractedArticle x = run("The Kenya Farmers Union agreed last week to attend the Vienna conference but insisted "
                + "there could be no role for the ministry in Chile.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("conference", m.kind());
        assertEquals("planned", m.status());
        assertEquals("Vienna", m.place().label());
        assertEquals(1, m.participants().size(), describeMeetings(x));
    }

    @Test
    void aConferenceNamedByItsCityWithoutAttendeesYieldsNothing() {
        ExtractedArticle x = run("The planned Vienna peace conference was delayed again.", WED_MAR_13);
        assertTrue(x.meetings().isEmpty(), describeMeetings(x));
    }

    @Test
    void theTwoMenOfASentenceThatNamesTwoPeople() {
        ExtractedArticle x = run("\"Polish Foreign Minister Anna Kowalski and I agreed to try,\" Kenyan President Daniel Mwangi "
                + "told a newspaper on Monday, referring to a telephone conversation the two men had on Sunday.", WED_MAR_13);
        MeetingRecord m = x.meetings().stream().filter(r -> r.kind().equals("call")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertParticipants(x, m, key(x, "Daniel Mwangi"), key(x, "Anna Kowalski"));
        assertEquals("held", m.status());
    }

    @Test
    void theTwoMenAmongThreePeopleIsNoGuess() {
        ExtractedArticle x = run("Kenyan President Daniel Mwangi, Polish Foreign Minister Anna Kowalski and Chilean envoy "
                + "Pedro Rojas spoke of a telephone conversation the two men had on Sunday.", WED_MAR_13);
        assertTrue(x.meetings().stream().noneMatch(r -> r.kind().equals("call")), describeMeetings(x));
    }

    // ------------------------------------------------------------------ a body's own meeting

    /** An article filed from a dateline city. */
    private static ExtractedArticle filedFrom(String dateline, String text, LocalDate published) {
        return run(new newsgraph.ingest.Article("t", java.nio.file.Path.of("t.txt"), text,
                new newsgraph.ingest.ArticleMeta(null, published, dateline, null, List.of())));
    }

    @Test
    void aBodyNamedBeforeTheMeetingNounMeetsAlone() {
        ExtractedArticle x = run("Traders expect little from the NATO meeting in Vienna on Thursday.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals(1, m.participants().size(), describeMeetings(x));
        assertEquals("Vienna", m.place().label());
        assertEquals("2024-03-14", m.date().iso());
    }

    @Test
    void theMeetingsOfTwoBodiesNamedByAnOfPhrase() {
        ExtractedArticle x = run("Ministers will travel to the spring meetings of the International Monetary Fund "
                + "and the World Bank next month.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals(2, m.participants().size(), describeMeetings(x));
        assertEquals("2024-04", m.date().iso());
    }

    @Test
    void aBodyThatMeetsIsAMeetingOfOne() {
        ExtractedArticle x = run("Diplomats said NATO will meet on Friday to discuss the crisis.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals(1, m.participants().size(), describeMeetings(x));
        assertEquals("planned", m.status());
        assertEquals("2024-03-15", m.date().iso());
    }

    @Test
    void membersOfABodyEndedTalksWhereTheStoryWasFiled() {
        ExtractedArticle x = filedFrom("Vienna", "Defence ministers of NATO have ended talks on the crisis.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals(1, m.participants().size(), describeMeetings(x));
        assertEquals("held", m.status());
        assertEquals("Vienna", m.place().label(), "a meeting held with no place told is in the dateline city");
    }

    @Test
    void aMeetingHereIsInTheDatelineCity() {
        ExtractedArticle x = filedFrom("Vienna", "NATO defence ministers will hold a meeting here next week.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("Vienna", m.place().label());
        assertEquals("planned", m.status());
    }

    @Test
    void aPlannedMeetingDoesNotTakeTheDatelineCity() {
        ExtractedArticle x = filedFrom("Vienna", "NATO defence ministers will meet next week.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertNull(m.place(), describeMeetings(x));
    }

    @Test
    void aCompanyThatReceivesAnOrderHoldsNoMeeting() {
        ExtractedArticle x = run("Acme Corp received a new order on Monday.", WED_MAR_13);
        assertTrue(x.meetings().isEmpty(), describeMeetings(x));
    }

    @Test
    void theOneToldIsNotTheSubject() {
        ExtractedArticle x = run("Officials told the Kenya Farmers Union NATO would meet on Friday.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals(1, m.participants().size(), describeMeetings(x));
        assertTrue(m.participants().get(0).contains("nato"), describeMeetings(x));
    }

    @Test
    void theAntecedentOfWhichAttendsTheMeeting() {
        ExtractedArticle x = run("Brazil, which attends the NATO meeting on Friday as a guest, is unlikely to speak.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().contains("gov:BR"), describeMeetings(x));
        assertEquals(2, m.participants().size(), describeMeetings(x));
    }

    @Test
    void attendingAMeetingIsUnderWay() {
        ExtractedArticle x = run("Brazil is attending the NATO summit in Vienna as an observer.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertEquals("held", m.status());
        assertTrue(m.participants().contains("gov:BR"), describeMeetings(x));
    }

    // ------------------------------------------------------------------ one participant with a place

    @Test
    void someoneAtAMeetingWhosePlaceIsTold() {
        ExtractedArticle x = run("At a meeting in Geneva, World Bank president Anna Kowalski said the plan would work.",
                WED_MAR_13);
        MeetingRecord m = only(x);
        assertTrue(m.participants().contains(key(x, "Anna Kowalski")), describeMeetings(x));
        assertEquals("Geneva", m.place().label());
    }

    @Test
    void aPronounAfterAnOpeningPhraseTakesPart() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski arrived on Monday. At a conference hosted by "
                + "Kenyan President Daniel Mwangi, she said the plan would work.", WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
    }

    // ------------------------------------------------------------------ visits and dates told before

    @Test
    void aStateVisitWithoutDestinationTakesTheVisitorsCountry() {
        ExtractedArticle x = run("President Daniel Mwangi of Kenya begins a state visit on Tuesday.", SUN_MAR_17);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Daniel Mwangi"), "gov:KE");
        assertEquals("2024-03-19", m.date().iso());
    }

    @Test
    void duringTheVisitTakesTheDateOfTheVisitToldBefore() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski begins a visit to Kenya on Tuesday. "
                + "She will hold talks with President Daniel Mwangi during the visit, her first since she took office "
                + "in May 2019.", SUN_MAR_17);
        MeetingRecord talks = x.meetings().stream().filter(r -> r.kind().equals("talks")).findFirst()
                .orElseThrow(() -> new AssertionError(describeMeetings(x)));
        assertNotNull(talks.date(), describeMeetings(x));
        assertEquals("2024-03-19", talks.date().iso(), "the visit's day, not the day a term began");
    }

    @Test
    void plurals() {
        ExtractedArticle x = run("Polish Foreign Minister Anna Kowalski held meetings with Kenyan President Daniel Mwangi.",
                WED_MAR_13);
        MeetingRecord m = only(x);
        assertParticipants(x, m, key(x, "Anna Kowalski"), key(x, "Daniel Mwangi"));
    }
}
