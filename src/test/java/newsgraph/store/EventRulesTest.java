package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import newsgraph.rdf.IriMinter;
import newsgraph.store.EventRules.MeetingMention;
import newsgraph.store.EventRules.StatementMention;

/** The merge rules of issue 14, on mentions written for the test. */
class EventRulesTest {
    private static final String KERRY = IriMinter.actor("person:john kerry");
    private static final String LAVROV = IriMinter.actor("person:sergei lavrov");
    private static final String UN = IriMinter.actor("org:united nations");
    private static final String GENEVA = IriMinter.place("Geneva", "CH");
    private static final String SWITZERLAND = IriMinter.country("CH");
    private static final String PARIS = IriMinter.place("Paris", "FR");

    private static MeetingMention meeting(String doc, String date, String place, String status, String... who) {
        String country = place == null ? null : place.equals(PARIS) ? "FR" : "CH";
        return new MeetingMention(IriMinter.meeting(doc, 0), doc, Set.of(who), date, place, country, status, "meeting");
    }

    private static MeetingMention kerryLavrov(String doc, String date, String place, String status) {
        return meeting(doc, date, place, status, KERRY, LAVROV);
    }

    @Test
    void datesOfDifferentPrecision() {
        assertEquals(3, EventRules.dates("2013-11-25", "2013-11-25", false), "same day");
        assertEquals(1, EventRules.dates("2013-11", "2013-11-25", false), "the month contains the day");
        assertEquals(1, EventRules.dates("2013-11-25", "2013-11", false));
        assertEquals(2, EventRules.dates("2013-11", "2013-11", false), "same month");
        assertEquals(-1, EventRules.dates("2013-12", "2013-11-25", false), "another month");
        assertEquals(-1, EventRules.dates("2013-11-25", "2013-11-26", false), "another day");
        assertEquals(-1, EventRules.dates("2013", "2013-11-25", false), "a year is too vague across stories");
        assertEquals(1, EventRules.dates("2013", "2013-11-25", true), "but not between near-duplicates");
        assertEquals(-1, EventRules.dates(null, "2013-11-25", false), "an undated mention stays apart...");
        assertEquals(1, EventRules.dates(null, "2013-11-25", true), "...unless the articles are near-duplicates");
        assertEquals(-1, EventRules.dates("2013-11-24", "2013-11-25", true), "dates told differ even there");
    }

    @Test
    void governmentsInTheSameMonthAreOneEventOnlyBetweenNearDuplicates() {
        String us = IriMinter.actor("gov:US");
        String jp = IriMinter.actor("gov:JP");
        MeetingMention a = meeting("a", "1987-04-06", null, "held", us, jp);
        MeetingMention b = meeting("b", "1987-04", null, "planned", us, jp);
        assertEquals(-1, EventRules.meetings(a, b, false), "two governments meet many times a month");
        assertTrue(EventRules.meetings(a, b, true) > 0);
        assertTrue(EventRules.meetings(a, meeting("c", "1987-04-06", null, "held", us, jp), false) > 0, "the same day");
    }

    @Test
    void plannedThenHeldIsOneEvent() {
        assertTrue(EventRules.meetings(kerryLavrov("a", "2013-11-25", null, "planned"),
                kerryLavrov("b", "2013-11-25", null, "held"), false) > 0);
    }

    @Test
    void conflictingPlacesAreTwoEventsACountryAndACityInItOne() {
        assertEquals(-1, EventRules.meetings(kerryLavrov("a", "2013-11-25", GENEVA, "held"),
                kerryLavrov("b", "2013-11-25", PARIS, "held"), false));
        assertTrue(EventRules.meetings(kerryLavrov("a", "2013-11-25", GENEVA, "held"),
                kerryLavrov("b", "2013-11-25", SWITZERLAND, "held"), false) > 0);
        assertTrue(EventRules.meetings(kerryLavrov("a", "2013-11-25", GENEVA, "held"),
                kerryLavrov("b", "2013-11-25", null, "held"), false) > 0, "no place told: no conflict");
    }

    @Test
    void participantsAgreeWhenEqualOrOneSetHoldsTheOther() {
        assertEquals(2, EventRules.participants(Set.of(KERRY, LAVROV), Set.of(LAVROV, KERRY)));
        assertEquals(1, EventRules.participants(Set.of(KERRY, LAVROV), Set.of(LAVROV, KERRY, UN)));
        assertEquals(-1, EventRules.participants(Set.of(KERRY), Set.of(LAVROV, KERRY)), "one actor alone is too little");
        assertEquals(-1, EventRules.participants(Set.of(KERRY, UN), Set.of(LAVROV, KERRY)));
        assertEquals(EventRules.participantKey(IriMinter.actor("person:bashar assad")),
                EventRules.participantKey(IriMinter.actor("person:bashar al-assad")));
        assertNotEquals(EventRules.participantKey(IriMinter.actor("person:john smith")),
                EventRules.participantKey(IriMinter.actor("person:mary smith")));
    }

