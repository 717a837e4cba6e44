package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A meeting being built: what one trigger told, merged with the same meeting told again. */
final class MeetingDraft {
    String kind;
    final Set<String> participants = new LinkedHashSet<>();
    PlaceRef place;
    DateValue date;
    String status;
    String trigger;
    boolean hosted;
    final List<Evidence> evidence = new ArrayList<>();
    int skipTo;
    boolean separate;
    /** Country of each participant where known (a government's own, a person's nationality). */
    final Map<String, String> countries = new HashMap<>();

    /** The countries the participants stand for; empty when one participant's country is unknown. */
    Set<String> sides() {
        Set<String> out = new HashSet<>();
        for (String p : participants) {
            String iso = p.startsWith("gov:") ? p.substring(4) : countries.get(p);
            if (iso == null) {
                return Set.of();
            }
            out.add(iso);
        }
        return out;
    }

    /** The body whose own meeting this is ("the G7 meeting"), or null. */
    String body;

    /** Shared by the rounds split from one "hosted X and Y for separate talks". */
    Object occasion;

    MeetingDraft(String kind, PlaceRef place, DateValue date, String status, String trigger, boolean hosted) {
        this.kind = kind;
        this.place = place;
        this.date = date;
        this.status = status;
        this.trigger = trigger;
        this.hosted = hosted;
    }

    /** A copy with other participants: one round of "separate talks". */
    MeetingDraft with(List<String> parts) {
        MeetingDraft d = new MeetingDraft(kind, place, date, status, trigger, hosted);
        d.participants.addAll(parts);
        d.evidence.addAll(evidence);
        d.countries.putAll(countries);
        d.skipTo = skipTo;
        d.body = body;
        return d;
    }
}
