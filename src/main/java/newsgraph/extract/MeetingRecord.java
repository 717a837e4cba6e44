package newsgraph.extract;

import java.util.List;

/**
 * A meeting, talk, call, visit or conference.
 *
 * @param kind         meeting, talks, call, visit, conference
 * @param participants actor keys
 * @param place        where, or null
 * @param date         when, with its precision, or null
 * @param status       planned, held, proposed or declined
 * @param cameo        CAMEO event code (036, 040, 041, 042, 043, 044, 046)
 * @param trigger      lemma of the word that signals it ("meet", "talks", "visit")
 */
public record MeetingRecord(String kind, List<String> participants, PlaceRef place, DateValue date, String status,
                            String cameo, String trigger, List<Evidence> evidence, double confidence) {
    public MeetingRecord {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
