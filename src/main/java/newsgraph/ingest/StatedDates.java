package newsgraph.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages, dumps and archives state them: ISO 8601 dates and times, or RFC 1123. */
final class StatedDates {
    // the calendar date an ISO date-time starts with: the day the article gives, whatever its zone
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ])");

    private StatedDates() {
    }

    /** The day of {@code value}, or null when it is no date this reads. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            Matcher m = ISO_DAY.matcher(s);
            if (m.find()) {
                return LocalDate.parse(m.group(1));
            }
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
