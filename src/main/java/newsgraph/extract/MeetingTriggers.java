package newsgraph.extract;

import java.util.List;
import java.util.Locale;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/** Words that tell a meeting: a verb (meet, visit, host, phone, ...) or a noun (talks, summit, ...), and its kind. */
final class MeetingTriggers {
    private final Lexicon lexicon;

    MeetingTriggers(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    String kindAt(List<Token> t, int i) {
        Token k = t.get(i);
        // "has been to Damascus": a visit
        if (k.lemma().equals("be") && k.text().equalsIgnoreCase("been") && i + 2 < t.size()
                && t.get(i + 1).text().equals("to") && t.get(i + 2).isProperNoun()) {
            return "visit";
        }
        // "went to Saudi Arabia", "travelled to Beijing": a journey to a named place is a visit
        if (k.is(Pos.VERB) && lexicon.travelVerbs.contains(k.lemma()) && i + 2 < t.size()
                && t.get(i + 1).text().equals("to") && namedPlaceAt(t, i + 2)) {
            return "visit";
        }
        if (k.is(Pos.NOUN) && (k.text().equalsIgnoreCase("talks") || k.text().equalsIgnoreCase("conversation")
                || k.text().equalsIgnoreCase("contact")) && nearby(t, i, "telephone", "phone")) {
            return "call";
        }
        boolean nounSlot = nounSlot(t, i);
        if (k.is(Pos.VERB) && lexicon.meetingVerbs.containsKey(k.lemma()) && !nounSlot) {
            if (k.lemma().equals("call") && !(i + 1 < t.size() && (t.get(i + 1).isProperNoun()
                    || t.get(i + 1).is(Pos.PRON) && !t.get(i + 1).text().equalsIgnoreCase("it")))) {
                return null; // "called for ceasefires" is not a call
            }
            if ((k.lemma().equals("meet") || k.lemma().equals("receive")) && thingMet(t, i)) {
                return null; // "met a cool reception", "meet the requirements", "received a contract from"
            }
            if (k.lemma().equals("speak") && !nearby(t, i, "telephone", "phone") && !within(t, i, 8, "telephone", "phone")) {
                return null;
            }
            if (k.lemma().equals("talk") && !(i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("with"))) {
                return null;
            }
            if (k.lemma().equals("invite") && !nearby(t, i, "visit", "talks") && !within(t, i, 9, "to", "for")) {
                return null;
            }
            return lexicon.meetingVerbs.get(k.lemma());
        }
        String w = k.text().toLowerCase(Locale.ROOT);
        if ((k.is(Pos.NOUN) || nounSlot) && lexicon.meetingNouns.containsKey(w)) {
            if (w.equals("call") && !nearby(t, i, "telephone", "phone")) {
                return null;
            }
            return lexicon.meetingNouns.get(w);
        }
        return null;
    }

    /**
     * The meeting noun an invitation is to, within its clause ("invited to take part in the G7 meeting"),
     * or -1.
     */
    int invitedMeeting(List<Token> t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + 12) && !t.get(k).is(Pos.PUNCT); k++) {
            // "the G20 summit": the tagger may take the noun after a name for a name or a verb
            if ((!t.get(k).isVerb() || nounSlot(t, k)) && lexicon.meetingNouns.containsKey(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The kind of an invitation's meeting: the meeting it invites to ("invited to attend the summit": a
     * conference), else a visit.
     */
    String invitedKind(List<Token> t, int i, String kind) {
        if (!t.get(i).is(Pos.VERB) || !t.get(i).lemma().equals("invite")) {
            return kind;
        }
        int k = invitedMeeting(t, i);
        return k < 0 ? kind : lexicon.meetingNouns.get(t.get(k).text().toLowerCase(Locale.ROOT));
    }

    /** A name starts at {@code k}: a proper noun, or a capitalised adjective before one ("Saudi Arabia", "New York"). */
    private static boolean namedPlaceAt(List<Token> t, int k) {
        return t.get(k).isProperNoun() || t.get(k).is(Pos.ADJ) && Character.isUpperCase(t.get(k).text().charAt(0))
                && k + 1 < t.size() && t.get(k + 1).isProperNoun();
    }

    /**
     * The object of "meet" or "receive" is a thing, not people: a common noun that names no role or group of people,
     * after its modifiers ("meet U.S. demands", "met a cool reception").
     */
    private boolean thingMet(List<Token> t, int i) {
        int k = i + 1;
        while (k < t.size() && t.get(k).isAny(Pos.DET, Pos.ADJ)) {
            k++;
        }
        // a name modifying a plural object: "meet U.S. demands", "meet SEC regulations" (not "meet Opec
        // officials", "met Funaro yesterday")
        int name = k;
        while (k < t.size() && t.get(k).isProperNoun() && k - name < 5) {
            k++;
        }
        if (k > name && !(k < t.size() && t.get(k).is(Pos.NOUN) && Character.isLowerCase(t.get(k).text().charAt(0))
                && t.get(k).text().endsWith("s"))) {
            return false;
        }
        if (k == i + 1 || k >= t.size() || !t.get(k).is(Pos.NOUN)) {
            return false;
        }
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return !lexicon.roleNouns.contains(w) && !lexicon.timeNouns.contains(w) && !lexicon.peopleNouns.contains(w) && !lexicon.groupNouns.contains(w)
                && !lexicon.businessRoleNouns.contains(w) && !lexicon.leaderWords.contains(w);
    }

    private boolean within(List<Token> t, int i, int after, String a, String b) {
        for (int k = i + 1; k < Math.min(t.size(), i + after + 1); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(a) || w.equals(b)) {
                return true;
            }
            if (t.get(k).text().equals(",") || t.get(k).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A trigger word in a noun's place ("the first known visit", "further talks") is the noun, whatever
     * the tagger says; "talks" is far more often the noun in news, so its verb needs a name or pronoun before it.
     */
    boolean nounSlot(List<Token> t, int i) {
        String word = t.get(i).text().toLowerCase(Locale.ROOT);
        return lexicon.meetingNouns.containsKey(word) && (i > 0 && (t.get(i - 1).isAny(Pos.DET, Pos.ADJ)
                || t.get(i - 1).isAny(Pos.NUM, Pos.NOUN))
                || word.equals("talks") && !(i > 0 && (t.get(i - 1).is(Pos.PRON) || t.get(i - 1).isProperNoun())));
    }

    private boolean nearby(List<Token> t, int i, String a, String b) {
        for (int k = Math.max(0, i - 3); k < Math.min(t.size(), i + 4); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(a) || w.equals(b)) {
                return true;
            }
        }
        return false;
    }
}
