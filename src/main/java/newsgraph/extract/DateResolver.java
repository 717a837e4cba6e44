package newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;

import static newsgraph.extract.NearestDates.monthDayNear;
import static newsgraph.extract.NearestDates.monthNear;
import static newsgraph.extract.NearestDates.unitValue;
import static newsgraph.extract.NearestDates.weekdayNear;

/**
 * Finds temporal expressions in a sentence and resolves them against the article's publication date.
 *
 * <p>Choices for the ambiguous cases:
 * <ul>
 *   <li>Spans cover the expression itself, not a leading preposition: "on Monday night" gives
 *       "Monday night", "since 2011" gives "2011". Qualifiers are kept: "last Monday",
 *       "mid-December", "early next week", "the end of 2014". A qualifier never changes the value.</li>
 *   <li>Without a publication date, relative expressions (weekdays, today, next week, a month alone,
 *       a month-day without a year, ...) are still returned, with a null value, so the caller knows a
 *       time was mentioned; absolute ones ("November 25, 2013", "in 2014") resolve as usual.</li>
 *   <li>Weekdays: past tense gives the latest such day on or before publication, future tense the
 *       next one on or after it, present tense the nearer of the two. "last Monday" / "next Monday"
 *       are strictly before / after the publication day whatever the tense.</li>
 *   <li>Weeks are not a precision: "this/next/last week" resolve to the month (MONTH precision) of
 *       that week's Monday, so a week straddling two months is filed under the month it starts in.</li>
 *   <li>A month alone ("in May"): past tense gives the latest such month on or before the
 *       publication month, future the next one on or after it, present the nearer (ties go forward).
 *       "last May" / "next May" are strictly before / after the publication month, "this May" is in
 *       the publication year.</li>
 *   <li>A month-day without a year takes the year that puts it on the tense's side of publication
 *       (past: on or before, future: on or after), unless the other side has a candidate within
 *       {@value NearestDates#SLACK_DAYS} days of publication (stale copy, "was postponed to Dec. 5"); present
 *       tense takes the nearest, ties going forward.</li>
 *   <li>Words that are also months or names (May, March, April, June, August) count as a month alone
 *       only after in/on/since/until/by/of/early/late/mid/last/next/this/...; any month counts when
 *       followed by a day number or a year. Month and weekday names must be capitalized. Abbreviated
 *       months ("Nov.") need a day or a year.</li>
 *   <li>A bare year needs a preposition or qualifier before it ("in 2014", "since 2011",
 *       "by 2020", "mid-2014"), so counts like "2000 people" are ignored ("the 2014 election" too).</li>
 *   <li>"In November 25 people died": a month-day after "in" that is followed by a lowercase word is
 *       read as a month and a count, not a date.</li>
 * </ul>
 */
public final class DateResolver {

    private static final String YEAR = "(?<year>(?:19|20)\\d{2})\\b";
    /** A day number must not be the start of a bigger number or a percentage. */
    private static final String NOT_A_COUNT = "(?![.,]\\d)(?!\\s*(?:%|percent|per cent))";

    private static final Pattern ISO_DATE =
            Pattern.compile("\\b(?<year>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern BARE_YEAR =
            Pattern.compile("(?<![\\d.,$€£])\\b" + YEAR + "(?![.,]?\\d)(?!\\s*(?:%|percent))");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)(?<!USA\\s)\\b(?:"
            + "(?<before>the\\s+day\\s+before\\s+yesterday)"
            + "|(?<after>the\\s+day\\s+after\\s+tomorrow)"
            + "|(?<lastnight>last\\s+night)"
            + "|(?<thispart>this\\s+(?:morning|afternoon|evening))"
            + "|(?<w>today|tonight|yesterday|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?"
            + ")\\b");
    private static final Pattern RELATIVE_UNIT =
            Pattern.compile("(?i)\\b(?<mod>this|next|last)\\s+(?<unit>week|month|year)\\b");
    private static final Pattern END_OF_UNIT = Pattern.compile(
            "(?i)\\bthe\\s+(?:end|beginning|start|middle)\\s+of\\s+the\\s+(?<unit>week|month|year)\\b");
    private static final Pattern LOWERCASE_WORD_AHEAD = Pattern.compile("\\s+(?<w>[a-z]+)");

    // built from the lexicon's month and weekday names
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    private final Pattern monthAlone;
    private final Pattern weekday;

