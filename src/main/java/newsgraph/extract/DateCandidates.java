package newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date expressions {@link DateResolver}'s rules found in one sentence, possibly overlapping, and the
 * non-overlapping choice among them (longest first) with their qualifiers ("early", "the end of").
 */
final class DateCandidates {
    /** Qualifiers absorbed into the span just before a mention; they do not change its value. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?:\\b(?:the\\s+)?(?:end|beginning|start|middle)"
            + "\\s+of\\s+|\\b(?:early|late|mid|earlier|later)(?:\\s*-\\s*|\\s+))$");

    private record Candidate(int begin, int end, DateValue value) {
    }

    final String text;
    /** Publication date, or null: relative expressions then stay unresolved. */
    final LocalDate published;
    final Tense tense;
    private final List<Candidate> candidates = new ArrayList<>();

    DateCandidates(String text, LocalDate published, Tense tense) {
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
