package newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * Who a word of a meeting sentence stands for, where the mention alone does not tell: a people named by
 * its demonym ("the Nigerians" are negotiating: their government), a leader described by nationality
 * ("the Saudi leader": the Saudi person the story named), and the people of a scene told at a meeting
 * ("a dinner where X told Y", "at that meeting X admitted to Y": X and Y were there).
 */
final class MeetingPeople {
    private final Lexicon lexicon;
    private final Coreference coref;
    private final List<Token> t;
    private final List<Mention> ms;

    MeetingPeople(Lexicon lexicon, Coreference coref, List<Token> t, List<Mention> ms) {
        this.lexicon = lexicon;
        this.coref = coref;
        this.t = t;
        this.ms = ms;
    }

    /**
     * The participant a mention stands for: its own key, or for a plural demonym ("the Nigerians", "the
     * Soviets") its country's government, the side a story means by it.
     */
    String key(Mention m) {
        if (m.participantKey() != null || m.kind() != Mention.Kind.COUNTRY || m.iso() == null
                || m.tokenEnd() - m.tokenBegin() != 1) {
            return m.participantKey();
        }
        Token w = t.get(m.tokenBegin());
        boolean plural = w.isAny(Pos.NOUN, Pos.PROPN) && w.text().endsWith("s")
                && m.tokenBegin() > 0 && t.get(m.tokenBegin() - 1).text().equalsIgnoreCase("the")
                && !(m.tokenEnd() < t.size() && t.get(m.tokenEnd()).isAny(Pos.NOUN, Pos.PROPN));
        return plural ? ActorKeys.government(m.iso()) : null;
    }

    /**
     * "the Saudi leader", "the Iranian president" at token {@code k} (the head noun): the latest person
     * of that country the story named before, else null.
     */
    String nationalLeader(int k) {
        if (k < 2 || !t.get(k).is(Pos.NOUN) || !t.get(k - 2).text().equalsIgnoreCase("the")) {
            return null;
        }
        String head = t.get(k).text().toLowerCase(Locale.ROOT);
        if (!lexicon.leaderWords.contains(head) && !lexicon.roleNouns.contains(head)) {
            return null;
        }
        Mention demonym = null;
        for (Mention m : ms) {
            if (m.tokenBegin() == k - 1 && m.tokenEnd() == k && m.kind() == Mention.Kind.COUNTRY && m.iso() != null) {
                demonym = m;
            }
        }
        if (demonym == null) {
            return null;
        }
        String found = null;
        for (Mention m : coref.mentions()) {
            if (m.begin() < demonym.begin() && m.kind() == Mention.Kind.PERSON && demonym.iso().equals(m.iso())
                    && m.key() != null) {
                found = m.key();
            }
        }
        return found;
    }

    /**
     * The subject of a second clause whose verb is left out: "X visited in 1967 and Y in 1981" (the verb
     * took no object, and the name after "and" is followed by its own phrase), not one met by X.
     */
    boolean gapped(int verb, Mention m) {
        int and = m.tokenBegin() - 1;
        while (and > verb && t.get(and).isProperNoun()) {
            and--; // a title before the name: "and King Y in 1981"
        }
        int j = and;
        return t.get(verb).is(Pos.VERB) && verb + 1 < t.size() && t.get(verb + 1).is(Pos.ADP) && and > verb + 1
                && t.get(and).is(Pos.CCONJ) && m.tokenEnd() < t.size() && t.get(m.tokenEnd()).is(Pos.ADP)
                && ms.stream().noneMatch(o -> o.tokenEnd() == j && key(o) != null); // "with X and Y in Z"
    }

    /**
     * Where the subject of a clause reported by a speech verb starts: after "noted" in "He noted the
     * Nigerians are attempting to negotiate ..." (no comma between the verb and {@code to}); else {@code from}.
     */
    int afterSpeechVerb(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (t.get(k).text().equals(",")) {
                return from;
            }
            if (t.get(k).is(Pos.VERB) && lexicon.speechVerbs.contains(t.get(k).lemma())) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * The speaker and the one spoken to in a scene starting at {@code from}: "(where) the minister told
     * Mr Brown ...", "(At that meeting) Bellamy admitted to Graeme ...". Empty when no speech verb
     * follows its subject.
     */
    Set<String> scene(int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        int verb = from;
        while (verb < to && !t.get(verb).is(Pos.VERB)) {
            verb++;
        }
        if (verb >= to || verb - from > 5 || !isSpeech(t.get(verb))) {
            return out;
        }
        String speaker = null;
        for (Mention m : ms) {
            if (m.tokenBegin() >= from && m.tokenEnd() <= verb && key(m) != null && speaker == null) {
                speaker = key(m);
            }
        }
        for (int k = from; speaker == null && k < verb; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            Mention r = lexicon.personPronouns.contains(w) ? coref.resolve(w, t.get(k).begin()) : null;
            speaker = r != null ? r.key() : nationalLeader(k);
        }
        if (speaker != null) {
            out.add(speaker);
        }
        int k = verb + 1;
        if (k < to && t.get(k).text().equalsIgnoreCase("to")) {
            k++;
        }
        for (Mention m : ms) {
            // "told Mr Brown": a title may stand before the name
            if (m.tokenBegin() >= k && m.tokenBegin() <= k + 1 && m.kind() == Mention.Kind.PERSON && m.key() != null) {
                out.add(m.key());
                break;
            }
        }
        return out;
    }

    private boolean isSpeech(Token v) {
        return lexicon.speechVerbs.contains(v.lemma());
    }
}
