package newsgraph.extract;

import static newsgraph.extract.Tense.FUTURE;
import static newsgraph.extract.Tense.PAST;
import static newsgraph.extract.Tense.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsgraph.extract.DateValue.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2013, 12, 31); // a Tuesday
    private static final LocalDate MID_NOVEMBER = LocalDate.of(2013, 11, 15);  // a Friday

    private final DateResolver resolver = new DateResolver();

    private List<TemporalMention> find(String text, LocalDate published, Tense tense) {
        return resolver.find(text, 0, published, tense);
    }

    /** The only mention in {@code text}. */
    private TemporalMention one(String text, LocalDate published, Tense tense) {
        List<TemporalMention> found = find(text, published, tense);
        assertEquals(1, found.size(), () -> "mentions in \"" + text + "\": " + found);
        return found.get(0);
    }

    private String iso(String text, LocalDate published, Tense tense) {
        return one(text, published, tense).value().iso();
    }

    // ---- weekdays ----

    @Test
    void weekdayAcrossYearEnd() {
        assertEquals("2014-01-06", iso("The envoys will meet on Monday.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2013-12-30", iso("The envoys met on Monday.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void weekdayAcrossMonthEnd() {
        LocalDate friday = LocalDate.of(2013, 11, 29);
        assertEquals("2013-12-03", iso("The vote is due on Tuesday.", friday, FUTURE));
        assertEquals("2013-11-26", iso("The vote took place on Tuesday.", friday, PAST));
    }

    @Test
    void sameWeekdayAsPublicationIsThatDay() {
        LocalDate monday = LocalDate.of(2013, 11, 25);
        for (Tense t : Tense.values()) {
            assertEquals("2013-11-25", iso("Ministers gather on Monday.", monday, t), t.name());
        }
    }

    @Test
    void presentTenseTakesNearestWeekday() {
        assertEquals("2013-12-30", iso("Talks open Monday.", NEW_YEARS_EVE, PRESENT));  // 1 day back
        assertEquals("2014-01-03", iso("Talks open Friday.", NEW_YEARS_EVE, PRESENT));  // 3 ahead, 4 back
    }

    @Test
    void lastAndNextWeekdayAreStrict() {
        LocalDate tuesday = NEW_YEARS_EVE;
        assertEquals("2013-12-24", iso("He left last Tuesday.", tuesday, PAST));
        assertEquals("2014-01-07", iso("He leaves next Tuesday.", tuesday, FUTURE));
    }

    @Test
    void weekdayWithPartOfDay() {
        TemporalMention m = one("Rebels shelled the town on Monday night.", NEW_YEARS_EVE, PAST);
        assertEquals("Monday night", m.text());
        assertEquals(DateValue.day(LocalDate.of(2013, 12, 30)), m.value());
    }

    // ---- day words ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "The summit opens today. | today | 2013-12-31",
        "Today's meeting was cancelled. | Today | 2013-12-31",
        "Crowds will gather tonight. | tonight | 2013-12-31",
        "He resigned yesterday. | yesterday | 2013-12-30",
        "She arrived yesterday afternoon. | yesterday afternoon | 2013-12-30",
        "The envoy flies out tomorrow. | tomorrow | 2014-01-01",
        "The letter came the day before yesterday. | the day before yesterday | 2013-12-29",
        "Results are due the day after tomorrow. | the day after tomorrow | 2014-01-02",
        "Gunfire was heard last night. | last night | 2013-12-30",
        "Police said this morning that two were held. | this morning | 2013-12-31",
    })
    void dayWords(String sentence, String expression, String expected) {
        TemporalMention m = one(sentence, NEW_YEARS_EVE, PRESENT);
        assertEquals(expression, m.text());
        assertEquals(expected, m.value().iso());
        assertEquals(Precision.DAY, m.value().precision());
    }

    @Test
    void newspaperTitleIsNotToday() {
        assertTrue(find("He told USA Today that he would run.", NEW_YEARS_EVE, PAST).isEmpty());
    }

    // ---- weeks, months, years relative to publication ----

    @Test
    void weeksResolveToTheMonthOfTheirMonday() {
        assertEquals("2014-01", iso("Talks resume next week.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2013-12", iso("Talks stalled last week.", NEW_YEARS_EVE, PAST));
        // Mon 2013-12-30 .. Sun 2014-01-05 straddles two months: filed under December
        TemporalMention m = one("Talks continue this week.", LocalDate.of(2014, 1, 2), PRESENT);
        assertEquals("2013-12", m.value().iso());
        assertEquals(Precision.MONTH, m.value().precision());
    }

    @Test
    void relativeMonthsAndYears() {
        assertEquals("2014-01", iso("Troops leave next month.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2013-11", iso("Troops arrived last month.", NEW_YEARS_EVE, PAST));
        assertEquals("2013-12", iso("Prices rose this month.", NEW_YEARS_EVE, PAST));
        assertEquals("2014", iso("Elections are planned for next year.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2012", iso("Last year's harvest failed.", NEW_YEARS_EVE, PAST));
        assertEquals(Precision.YEAR, one("It grew this year.", NEW_YEARS_EVE, PAST).value().precision());
    }

    @Test
    void endOfTheYear() {
        TemporalMention m = one("A deal is expected by the end of the year.", MID_NOVEMBER, FUTURE);
        assertEquals("the end of the year", m.text());
        assertEquals(DateValue.year(2013), m.value());
        TemporalMention next = one("Troops leave by the end of next year.", MID_NOVEMBER, FUTURE);
        assertEquals("the end of next year", next.text());
        assertEquals("2014", next.value().iso());
    }

    // ---- month and day ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "The accord was signed on November 25. | November 25",
        "The accord was signed on Nov. 25. | Nov. 25",
        "The accord was signed on Nov 25. | Nov 25",
        "The accord was signed on 25 November. | 25 November",
        "The accord was signed on the 25th of November. | the 25th of November",
        "The accord was signed on Monday, Nov. 25. | Monday, Nov. 25",
    })
    void monthDayForms(String sentence, String expression) {
        TemporalMention m = one(sentence, NEW_YEARS_EVE, PAST);
        assertEquals(expression, m.text());
        assertEquals("2013-11-25", m.value().iso());
    }

    @Test
    void fullDateIsAbsolute() {
        TemporalMention m = one("The accord was signed on November 25, 2013 in Geneva.", LocalDate.of(2015, 6, 1), FUTURE);
        assertEquals("November 25, 2013", m.text());
        assertEquals("2013-11-25", m.value().iso());
        assertEquals("2012-03-04", iso("Polls opened on 4 March 2012.", NEW_YEARS_EVE, PAST));
        assertEquals("2013-11-25", iso("Filed 2013-11-25 in Vienna.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void septemberAbbreviation() {
        assertEquals("2014-09-03", iso("The court will rule on Sept. 3.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2013-09-03", iso("The court ruled on Sept. 3.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void monthDayYearFollowsTense() {
        assertEquals("2014-01-05", iso("Voting will start on Jan. 5.", NEW_YEARS_EVE, FUTURE));
        assertEquals("2013-03-05", iso("Voting started on March 5.", NEW_YEARS_EVE, PAST));
        assertEquals("2014-01-05", iso("Voting starts on Jan. 5.", NEW_YEARS_EVE, PRESENT));
        assertEquals("2013-12-20", iso("The law took effect on Dec. 20.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void monthDayToleratesTheWrongSideWithinSlack() {
        // future tense, 11 days before publication: stale copy rather than a year ahead
        assertEquals("2013-12-20", iso("The law will take effect on Dec. 20.", NEW_YEARS_EVE, FUTURE));
        // future tense, 91 days before publication: next year
        assertEquals("2014-10-01", iso("The law will take effect on Oct. 1.", NEW_YEARS_EVE, FUTURE));
        // past tense, 20 days after publication: "was postponed to"
        assertEquals("2014-01-20", iso("The vote was postponed to Jan. 20.", NEW_YEARS_EVE, PAST));
        // ... which also holds when the past-tense verb is about the mention itself
        assertEquals("2014-01-05", iso("Voting started on Jan. 5.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void leapDayWithoutYear() {
        assertEquals("2012-02-29", iso("The decree was issued on February 29.", LocalDate.of(2013, 3, 1), PAST));
    }

    // ---- months alone ----

    @Test
    void monthAloneFollowsTense() {
        assertEquals("2013-05", iso("The strike began in May.", MID_NOVEMBER, PAST));
        assertEquals("2014-05", iso("The strike will begin in May.", MID_NOVEMBER, FUTURE));
        assertEquals("2013-11", iso("The strike began in November.", MID_NOVEMBER, PAST));
        assertEquals("2013-11", iso("The strike will end in November.", MID_NOVEMBER, FUTURE));
        assertEquals("2013-12", iso("The strike ends in December.", MID_NOVEMBER, PRESENT));
        assertEquals("2013-09", iso("The strike ends in September.", MID_NOVEMBER, PRESENT));
        assertEquals("2014-05", iso("The strike ends in May.", MID_NOVEMBER, PRESENT)); // tie: forward
        assertEquals(Precision.MONTH, one("It began in May.", MID_NOVEMBER, PAST).value().precision());
    }

    @Test
    void lastAndNextMonth() {
        assertEquals("2012-11", iso("Turnout was low last November.", MID_NOVEMBER, PAST));
        assertEquals("2014-11", iso("Turnout will be higher next November.", MID_NOVEMBER, FUTURE));
        assertEquals("2013-03", iso("It opened this March.", MID_NOVEMBER, PAST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Troops will withdraw by mid-December. | mid-December",
        "Troops will withdraw in early December. | early December",
        "Troops will withdraw in late December. | late December",
    })
    void qualifiedMonths(String sentence, String expression) {
        TemporalMention m = one(sentence, MID_NOVEMBER, FUTURE);
        assertEquals(expression, m.text());
        assertEquals(DateValue.month(LocalDate.of(2013, 12, 1)), m.value());
    }

    @Test
    void monthWithYear() {
        TemporalMention m = one("The mine closed in May 2012.", NEW_YEARS_EVE, PAST);
        assertEquals("May 2012", m.text());
        assertEquals("2012-05", m.value().iso());
    }

    // ---- years ----

    @Test
    void years() {
        TemporalMention in = one("The treaty expires in 2014.", NEW_YEARS_EVE, FUTURE);
        assertEquals("2014", in.text());
        assertEquals(DateValue.year(2014), in.value());
        assertEquals("2011", iso("The war has raged since 2011.", NEW_YEARS_EVE, PAST));
        TemporalMention mid = one("Output should recover by mid-2014.", NEW_YEARS_EVE, FUTURE);
        assertEquals("mid-2014", mid.text());
        assertEquals("2014", mid.value().iso());
    }

    @Test
    void countsAreNotYearsOrDays() {
        assertTrue(find("Some 2000 people marched.", NEW_YEARS_EVE, PAST).isEmpty());
        assertTrue(find("The blast killed 25 people.", NEW_YEARS_EVE, PAST).isEmpty());
        assertTrue(find("Turnout was 25 percent.", NEW_YEARS_EVE, PAST).isEmpty());
        TemporalMention m = one("In November 25 people were killed.", NEW_YEARS_EVE, PAST);
        assertEquals("November", m.text());
        assertEquals("2013-11", m.value().iso());
        assertEquals("November", one("In November 25,000 people fled.", NEW_YEARS_EVE, PAST).text());
    }

    // ---- words that only look like months ----

    @Test
    void modalMayIsNotAMonth() {
        assertTrue(find("The two leaders may meet in Geneva.", NEW_YEARS_EVE, FUTURE).isEmpty());
        assertTrue(find("May I add something?", NEW_YEARS_EVE, PRESENT).isEmpty());
        assertTrue(find("Theresa May said nothing.", NEW_YEARS_EVE, PAST).isEmpty());
        assertEquals("2013-05-05", iso("Talks began May 5.", NEW_YEARS_EVE, PAST));
        assertEquals("2013-05", iso("Talks began in early May.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void marchAsVerbIsNotAMonth() {
        TemporalMention m = one("Protesters will march on Monday.", NEW_YEARS_EVE, FUTURE);
        assertEquals("Monday", m.text());
        assertTrue(find("March on, the leader told the crowd.", NEW_YEARS_EVE, PRESENT).isEmpty());
        assertTrue(find("Protesters will march on the capital.", NEW_YEARS_EVE, FUTURE).isEmpty());
        assertEquals("2013-03", iso("Protests began in March.", NEW_YEARS_EVE, PAST));
    }

    @Test
    void lowercaseNamesAreIgnored() {
        assertTrue(find("They met on a sunny monday in may.", NEW_YEARS_EVE, PAST).isEmpty());
    }

    // ---- no publication date ----

    @Test
    void withoutPublicationDateRelativeMentionsStayUnresolved() {
        List<TemporalMention> found = find(
                "Talks that began on Monday will resume in May and end on November 25, 2013, or in 2014.",
                null, FUTURE);
        assertEquals(List.of("Monday", "May", "November 25, 2013", "2014"),
                found.stream().map(TemporalMention::text).toList());
        assertNull(found.get(0).value());
        assertNull(found.get(1).value());
        assertEquals("2013-11-25", found.get(2).value().iso());
        assertEquals("2014", found.get(3).value().iso());
        for (String relative : List.of("yesterday", "next week", "Nov. 25", "the end of the year")) {
            TemporalMention m = one("It happens " + relative + ".", null, PRESENT);
            assertEquals(relative, m.text());
            assertTrue(!m.resolved(), relative);
        }
    }

    // ---- offsets ----

    @Test
    void offsetsCoverTheExpressionAndIncludeBase() {
        String text = "Officials said on Monday that talks would resume in mid-December.";
        List<TemporalMention> found = resolver.find(text, 1000, NEW_YEARS_EVE, PAST);
        assertEquals(2, found.size());
        TemporalMention monday = found.get(0);
        assertEquals(1000 + text.indexOf("Monday"), monday.begin());
        assertEquals(monday.begin() + "Monday".length(), monday.end());
        TemporalMention december = found.get(1);
        assertEquals(1000 + text.indexOf("mid-December"), december.begin());
        assertEquals(1000 + text.length() - 1, december.end());
        assertEquals(text.substring(december.begin() - 1000, december.end() - 1000), december.text());
    }

    @Test
    void severalMentionsInTextOrder() {
        List<TemporalMention> found = find(
                "After yesterday's vote, the assembly meets again on Dec. 5 and Jan. 9.", MID_NOVEMBER, FUTURE);
        assertEquals(List.of("2013-11-14", "2013-12-05", "2014-01-09"),
                found.stream().map(m -> m.value().iso()).toList());
    }

    // ---- DateValue ----

    @Test
    void dateValueIsoAndNormalisation() {
        LocalDate d = LocalDate.of(2013, 11, 25);
        assertEquals("2013-11-25", DateValue.day(d).iso());
        assertEquals("2013-11", new DateValue(d, Precision.MONTH).iso());
        assertEquals("2013", new DateValue(d, Precision.YEAR).iso());
        assertEquals(LocalDate.of(2013, 11, 1), new DateValue(d, Precision.MONTH).start());
        assertEquals(LocalDate.of(2013, 11, 30), new DateValue(d, Precision.MONTH).end());
        assertEquals(LocalDate.of(2013, 12, 31), DateValue.year(2013).end());
    }
}