    @Test
    void aCallIsNotAMeetingAndOneArticleNeverMergesWithItself() {
        MeetingMention call = new MeetingMention(IriMinter.meeting("b", 0), "b", Set.of(KERRY, LAVROV), "2013-11-25",
                null, null, "held", "call");
        assertEquals(-1, EventRules.meetings(kerryLavrov("a", "2013-11-25", null, "held"), call, false));
        assertEquals(-1, EventRules.meetings(kerryLavrov("a", "2013-11-25", null, "held"),
                kerryLavrov("a", "2013-11-25", null, "held"), true));
    }

    /** Two meetings of one pair on two days stay two; a report of "November" joins one of them, never both. */
    @Test
    void twoMeetingsOfOnePairOnDifferentDaysStayTwo() {
        List<MeetingMention> ms = List.of(
                kerryLavrov("a", "2013-11-25", null, "held"),
                kerryLavrov("b", "2013-11-26", null, "held"),
                kerryLavrov("c", "2013-11-25", null, "planned"),
                kerryLavrov("d", "2013-11", null, "held"));
        EventLinker.Meetings kind = new EventLinker.Meetings(null, (x, y) -> false);
        int[] c = ClusterPass.group(ms, kind);
        assertEquals(c[0], c[2], "same day, planned then held");
        assertNotEquals(c[0], c[1], "another day");
        assertTrue(c[3] == c[0] || c[3] == c[1]);
        List<MeetingMention> back = new java.util.ArrayList<>(ms);
        java.util.Collections.reverse(back);
        int[] reversed = ClusterPass.group(back, kind);
        assertEquals(c[3] == c[0], reversed[0] == reversed[3], "the month report joins the same day in any order");
    }

    @Test
    void aClaimIsTheSameSpeakerSayingNearlyTheSameWords() {
        StatementMention a = new StatementMention("s1", "a", LAVROV, EventRules.words(
                "the talks should resolve all remaining questions before the conference"), "2013-11-15");
        StatementMention b = new StatementMention("s2", "b", LAVROV, EventRules.words(
                "The talks should resolve all the remaining questions before the conference."), null);
        StatementMention other = new StatementMention("s3", "c", KERRY, a.words(), "2013-11-15");
        StatementMention later = new StatementMention("s4", "d", LAVROV, a.words(), "2013-12-01");
        assertTrue(EventRules.statements(a, b, false) > 0);
        assertEquals(-1, EventRules.statements(a, other, false), "another speaker");
        assertEquals(-1, EventRules.statements(a, later, false), "said on another day");
        assertEquals(-1, EventRules.statements(a, new StatementMention("s5", "e", LAVROV,
                EventRules.words("the talks failed"), null), false));
    }

    /** Prefix filtering: every pair of one speaker's statements that is one claim shares a block, however the words fall. */
    @Test
    void claimsShareABlockWheneverTheRuleJoinsThem() {
        java.util.Random random = new java.util.Random(14);
        int joined = 0;
        int blocked = 0;
        for (int trial = 0; trial < 3000; trial++) {
            Set<String> a = new java.util.HashSet<>();
            int n = 4 + random.nextInt(30);
            while (a.size() < n) {
                a.add("w" + random.nextInt(200));
            }
            Set<String> b = new java.util.HashSet<>(a);
            for (int change = random.nextInt(1 + n / 4); change > 0; change--) {
                b.remove(b.iterator().next());
                b.add("v" + random.nextInt(200));
            }
            StatementMention x = new StatementMention("s1", "a", LAVROV, a, null);
            StatementMention y = new StatementMention("s2", "b", LAVROV, b, null);
            Set<String> shared = new java.util.HashSet<>(EventRules.claimBlocks(x));
            shared.retainAll(EventRules.claimBlocks(y));
            if (EventRules.statements(x, y, false) >= 0) {
                joined++;
                assertTrue(!shared.isEmpty(), a + " / " + b);
            }
            Set<String> c = new java.util.HashSet<>();
            while (c.size() < n) {
                c.add("w" + random.nextInt(200));
            }
            Set<String> unrelated = new java.util.HashSet<>(EventRules.claimBlocks(x));
            unrelated.retainAll(EventRules.claimBlocks(new StatementMention("s3", "c", LAVROV, c, null)));
            blocked += unrelated.isEmpty() ? 1 : 0;
        }
        assertTrue(joined > 300 && blocked > 300, joined + " joined, " + blocked + " unrelated kept apart by the blocks");
        assertEquals(List.of(), EventRules.claimBlocks(new StatementMention("s", "a", LAVROV, Set.of("no", "comment"), null)));
    }
}
