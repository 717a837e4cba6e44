package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The meetings of one article: one meeting told twice becomes one record with both pieces of evidence. */
final class MeetingDrafts {
    private final List<MeetingDraft> drafts = new ArrayList<>();

    /** Adds {@code d}, or merges it into the same meeting told before. */
    void add(MeetingDraft d) {
        merge(drafts, d);
    }

    /** The records, in the order their meetings were first told. */
    List<MeetingRecord> records() {
        shareOccasionPlace(drafts);
        placeOfTheVisit(drafts);
        List<MeetingRecord> out = new ArrayList<>();
        for (MeetingDraft d : drafts) {
            out.add(new MeetingRecord(d.kind, List.copyOf(d.participants), d.place, d.date, d.status,
                    cameo(d), d.trigger, d.evidence, 0.7));
        }
        return out;
    }

    /** One meeting told twice (same kind and participants, compatible date) becomes one record. */
    private void merge(List<MeetingDraft> drafts, MeetingDraft d) {
        for (MeetingDraft o : drafts) {
            boolean sameParts = o.participants.containsAll(d.participants) || d.participants.containsAll(o.participants);
            boolean sameSentence = o.evidence.get(o.evidence.size() - 1).sentenceBegin() == d.evidence.get(0).sentenceBegin();
            // "later this week" and "on Wednesday" can be one day: a period and a day inside it agree
            boolean dateOk = o.date == null || d.date == null || within(o.date, d.date) || within(d.date, o.date);
            // a meeting offered in one sentence and declined in another is one event: the later news wins
            boolean offeredThenDeclined = ((o.status + d.status).equals("proposeddeclined")
                    || (o.status + d.status).equals("declinedproposed"))
                    && (o.place == null || d.place == null || o.place.equals(d.place));
            boolean statusOk = o.status.equals(d.status) && sameKind(o.kind, d.kind) || offeredThenDeclined;
            // the same encounter retold with other names for its sides: "Russia hosted an Iranian delegation"
            // and "Russian deputy minister B held talks with Iran's deputy minister A"
            sameParts |= !sameSentence && o.sides().size() >= 2 && o.sides().equals(d.sides())
                    && o.participants.stream().anyMatch(d.participants::contains)
                    && (o.place == null || d.place == null || o.place.equals(d.place));
            // a body's own meeting told again ("attends the G7 meeting", "is attending the G7 meeting"): one
            // meeting, whatever the tense of each telling, unless their dates differ
            boolean sameBody = o.body != null && o.body.equals(d.body) && dateOk && !isVisitOrCall(o.kind)
                    && !isVisitOrCall(d.kind);
            // two triggers of one event in one sentence ("hoped to convene the conference"), or one event retold
            if (sameBody || sameParts && (sameSentence || dateOk && statusOk)) {
                o.participants.addAll(d.participants);
                o.countries.putAll(d.countries);
                o.evidence.addAll(d.evidence);
                o.date = o.date == null || d.date != null && within(d.date, o.date) ? d.date : o.date;
                o.place = o.place == null ? d.place : o.place;
                if (!sameSentence && d.status.equals("declined")) {
                    o.status = "declined";
                }
                return;
            }
        }
        drafts.add(d);
    }

    private static boolean isVisitOrCall(String kind) {
        return kind.equals("visit") || kind.equals("call");
    }

    /** Whether {@code inner} lies inside {@code outer} (a day in its month, a month in its year). */
    private static boolean within(DateValue inner, DateValue outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    /**
     * Separate rounds one host held on one occasion take place at one venue: when a later sentence
     * places one round ("a Syrian delegation was also in Moscow for talks"), the other rounds are there too.
     */
    private void shareOccasionPlace(List<MeetingDraft> drafts) {
        for (MeetingDraft d : drafts) {
            if (d.occasion != null && d.place != null) {
                for (MeetingDraft o : drafts) {
                    if (o.occasion == d.occasion && o.place == null) {
                        o.place = d.place;
                    }
                }
            }
        }
    }

    /**
     * A meeting told after a visit, with the visitor, no place of its own, the visit's status and a date
     * that fits it, is held during the visit ("his visit to Washington ... he will hold talks with X"):
     * the visit's place.
     */
    private void placeOfTheVisit(List<MeetingDraft> drafts) {
        for (int v = 0; v < drafts.size(); v++) {
            MeetingDraft visit = drafts.get(v);
            if (!visit.kind.equals("visit") || visit.place == null) {
                continue;
            }
            for (MeetingDraft d : drafts.subList(v + 1, drafts.size())) {
                boolean withVisitor = visit.participants.stream().anyMatch(p -> p.startsWith("person:")
                        && d.participants.contains(p));
                boolean during = d.date == null || visit.date == null || within(d.date, visit.date) || within(visit.date, d.date);
                if (d.place == null && !isVisitOrCall(d.kind) && withVisitor && during && d.status.equals(visit.status)) {
                    d.place = visit.place;
                }
            }
        }
    }

    /** Talks and meetings are both face-to-face encounters; a call, a visit or a conference is told as such. */
    boolean sameKind(String a, String b) {
        return a.equals(b) || Set.of("meeting", "talks").containsAll(Set.of(a, b));
    }

    private String cameo(MeetingDraft d) {
        if (d.status.equals("planned") || d.status.equals("proposed")) {
            return "036";
        }
        return switch (d.kind) {
            case "call" -> "041";
            case "visit" -> d.hosted ? "043" : "042";
            case "talks" -> d.trigger.startsWith("negotiat") ? "046" : "040";
            case "conference" -> "044";
            default -> "040";
        };
    }
}
