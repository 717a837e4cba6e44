package newsgraph.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * What a story has told so far about its meetings: the last date it gave each kind of meeting, so
 * that "the meeting" or "during the visit" told again takes the date of the one told before.
 */
final class MeetingStory {
    private final Map<String, DateValue> lastDate = new HashMap<>();

    /** Talks and meetings are one kind of encounter. */
    private static String family(String kind) {
        return kind.equals("talks") ? "meeting" : kind;
    }

    void told(String kind, DateValue date) {
        if (date != null) {
            lastDate.put(family(kind), date);
        }
    }

    /** The date last told for this kind of meeting, or null. */
    DateValue last(String kind) {
        return lastDate.get(family(kind));
    }
}
