package newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *       {@value #SLACK_DAYS} days of publication (stale copy, "was postponed to Dec. 5"); present
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

    /** How far a month-day may lie on the "wrong" side of publication for its tense. */
    static final int SLACK_DAYS = 60;

    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTH_NAMES =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    /** Any month, full or abbreviated; only abbreviations take a dot, so "in May." keeps its full stop. */
    private static final String MONTH_ANY = "\\b(?<month>(?:" + MONTH_NAMES + ")\\b"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})\\b";
    private static final String WEEKDAY_PREFIX = "(?:\\b(?<wd>" + WEEKDAYS + "),?\\s+)?";
    /** A day number must not be the start of a bigger number or a percentage. */
    private static final String NOT_A_COUNT = "(?![.,]\\d)(?!\\s*(?:%|percent|per cent))";

    private static final Pattern ISO_DATE =
            Pattern.compile("\\b(?<year>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY_PREFIX + MONTH_ANY
            + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b" + NOT_A_COUNT + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY_PREFIX
            + "(?:\\b(?i:the)\\s+)?(?<![\\d.,])\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_ANY
            + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_ANY + ",?\\s+" + YEAR);
    private static final Pattern MONTH_ALONE =
            Pattern.compile("(?:\\b(?<mod>(?i:last|next|this))\\s+)?\\b(?<month>" + MONTH_NAMES + ")\\b");
    private static final Pattern BARE_YEAR =
            Pattern.compile("(?<![\\d.,$€£])\\b" + YEAR + "(?![.,]?\\d)(?!\\s*(?:%|percent))");
    private static final Pattern WEEKDAY = Pattern.compile("(?:\\b(?<mod>(?i:last|next|this))\\s+)?"
            + "\\b(?<wd>" + WEEKDAYS + ")\\b(?:\\s+(?i:night|morning|afternoon|evening)\\b)?");
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
    /** Qualifiers absorbed into the span just before a mention; they do not change its value. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:\\b(?:the\\s+)?(?:end|beginning|start|middle)"
            + "\\s+of\\s+|\\b(?:early|late|mid|earlier|later)(?:\\s*-\\s*|\\s+))$");
    private static final Pattern LOWERCASE_WORD_AHEAD = Pattern.compile("\\s+(?<w>[a-z]+)");

    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("May", "March", "April", "June", "August");
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "on", "since", "until", "till", "by", "of",
            "from", "through", "during", "before", "after", "between", "early", "late", "mid", "last", "next",
            "this");
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "from",
            "to", "through", "during", "before", "after", "between", "around", "early", "late", "mid");
    private static final Set<String> LINKING_WORDS = Set.of("and", "or", "to", "through", "until", "till");

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
        Scan scan = new Scan(text, published, tense == null ? Tense.PRESENT : tense);
        isoDates(scan);
        monthDays(scan, MONTH_DAY, true);
        monthDays(scan, DAY_MONTH, false);
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

    private static void isoDates(Scan s) {
        Matcher m = ISO_DATE.matcher(s.text);
        while (m.find()) {
            LocalDate d = dateOrNull(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            if (d != null) {
                s.add(m.start(), m.end(), DateValue.day(d));
            }
        }
    }

    private static void monthDays(Scan s, Pattern pattern, boolean monthFirst) {
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
    private static boolean looksLikeCount(String text, Matcher m) {
        if (!"in".equals(precedingWord(text, m.start("month")))) {
            return false;
        }
        Matcher ahead = LOWERCASE_WORD_AHEAD.matcher(text).region(m.end(), text.length());
        return ahead.lookingAt() && !LINKING_WORDS.contains(ahead.group("w"));
    }

    private static void monthYears(Scan s) {
        Matcher m = MONTH_YEAR.matcher(s.text);
        while (m.find()) {
            Month month = month(m.group("month"));
            s.add(m.start(), m.end(), DateValue.month(LocalDate.of(Integer.parseInt(m.group("year")), month, 1)));
        }
    }

    private static void monthsAlone(Scan s) {
        Matcher m = MONTH_ALONE.matcher(s.text);
        while (m.find()) {
            String name = m.group("month");
            String mod = lower(m.group("mod"));
            if (mod == null && AMBIGUOUS_MONTHS.contains(name)
                    && !MONTH_CONTEXT.contains(precedingWord(s.text, m.start("month")))) {
                continue; // "may meet", "Theresa May", "March on"
            }
            Month month = month(name);
            s.addRelative(m.start(), m.end(), () -> DateValue.month(monthNear(month, mod, s.published, s.tense)));
        }
    }

    private static void bareYears(Scan s) {
        Matcher m = BARE_YEAR.matcher(s.text);
        while (m.find()) {
            if (YEAR_CONTEXT.contains(precedingWord(s.text, m.start()))) {
                s.add(m.start(), m.end(), DateValue.year(Integer.parseInt(m.group("year"))));
            }
        }
    }

    private static void weekdays(Scan s) {
        Matcher m = WEEKDAY.matcher(s.text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            String mod = lower(m.group("mod"));
            s.addRelative(m.start(), m.end(), () -> DateValue.day(weekdayNear(day, mod, s.published, s.tense)));
        }
    }

    private static void dayWords(Scan s) {
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

    private static void relativeUnits(Scan s) {
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

    private static void endOfUnit(Scan s) {
        Matcher m = END_OF_UNIT.matcher(s.text);
        while (m.find()) {
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            s.addRelative(m.start(), m.end(), () -> unitValue(unit, 0, s.published));
        }
    }

    // ---- resolution arithmetic ----

    static LocalDate weekdayNear(DayOfWeek day, String mod, LocalDate published, Tense tense) {
        if ("last".equals(mod)) {
            return published.with(TemporalAdjusters.previous(day));
        }
        if ("next".equals(mod)) {
            return published.with(TemporalAdjusters.next(day));
        }
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = published.with(TemporalAdjusters.nextOrSame(day));
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            // the two distances add up to 7, so there is never a tie
            case PRESENT -> ChronoUnit.DAYS.between(before, published) <= 3 ? before : after;
        };
    }

    static LocalDate monthNear(Month month, String mod, LocalDate published, Tense tense) {
        YearMonth pub = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        YearMonth before = same.isAfter(pub) ? same.minusYears(1) : same;
        YearMonth after = same.isBefore(pub) ? same.plusYears(1) : same;
        YearMonth chosen;
        if ("this".equals(mod)) {
            chosen = same;
        } else if ("last".equals(mod)) {
            chosen = before.equals(pub) ? before.minusYears(1) : before;
        } else if ("next".equals(mod)) {
            chosen = after.equals(pub) ? after.plusYears(1) : after;
        } else {
            chosen = switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                case PRESENT -> ChronoUnit.MONTHS.between(before, pub) < ChronoUnit.MONTHS.between(pub, after)
                        ? before : after;
            };
        }
        return chosen.atDay(1);
    }

    static LocalDate monthDayNear(Month month, int day, LocalDate published, Tense tense) {
        MonthDay md = MonthDay.of(month, day);
        LocalDate before = null; // latest on or before publication
        LocalDate after = null;  // earliest on or after publication
        // wide enough to find a Feb 29 on both sides
        for (int y = published.getYear() - 4; y <= published.getYear() + 4; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate c = md.atYear(y);
            if (!c.isAfter(published)) {
                before = c;
            }
            if (!c.isBefore(published) && after == null) {
                after = c;
            }
        }
        long back = before == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(before, published);
        long ahead = after == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(published, after);
        if (before == null || after == null) {
            return before == null ? after : before; // only around a non-leap century year
        }
        return switch (tense) {
            case PAST -> ahead <= SLACK_DAYS && back > SLACK_DAYS ? after : before;
            case FUTURE -> back <= SLACK_DAYS && ahead > SLACK_DAYS ? before : after;
            case PRESENT -> back < ahead ? before : after;
        };
    }

    /** this/next/last week, month or year; a week is reported as the month of its Monday. */
    static DateValue unitValue(String unit, int shift, LocalDate published) {
        return switch (unit) {
            case "week" -> DateValue.month(
                    published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift));
            case "month" -> DateValue.month(published.plusMonths(shift));
            default -> DateValue.year(published.getYear() + shift);
        };
    }

    // ---- helpers ----

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

    /** Candidates of one sentence, then the non-overlapping choice among them. */
    private static final class Scan {
        private record Candidate(int begin, int end, DateValue value) {
        }

        final String text;
        final LocalDate published;
        final Tense tense;
        private final List<Candidate> candidates = new ArrayList<>();

        Scan(String text, LocalDate published, Tense tense) {
            this.text = text;
            this.published = published;
            this.tense = tense;
        }

        void add(int begin, int end, DateValue value) {
            candidates.add(new Candidate(begin, end, value));
        }

        /** A mention that needs the publication date; without one it is kept, unresolved. */
        void addRelative(int begin, int end, Supplier<DateValue> value) {
            add(begin, end, published == null ? null : value.get());
        }

        List<TemporalMention> mentions(int baseOffset) {
            // longest first, then leftmost: "Monday, November 25, 2013" beats "Monday" and "2013"
            candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin - c.end).thenComparingInt(c -> c.begin));
            List<Candidate> chosen = new ArrayList<>();
            for (Candidate c : candidates) {
                if (chosen.stream().noneMatch(o -> c.begin < o.end && o.begin < c.end)) {
                    chosen.add(c);
                }
            }
            chosen.sort(Comparator.comparingInt(Candidate::begin));
            List<TemporalMention> out = new ArrayList<>(chosen.size());
            int previousEnd = 0;
            for (Candidate c : chosen) {
                int begin = withQualifier(c.begin, previousEnd);
                out.add(new TemporalMention(baseOffset + begin, baseOffset + c.end, text.substring(begin, c.end),
                        c.value));
                previousEnd = c.end;
            }
            return out;
        }

        /** Moves {@code begin} left over "early", "mid-", "the end of", ... without reaching the previous mention. */
        private int withQualifier(int begin, int previousEnd) {
            Matcher q = QUALIFIER.matcher(text).region(previousEnd, begin);
            return q.find() ? q.start() : begin;
        }
    }
}
