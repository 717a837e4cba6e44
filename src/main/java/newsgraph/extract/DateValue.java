package newsgraph.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar period: a day, a month or a year. {@code start} is always the first day of the period
 * (the constructor truncates it), so equal periods compare equal.
 */
public record DateValue(LocalDate start, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    public DateValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        start = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    public static DateValue day(LocalDate date) {
        return new DateValue(date, Precision.DAY);
    }

    public static DateValue month(LocalDate anyDayInMonth) {
        return new DateValue(anyDayInMonth, Precision.MONTH);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Last day of the period, inclusive. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** ISO 8601 text at this precision: {@code 2013-11-25}, {@code 2013-12} or {@code 2013}. */
    public String iso() {
        String year = String.format("%04d", start.getYear());
        return switch (precision) {
            case DAY -> year + String.format("-%02d-%02d", start.getMonthValue(), start.getDayOfMonth());
            case MONTH -> year + String.format("-%02d", start.getMonthValue());
            case YEAR -> year;
        };
    }
}
