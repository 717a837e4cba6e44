package newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import newsgraph.rdf.IriMinter;

/**
 * When two mentions in two articles are one event (meetings) or one claim (statements). Pure, for
 * tests. A score below zero means "not the same"; a higher score is a better match ({@link Clustering}
 * takes the best first).
 */
final class EventRules {
    private static final String PERSON = IriMinter.BASE + "person/";
    private static final String COUNTRY = IriMinter.BASE + "country/";
    /** Statements whose word sets overlap this much (Jaccard) are one claim. */
    static final double SAME_CLAIM = 0.8;
    /** A claim needs a few words: "no comment" twice is not one claim. */
    static final int CLAIM_MIN_WORDS = 4;
    /** What telling a claim in near-duplicate articles adds to its score. */
    static final int NEAR_DUPLICATE_BONUS = 2;

    private EventRules() {
    }

    /**
     * A meeting as one article tells it: participants (actor IRIs after identity linking), date (ISO
     * text, day, month or year; null if none), place IRI and the ISO code of its country (null if
     * none), status and kind.
     */
    record MeetingMention(String iri, String doc, Set<String> participants, String date, String place,
                          String placeCountry, String status, String kind) {
    }

    /** A statement as one article tells it: speaker IRI, the words of its content, date (or null). */
    record StatementMention(String iri, String doc, String speaker, Set<String> words, String date) {
    }

    /** How well two meetings match, or -1 if they are not one event. */
    static int meetings(MeetingMention a, MeetingMention b, boolean nearDuplicates) {
        if (a.doc().equals(b.doc()) || isCall(a.kind()) != isCall(b.kind())) {
            return -1; // one article tells each of its meetings once; a call is not a meeting in person
        }
        int who = participants(a.participants(), b.participants());
        int when = dates(a.date(), b.date(), nearDuplicates);
        int where = places(a, b);
        if (who < 0 || when < 0 || where < 0) {
            return -1;
        }
        if (when < 3 && !nearDuplicates && !(hasPerson(a) && hasPerson(b))) {
            return -1; // governments and firms meet all the time: a month is too vague to join their meetings
        }
        return who + when + where + (nearDuplicates ? 2 : 0);
    }

    /**
     * Whether two meetings cannot be one event: the same article, a call and a meeting, participants or
     * places that disagree, or two dates told that differ. Unlike {@link #meetings}, a missing date is no
     * conflict: a cluster may hold an undated mention (joined through its near-duplicate) beside a dated
     * one from a third article.
     */
    static boolean meetingsConflict(MeetingMention a, MeetingMention b) {
        return a.doc().equals(b.doc()) || isCall(a.kind()) != isCall(b.kind())
                || participants(a.participants(), b.participants()) < 0 || places(a, b) < 0
                || a.date() != null && b.date() != null && dates(a.date(), b.date(), true) < 0;
    }

    /** How well two statements match, or -1 if they are not one claim. */
    static int statements(StatementMention a, StatementMention b, boolean nearDuplicates) {
        if (a.doc().equals(b.doc()) || a.speaker() == null || !a.speaker().equals(b.speaker())
                || a.words().size() < CLAIM_MIN_WORDS || b.words().size() < CLAIM_MIN_WORDS) {
            return -1;
        }
        int small = Math.min(a.words().size(), b.words().size());
        int large = Math.max(a.words().size(), b.words().size());
        if (small < SAME_CLAIM * large) {
            return -1; // the Jaccard similarity is at most small / large
        }
        int common = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                common++;
            }
        }
        double jaccard = common / (double) (a.words().size() + b.words().size() - common);
        boolean datesAgree = a.date() == null || b.date() == null || dates(a.date(), b.date(), true) >= 0;
        if (jaccard < SAME_CLAIM || !datesAgree) {
            return -1;
        }
        return (int) Math.round(jaccard * 10) + (nearDuplicates ? NEAR_DUPLICATE_BONUS : 0);
    }

    /**
     * Block keys of a statement, so that the statements of one speaker are not compared all pairs with
     * all pairs: the speaker with each word of the content's prefix, the words taken in one fixed order
     * (by hash). Prefix filtering: two sets with Jaccard similarity of at least t share at least
     * ceil(t * |x|) words, so their first |x| - ceil(t * |x|) + 1 words share one; any pair that
     * {@link #statements} joins shares a block, and most pairs that it would not join share none.
     */
    static List<String> claimBlocks(StatementMention s) {
        int n = s.words().size();
        if (s.speaker() == null || n < CLAIM_MIN_WORDS) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(s.words());
        ordered.sort(Comparator.comparingLong((String w) -> MinHash.mix(w.hashCode())).thenComparing(w -> w));
        // at most ceil(t * n), never above it through rounding: a longer prefix only adds candidates
        int overlap = Math.max(1, (int) Math.floor(SAME_CLAIM * n - 1e-9));
        List<String> out = new ArrayList<>();
        for (String w : ordered.subList(0, n - overlap + 1)) {
            out.add(s.speaker() + "\u0000" + w);
        }
        return out;
    }

    /**
     * Equal sets agree best; one set inside the other agrees too when the smaller has two actors at
     * least (one rewrite names the envoy's organisation beside the envoy, the other does not).
     */
    static int participants(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        if (a.equals(b)) {
            return 2;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.size() >= 2 && large.containsAll(small) ? 1 : -1;
    }

    /**
     * The same day (3) or month (2); a month containing the day (1). A year alone, or a mention without
     * a date, is too vague to join a meeting in another story, but fine between near-duplicate articles
     * (1): they tell the same story, one of them may simply lack a publication date to resolve against.
     */
    static int dates(String a, String b, boolean nearDuplicates) {
        if (a == null || b == null) {
            return nearDuplicates ? 1 : -1;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!longer.equals(shorter) && !longer.startsWith(shorter + "-")) {
            return -1;
        }
        if (shorter.length() == 4) {
            return nearDuplicates ? 1 : -1;
        }
        if (longer.equals(shorter)) {
            return shorter.length() == 10 ? 3 : 2;
        }
        return 1;
    }

    /** The same place (1), no place on one side or a country and a place in it (0), or a conflict (-1). */
    static int places(MeetingMention a, MeetingMention b) {
        if (a.place() == null || b.place() == null) {
            return 0;
        }
        if (a.place().equals(b.place())) {
            return 1;
        }
        boolean aCountry = a.place().startsWith(COUNTRY);
        boolean bCountry = b.place().startsWith(COUNTRY);
        if (aCountry != bCountry && a.placeCountry() != null && a.placeCountry().equals(b.placeCountry())) {
            return 0;
        }
        return -1;
    }

    /**
     * The participant key of an actor IRI: a person by the first and last word of the name, so that
     * "Bashar al-Assad" and "Bashar Assad" (two rewrites of one story) agree; anything else by its IRI.
     */
    static String participantKey(String iri) {
        if (!iri.startsWith(PERSON)) {
            return iri;
        }
        String[] parts = iri.substring(PERSON.length()).split("-");
        return parts.length <= 2 ? iri : PERSON + parts[0] + "-" + parts[parts.length - 1];
    }

    /** The words of a statement's content, lower-cased. */
    static Set<String> words(String content) {
        return Arrays.stream(content.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean hasPerson(MeetingMention m) {
        return m.participants().stream().anyMatch(p -> p.startsWith(PERSON));
    }

    private static boolean isCall(String kind) {
        return "call".equals(kind);
    }
}
