package newsgraph.extract;

import java.util.List;
import java.util.Locale;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * The clause a meeting trigger stands in, as the meeting rules read it: its bounds (inside a quote, the
 * quoted part; after a verb, up to a purpose or relative clause), whether the trigger is a verb, the
 * verb its subject goes with, and whether that subject takes part.
 */
final class TriggerClause {
    private final int begin;
    private final int end;
    private final boolean invitation;
    private final boolean verbal;
    private final int subjectVerb;
    private final boolean holds;

    TriggerClause(MeetingSite.Rules rules, ClauseView clause, List<QuoteFinder.Quote> quotes, List<Token> t,
                  List<Mention> ms, int i) {
        int from = clause.begin(i);
        int to = clause.end(i);
        // a meeting told inside a quote takes its participants from the quote, not from the attribution
        for (QuoteFinder.Quote q : quotes) {
            if (q.contains(t.get(i).begin())) {
                while (from < i && !q.contains(t.get(from).begin())) {
                    from++;
                }
                int k = i;
                while (k < to && q.contains(t.get(k).begin())) {
                    k++;
                }
                to = k;
            }
        }
        begin = afterAddressee(t, ms, i, from);
        boolean isVerb = t.get(i).is(Pos.VERB);
        invitation = isVerb && t.get(i).lemma().equals("invite");
        end = isVerb && !invitation ? beforePurposeClause(t, i, to) : to;
        verbal = t.get(i).is(Pos.VERB) && !rules.triggers().nounSlot(t, i) || t.get(i).text().equalsIgnoreCase("been");
        subjectVerb = verbal ? i : clause.governingVerb(begin, i);
        Lexicon lexicon = rules.lexicon();
        holds = verbal || (subjectVerb >= 0 && lexicon.meetingHoldingVerbs.contains(t.get(subjectVerb).lemma()))
                || clause.copulaBefore(begin, i) || new MeetingShapes(lexicon).engagedIn(t, i);
    }

    /** "officials told Reuters the G-7 will meet": the one told is not the subject, the clause starts after it. */
    private static int afterAddressee(List<Token> t, List<Mention> ms, int i, int from) {
        int told = from;
        while (told < i && t.get(told).is(Pos.DET)) {
            told++;
        }
        int begin = from;
        for (Mention m : ms) {
            if (m.tokenBegin() == told && begin > 0 && t.get(begin - 1).lemma().equals("tell") && m.tokenEnd() < i) {
                begin = m.tokenEnd();
            }
        }
        return begin;
    }

    /** A verb's objects end where a purpose or relative clause starts: "meet X to discuss Y that Z ...". */
    private static int beforePurposeClause(List<Token> t, int i, int to) {
        for (int k = i + 1; k < to; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("that") || w.equals("which") || w.equals("who")
                    || (w.equals("to") && k + 1 < t.size() && t.get(k + 1).is(Pos.VERB))) {
                return k;
            }
        }
        return to;
    }

    int begin() {
        return begin;
    }

    int end() {
        return end;
    }

    /** "invite X to visit Y": the trigger is the verb invite. */
    boolean invitation() {
        return invitation;
    }

    /** Whether the trigger is a verb ("met") rather than a noun ("the meeting"). */
    boolean verbal() {
        return verbal;
    }

    /** The verb the subject goes with: the trigger itself, else the verb governing the noun; -1 if none. */
    int subjectVerb() {
        return subjectVerb;
    }

    /** Whether the clause's subject takes part ("X met", "X held talks", "X is in talks"). */
    boolean holds() {
        return holds;
    }
}
