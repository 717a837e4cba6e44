package newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar date a partial date (a weekday, a month, a month-day, "next week") stands for, given
 * the article's publication date and the tense it is told in; the choices are listed on
 * {@link DateResolver}.
 */
final class NearestDates {
    /** How far a month-day may lie on the "wrong" side of publication for its tense. */
    static final int SLACK_DAYS = 60;

    private NearestDates() {
    }

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
}
