package newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: {@code MOSCOW (Reuters) - }, {@code BALTIMORE, March 26 - },
 * {@code WASHINGTON, Nov 3 (AFP) - }, {@code LONDON — }, or a line of its own such as {@code Moscow, Russia:}.
 *
 * @param place  the first place name in title case ("Moscow"), never null
 * @param agency the parenthesised agency ("Reuters"), or null
 * @param date     the date, only when the dateline carries a year; otherwise null
 * @param rest     the paragraph text after the dateline, possibly empty
 * @param monthDay the month and day the dateline gives, with or without a year; otherwise null
 */
record Dateline(String place, String agency, LocalDate date, String rest, MonthDay monthDay) {
    /** How far a dateline's day may lie from the record's date and still be the same story's day. */
    static final int SAME_STORY_DAYS = 7;

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
    private static final String PARTICLE = "(?:de|da|del|dos|das|do|la|le|el|al|am|upon|sur|es)";
    private static final String NAME = WORD + "(?: (?:" + PARTICLE + " )?" + WORD + "){0,3}";
    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private static final Pattern INLINE = Pattern.compile(
            "^(?<place>" + NAME + ")"
                    + "(?:, (?!" + MONTH + "\\.? \\d)(?<region>(?:the )?" + NAME + "))?"
                    + "(?:,? (?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\\d{4}))?"
                    + "(?:, (?<signed>\\p{Lu}\\p{L}+))?)?"
                    + "(?: ?\\((?<agency>\\p{Lu}[\\p{L}.&'’/\\- ]{1,38}?)\\))?"
                    // "SEATTLE, April 9 -Qtr": a dash after a space may touch the text
                    + "(?: (?:--?|–|—) *|(?:--?|–|—)(?: +|$))(?<rest>.*)$");
    // "Moscow, Russia:" as a paragraph of its own
    private static final Pattern ALONE = Pattern.compile("^(?<place>" + NAME + ")(?<region>, " + NAME + ")?:$");
    private static final Set<String> LOWER_PARTICLES = Set.of(
            "de", "da", "del", "dos", "das", "do", "la", "le", "el", "al", "am", "upon", "sur", "es", "of", "on");

    /** The dateline at the start of {@code paragraph}, if there is one. */
    static Optional<Dateline> parse(String paragraph) {
        Matcher alone = ALONE.matcher(paragraph);
        // a lone "Name:" could be a speaker label, so it needs a region or capitals to count
        if (alone.matches() && PageFurniture.words(paragraph) <= 6
                && (alone.group("region") != null || isCaps(alone.group("place")))) {
            return Optional.of(new Dateline(titleCase(alone.group("place")), null, null, "", null));
        }
        Matcher m = INLINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place");
        boolean capsPlace = isCaps(place);
        boolean hasMonth = m.group("month") != null;
        // "MANILA, April 1, Reuter -" signs with the agency after the date
        String agency = m.group("agency") != null ? m.group("agency") : m.group("signed");
        // "LONDON — text" is a dateline; "London — text" could be any sentence, so mixed case needs a date or agency
        if (!capsPlace && !hasMonth && agency == null) {
            return Optional.empty();
        }
        if (capsPlace && letters(place) < 3 && !hasMonth && agency == null) {
            return Optional.empty();
        }
        LocalDate date = hasMonth && m.group("year") != null
                ? dateOf(m.group("year"), m.group("month"), m.group("day")) : null;
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();
        MonthDay monthDay = hasMonth ? monthDayOf(m.group("month"), m.group("day")) : null;
        return Optional.of(new Dateline(titleCase(place), agency == null ? null : agency.strip(), date, rest, monthDay));
    }

    /**
     * The story's own day: the dateline's full date, else its month and day in the year that puts them
     * nearest the record's date ("TOKYO, April 8" filed on 1987-04-07 is 1987-04-08) when that is within
     * {@link #SAME_STORY_DAYS} days of it (a wire's record date is when the story was filed or stored, the
     * dateline when it happened); else the record's date, which may be null.
     */
    LocalDate dayNear(LocalDate record) {
        if (date != null) {
            return date;
        }
        if (monthDay == null || record == null) {
            return record;
        }
        LocalDate best = null;
        for (int y = record.getYear() - 1; y <= record.getYear() + 1; y++) {
            if (!monthDay.isValidYear(y)) {
                continue;
            }
            LocalDate c = monthDay.atYear(y);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(record, c)) < Math.abs(ChronoUnit.DAYS.between(record, best))) {
                best = c;
            }
        }
        return best != null && Math.abs(ChronoUnit.DAYS.between(record, best)) <= SAME_STORY_DAYS ? best : record;
    }

    private static MonthDay monthDayOf(String month, String day) {
        try {
            return MonthDay.of(monthOf(month), Integer.parseInt(day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "NEW YORK" to "New York", "ST. LOUIS" to "St. Louis"; a word already in mixed case is kept. */
    static String titleCase(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.chars().anyMatch(Character::isLowerCase)) {
                continue;
            }
            words[i] = i > 0 && LOWER_PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                    ? w.toLowerCase(Locale.ROOT) : capitalise(w);
        }
        return String.join(" ", words);
    }

    private static String capitalise(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean wordStart = true;
        int lettersInWord = 0;
        for (char c : word.toCharArray()) {
            sb.append(wordStart ? c : Character.toLowerCase(c));
            boolean apostrophe = c == '\'' || c == '’';
            // "N'DJAMENA" to "N'Djamena" but "JOHN'S" to "John's"
            wordStart = !Character.isLetter(c) && !(apostrophe && lettersInWord > 1);
            lettersInWord = Character.isLetter(c) ? lettersInWord + 1 : wordStart ? 0 : lettersInWord;
        }
        return sb.toString();
    }

    private static LocalDate dateOf(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), monthOf(month), Integer.parseInt(day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    static Month monthOf(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static boolean isCaps(String s) {
        return s.chars().noneMatch(Character::isLowerCase);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
