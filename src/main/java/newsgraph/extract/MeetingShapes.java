package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * Shapes of the words around a meeting trigger that tell who takes part and how the meeting stands:
 * "locked in talks", "hosted X and Y", "the two men", "said after talks", "leaders of X", and the
 * status (held, planned, proposed, declined) from tense, negation and words of refusal or offer.
 */
final class MeetingShapes {
    private final Lexicon lexicon;

    MeetingShapes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private ClauseView view(List<Token> t) {
        return new ClauseView(t, lexicon);
    }

    /** "X is locked in talks with Y", "X arrived for talks", "X spoke at the summit": the subject takes part. */
    boolean engagedIn(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).isAny(Pos.DET, Pos.ADJ, Pos.NUM))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return (w.equals("in") || w.equals("at") || w.equals("into") || w.equals("for")) && k > 0 && t.get(k - 1).isVerb();
    }

    /**
     * A guest of "host": a government or actor right after the verb ("hosted Syrian delegations",
     * "hosted delegations from Kenya and Chile"), or coordinated with one.
     */
    boolean hostedGuest(List<Token> t, int verb, Mention m, List<Mention> ms) {
        if (m.tokenBegin() <= verb + 4 && (!view(t).objectOfPreposition(m) || m.kind() == Mention.Kind.GOVERNMENT)) {
            return true;
        }
        for (Mention other : ms) {
            if (other != m && other.tokenEnd() <= m.tokenBegin() && other.tokenBegin() > verb
                    && hostedGuest(t, verb, other, ms) && view(t).onlyCoordination(other.tokenEnd(), m.tokenBegin())) {
                return true;
            }
        }
        return false;
    }

    /** "the two men" right after the trigger or as the subject of a relative clause on it ("... the two men had"). */
    boolean twoPeopleNear(List<Token> t, int i) {
        for (int k = Math.max(0, i - 4); k + 2 < Math.min(t.size(), i + 6); k++) {
            if (t.get(k).text().equalsIgnoreCase("the") && t.get(k + 1).text().equalsIgnoreCase("two")
                    && lexicon.peopleNouns.contains(t.get(k + 2).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb a nominal trigger's time phrase hangs on: "said [at the start of] talks", "speaking [after]
     * talks"; -1 when the trigger is not in such a phrase or no verb stands right before it.
     */
    int occasionVerb(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).isAny(Pos.DET, Pos.ADJ, Pos.NUM))) {
            k--;
        }
        if (k >= 2 && t.get(k).text().equalsIgnoreCase("of") && lexicon.occasionParts.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            k -= 2;
            while (k >= 0 && t.get(k).is(Pos.DET)) {
                k--;
            }
        }
        if (k < 1 || !lexicon.occasionPrepositions.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int v = k - 1;
        if (t.get(v).is(Pos.ADV) && v > 0) {
            v--;
        }
        return t.get(v).is(Pos.VERB) ? v : -1;
    }

    /** "leaders of the National Coalition", "members of X": the group stands for X. */
    boolean groupOf(List<Token> t, Mention m) {
        int k = m.tokenBegin() - 1;
        while (k >= 0 && t.get(k).is(Pos.DET)) {
            k--;
        }
        return k >= 1 && t.get(k).text().equalsIgnoreCase("of")
                && lexicon.groupNouns.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a link word stands between the trigger and {@code k} with only names, commas and "and" after it. */
    boolean introducedBy(List<Token> t, int trigger, int k, Set<String> links) {
        for (int j = k - 1; j > trigger; j--) {
            String w = t.get(j).text().toLowerCase(Locale.ROOT);
            if (links.contains(w)) {
                return true;
            }
            if (t.get(j).isVerb() || w.equals("to") || w.equals("on") || w.equals("that") || w.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The bodies that name a meeting noun as its owners: a name just before it over modifiers ("the G-7
     * meeting", "an ADB annual general meeting", "the G-5 or G-7 meeting") or an of-phrase right after it
     * ("the spring meetings of the IMF and the World Bank"). A possessor after "of" owns something else.
     */
    List<Mention> namingBodies(List<Token> t, int i, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        Mention before = null;
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.ORGANIZATION && m.tokenEnd() <= i && i - m.tokenEnd() <= 3
                    && onlyModifiers(t, m.tokenEnd(), i)) {
                before = m;
            }
        }
        if (before != null) {
            out.add(before);
            for (Mention m : ms) {
                if (m != before && m.kind() == Mention.Kind.ORGANIZATION && m.tokenEnd() < before.tokenBegin()
                        && before.tokenBegin() - m.tokenEnd() == 1 && isAnyWord(t.get(m.tokenEnd()), "or", "and")) {
                    out.add(m);
                }
            }
        }
        int k = i + 1;
        if (k < t.size() && t.get(k).text().equalsIgnoreCase("of")) {
            k++;
            while (k < t.size() && t.get(k).isAny(Pos.DET, Pos.NUM, Pos.ADJ)) {
                k++;
            }
            Mention first = null;
            for (int j = i + 2; j <= k && first == null; j++) {
                first = mentionStartingAt(ms, j); // the tagger may call a name's first word an adjective
            }
            if (first != null && first.participantKey() != null && !view(t).possessor(first)
                    && first.kind() != Mention.Kind.PLACE) {
                out.add(first);
                int end = first.tokenEnd();
                for (Mention n : ms) {
                    if (n.tokenBegin() >= end && n.tokenBegin() - end <= 2 && n.participantKey() != null
                            && view(t).onlyCoordination(end, n.tokenBegin()) && !view(t).possessor(n)) {
                        out.add(n);
                        end = n.tokenEnd();
                    }
                }
            }
        }
        return out;
    }

    /** Only nouns, adjectives and numbers in [from, to): the words between a name and its noun ("annual general"). */
    static boolean onlyModifiers(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            // an acronym in brackets may stand between: "the Asian Development Bank (ADB) annual meeting"
            if (!t.get(k).isAny(Pos.NOUN, Pos.ADJ, Pos.NUM) && !t.get(k).isAny(Pos.PROPN, Pos.DET)
                    && !t.get(k).text().equals(")")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAnyWord(Token k, String a, String b) {
        return k.text().equalsIgnoreCase(a) || k.text().equalsIgnoreCase(b);
    }

    /** "X is attending the meeting", "they are holding talks": under way now. */
    private static boolean progressive(List<Token> t, int from, int i) {
        for (int k = i - 1; k > from; k--) {
            if (t.get(k).isVerb()) {
                String w = t.get(k - 1).text().toLowerCase(Locale.ROOT);
                return t.get(k).text().endsWith("ing") && (w.equals("is") || w.equals("are"));
            }
        }
        return false;
    }

    /** "the meeting", "this visit", "the London talks": a meeting the story has told before. */
    boolean definite(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && t.get(k).isAny(Pos.ADJ, Pos.PROPN, Pos.NOUN)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("this") || w.equals("that");
    }

    Mention mentionStartingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.tokenBegin() == k) {
                return m;
            }
        }
        return null;
    }

    String status(List<Token> t, int from, int i, int to, Tense tense, boolean nominal) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (lexicon.decliningWords.contains(x.lemma()) && !(k + 1 < t.size() && t.get(k + 1).lemma().equals("comment"))) {
                return "declined";
            }
        }
        if (view(t).cannot(from, to) || view(t).negated(from, i, to) && tense != Tense.FUTURE) {
            return "declined";
        }
        for (int k = from; k < to; k++) {
            if (lexicon.proposingWords.contains(t.get(k).lemma()) || lexicon.proposingWords.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return "proposed";
            }
            if (t.get(k).text().equalsIgnoreCase("could") && k + 1 < t.size() && t.get(k + 1).lemma().equals("host")) {
                return "proposed";
            }
        }
        return switch (tense) {
            case FUTURE -> "planned";
            case PRESENT -> nominal && !progressive(t, from, i) ? "planned" : "held";
            default -> "held";
        };
    }
}