    /** Months that are also words or names ("may", "march"): alone, they need a word of time before them. */
    private final Set<String> ambiguousMonths;
    private final Set<String> monthContext;
    private final Set<String> yearContext;
    private final Set<String> linkingWords;
    private final Set<String> periodOpeners;

    /** With the lexicon shipped in the jar. */
    public DateResolver() {
        this(Lexicon.loadDefault());
    }

    public DateResolver(Lexicon lexicon) {
        String weekdays = capitalisedAlternatives(lexicon.weekdays);
        String months = capitalisedAlternatives(lexicon.months);
        // only abbreviations take a dot, so "in May." keeps its full stop
        String monthAny = "\\b(?<month>(?:" + months + ")\\b|(?:" + capitalisedAlternatives(lexicon.monthAbbreviations)
                + ")\\b\\.?)";
        String weekdayPrefix = "(?:\\b(?<wd>" + weekdays + "),?\\s+)?";
        monthDay = Pattern.compile(weekdayPrefix + monthAny
                + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b" + NOT_A_COUNT + "(?:,?\\s+" + YEAR + ")?");
        dayMonth = Pattern.compile(weekdayPrefix
                + "(?:\\b(?i:the)\\s+)?(?<![\\d.,])\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + monthAny
                + "(?:,?\\s+" + YEAR + ")?");
        monthYear = Pattern.compile(monthAny + ",?\\s+" + YEAR);
        monthAlone = Pattern.compile("(?:\\b(?<mod>(?i:last|next|this))\\s+)?\\b(?<month>" + months + ")\\b");
        weekday = Pattern.compile("(?:\\b(?<mod>(?i:last|next|this))\\s+)?"
                + "\\b(?<wd>" + weekdays + ")\\b(?:\\s+(?i:night|morning|afternoon|evening)\\b)?");
        ambiguousMonths = lexicon.ambiguousMonths;
        monthContext = lexicon.monthContextWords;
        yearContext = lexicon.yearContextWords;
        linkingWords = lexicon.dateLinkingWords;
        periodOpeners = lexicon.periodOpeners;
    }

    /** "monday|tuesday" as "Monday|Tuesday": names of days and months must be capitalised in the text. */
    private static String capitalisedAlternatives(Set<String> words) {
        return words.stream().sorted().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * Finds every temporal expression in {@code text} and resolves it.
     *
     * @param baseOffset added to every char offset, so mentions point into the caller's larger text
     * @param published  publication date, or null: relative expressions then get a null value
     * @param tense      tense of the sentence (see {@link #tenseOf}); null means PRESENT
     * @return mentions in text order, never overlapping
     */
    public List<TemporalMention> find(String text, int baseOffset, LocalDate published, Tense tense) {
        Objects.requireNonNull(text, "text");
        DateCandidates scan = new DateCandidates(text, published, tense == null ? Tense.PRESENT : tense);
        isoDates(scan);
        monthDays(scan, monthDay, true);
        monthDays(scan, dayMonth, false);
        monthYears(scan);
        monthsAlone(scan);
        bareYears(scan);
        weekdays(scan);
        dayWords(scan);
        relativeUnits(scan);
        endOfUnit(scan);
        return scan.mentions(baseOffset);
    }

    // ---- rules: each adds candidates; overlaps are settled afterwards, longest first ----

    private static void isoDates(DateCandidates s) {
        Matcher m = ISO_DATE.matcher(s.text);
        while (m.find()) {
            LocalDate d = dateOrNull(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            if (d != null) {
                s.add(m.start(), m.end(), DateValue.day(d));
            }
        }
    }

    private void monthDays(DateCandidates s, Pattern pattern, boolean monthFirst) {
        Matcher m = pattern.matcher(s.text);
        while (m.find()) {
            Month month = month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            String year = m.group("year");
            if (year != null) {
                LocalDate d = dateOrNull(Integer.parseInt(year), month.getValue(), day);
                if (d != null) {
                    s.add(m.start(), m.end(), DateValue.day(d));
                }
                continue;
            }
            if (day < 1 || day > month.maxLength()) {
                continue;
            }
            if (monthFirst && looksLikeCount(s.text, m)) {
                continue;
            }
            s.addRelative(m.start(), m.end(), () -> DateValue.day(monthDayNear(month, day, s.published, s.tense)));
        }
    }

    /** "In November 25 people died": after "in", a day number followed by a lowercase word is a count. */
    private boolean looksLikeCount(String text, Matcher m) {
        if (!"in".equals(precedingWord(text, m.start("month")))) {
            return false;
        }
        Matcher ahead = LOWERCASE_WORD_AHEAD.matcher(text).region(m.end(), text.length());
        return ahead.lookingAt() && !linkingWords.contains(ahead.group("w"));
    }

    private void monthYears(DateCandidates s) {
        Matcher m = monthYear.matcher(s.text);
        while (m.find()) {
            Month month = month(m.group("month"));
            s.add(m.start(), m.end(), DateValue.month(LocalDate.of(Integer.parseInt(m.group("year")), month, 1)));
        }
    }

    private void monthsAlone(DateCandidates s) {
        Matcher m = monthAlone.matcher(s.text);
        while (m.find()) {
            String name = m.group("month");
            String mod = lower(m.group("mod"));
            if (mod == null && ambiguousMonths.contains(lower(name))
                    && !monthContext.contains(precedingWord(s.text, m.start("month")))) {
                continue; // "may meet", "Theresa May", "March on"
            }
            Month month = month(name);
            s.addRelative(m.start(), m.end(), () -> DateValue.month(monthNear(month, mod, s.published, s.tense)));
        }
    }

    private void bareYears(DateCandidates s) {
        Matcher m = BARE_YEAR.matcher(s.text);
        while (m.find()) {
            if (yearContext.contains(precedingWord(s.text, m.start()))) {
                s.add(m.start(), m.end(), DateValue.year(Integer.parseInt(m.group("year"))));
            }
        }
    }

    private void weekdays(DateCandidates s) {
        Matcher m = weekday.matcher(s.text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            String mod = lower(m.group("mod"));
            s.addRelative(m.start(), m.end(), () -> DateValue.day(weekdayNear(day, mod, s.published, s.tense)));
        }
    }

    private static void dayWords(DateCandidates s) {
        Matcher m = DAY_WORD.matcher(s.text);
        while (m.find()) {
            int shift;
            if (m.group("before") != null) {
                shift = -2;
            } else if (m.group("after") != null) {
                shift = 2;
            } else if (m.group("lastnight") != null) {
                shift = -1;
            } else if (m.group("thispart") != null) {
                shift = 0;
            } else {
                shift = switch (m.group("w").toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0; // today, tonight
                };
            }
            s.addRelative(m.start(), m.end(), () -> DateValue.day(s.published.plusDays(shift)));
        }
    }

    private static void relativeUnits(DateCandidates s) {
        Matcher m = RELATIVE_UNIT.matcher(s.text);
        while (m.find()) {
            int shift = switch (m.group("mod").toLowerCase(Locale.ROOT)) {
                case "next" -> 1;
                case "last" -> -1;
                default -> 0;
            };
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            s.addRelative(m.start(), m.end(), () -> unitValue(unit, shift, s.published));
        }
    }

    private static void endOfUnit(DateCandidates s) {
        Matcher m = END_OF_UNIT.matcher(s.text);
        while (m.find()) {
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            s.addRelative(m.start(), m.end(), () -> unitValue(unit, 0, s.published));
        }
    }

    /**
     * The resolved temporal mention in [from, to) of the sentence nearest token {@code i}, or null. A date
     * that opens or closes a period ("since June 1982", "until 2020") dates a state, not the event.
     */
    TemporalMention nearest(AnnotatedDocument doc, Sentence s, int i, Tense tense, Article article, int from, int to) {
        String text = doc.text().substring(s.begin(), s.end());
        List<TemporalMention> found = find(text, s.begin(), article.meta().published(), tense);
        TemporalMention best = null;
        int pos = s.tokens().get(i).begin();
        for (TemporalMention m : found) {
            if (m.value() != null && m.begin() >= from && m.end() <= to
                    && !inPeriodPhrase(text, pos - s.begin(), m.begin() - s.begin())
                    && (best == null || Math.abs(m.begin() - pos) < Math.abs(best.begin() - pos))) {
                best = m;
            }
        }
        return best;
    }

    // ---- helpers ----

    /** "since June 1982", "his first visit since he took power in 1982": the date opens a period. */
    private boolean inPeriodPhrase(String text, int trigger, int mention) {
        if (periodOpeners.contains(precedingWord(text, mention))) {
            return true;
        }
        if (mention > trigger) {
            for (String w : text.substring(trigger, mention).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (periodOpeners.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Month month(String name) {
        String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The lowercased word just before {@code index}, skipping spaces and a hyphen ("mid-May"); "" if none. */
    static String precedingWord(String text, int index) {
        int i = index;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
