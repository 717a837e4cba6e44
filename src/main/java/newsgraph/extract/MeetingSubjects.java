package newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * The rules that find who holds a meeting from before its trigger: the clause's subject, a pronoun or
 * description standing for it, the speaker at an occasion ("said after talks with X"), and the subject of
 * the main clause after an opening phrase ("At a meeting in X, Y said"). Run first by {@link MeetingSite}.
 */
final class MeetingSubjects {
    private final Lexicon lexicon;
    private final Coreference coref;
    private final MeetingPeople people;
    private final MeetingShapes shapes;
    private final ClauseView clause;
    private final List<Token> t;
    private final List<Mention> ms;
    private final int i;
    private final int clauseBegin;
    private int clauseEnd;
    private final boolean verbal;
    private final int subjectVerb;
    private final boolean holds;
    private final Set<String> participants;

    MeetingSubjects(Lexicon lexicon, Coreference coref, TriggerClause trigger, MeetingPeople people, List<Token> t,
                    List<Mention> ms, int i, Set<String> participants) {
        this.lexicon = lexicon;
        this.coref = coref;
        this.people = people;
        this.shapes = new MeetingShapes(lexicon);
        this.clause = new ClauseView(t, lexicon);
        this.t = t;
        this.ms = ms;
        this.i = i;
        this.clauseBegin = trigger.begin();
        this.verbal = trigger.verbal();
        this.subjectVerb = trigger.subjectVerb();
        this.holds = trigger.holds();
        this.participants = participants;
    }

    /** Adds the participants these rules find; returns the clause end, narrowed by an opening phrase. */
    int find(int end) {
        clauseEnd = end;
        subjectParticipants();
        pronounOrDescriptionSubject();
        occasionParticipants();
        openingPhraseSubject();
        return clauseEnd;
    }

    /** The first actor of the clause before the verb, and the actors coordinated with it. */
    private void subjectParticipants() {
        if (holds && clauseBegin >= 2 && t.get(clauseBegin - 2).text().equals(",")
                && lexicon.relativePronouns.contains(t.get(clauseBegin - 1).text().toLowerCase(Locale.ROOT))) {
            // "India, which attends the G7 meeting": the antecedent is the subject
            for (Mention m : ms) {
                if (m.tokenEnd() == clauseBegin - 2 && people.key(m) != null) {
                    participants.add(people.key(m));
                    return;
                }
            }
        }
        if (holds) {
            // the clause's subject and the names coordinated with it: "Russia, the US and the UN are trying
            // to convene"; a pronoun standing first ("He is the only leader invited") is resolved below
            int to = subjectVerb >= 0 ? subjectVerb : i;
            ClauseView.Subject subject = clause.subject(people.afterSpeechVerb(clauseBegin, to), to, ms,
                    m -> people.key(m) != null);
            if (subject.isEmpty()) {
                subject = clause.subject(clauseBegin, to, ms, m -> people.key(m) != null);
            }
            if (subject.mention() != null) {
                participants.add(people.key(subject.mention()));
                subject.coordinated().forEach(n -> participants.add(people.key(n)));
            }
        }
    }

    /** A pronoun or description as subject: "when he spoke to ...", "the coalition was considering a visit". */
    private void pronounOrDescriptionSubject() {
        if (participants.isEmpty() && holds) {
            int to = subjectVerb >= 0 ? subjectVerb : i;
            for (int k = clauseBegin; k < to; k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (lexicon.personPronouns.contains(w) || (t.get(k).is(Pos.NOUN) && k > 0
                        && t.get(k - 1).text().equalsIgnoreCase("the") || t.get(k).is(Pos.NOUN) && k > 1
                        && t.get(k - 2).text().equalsIgnoreCase("the"))) {
                    // a description is resolved by its head, the last noun: "the opposition head" -> "head"
                    while (!lexicon.personPronouns.contains(w) && k + 1 < to && t.get(k + 1).is(Pos.NOUN)) {
                        k++;
                        w = t.get(k).text().toLowerCase(Locale.ROOT);
                    }
                    String leader = people.nationalLeader(k);
                    Mention r = leader == null ? coref.resolve(w, t.get(k).begin()) : null;
                    if (leader != null || r != null) {
                        participants.add(leader != null ? leader : r.key());
                        break;
                    }
                }
            }
        }
    }

    /** "X said at the start of talks with Y", "quoted X as saying after talks with Y": X was there. */
    private void occasionParticipants() {
        if (participants.isEmpty() && !verbal) {
            int v = shapes.occasionVerb(t, i);
            for (Mention m : ms) {
                if (v > 0 && m.participantKey() != null && (m.tokenEnd() == v || m.tokenEnd() == v - 1
                        && (t.get(v - 1).text().equalsIgnoreCase("as") || t.get(v - 1).text().equals(",")))) {
                    participants.add(m.participantKey());
                }
            }
        }
    }

    /** A trigger inside an opening phrase belongs to the main clause's subject: "In a conversation with X, Lavrov said". */
    private void openingPhraseSubject() {
        int open = 0;
        while (open < i && t.get(open).is(Pos.PUNCT)) {
            open++; // a quote opening the sentence
        }
        if (verbal || !t.get(open).is(Pos.ADP) || sceneAfterOpeningPhrase(open)) {
            return;
        }
        int comma = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                comma = k > i ? k : -1;
                break;
            }
        }
        if (comma > 0) {
            // the first actor before the main verb: "At a meeting in X, the bank's president Y said"
            int verb = comma + 1;
            while (verb < t.size() && !t.get(verb).isVerb()) {
                verb++;
            }
            Mention head = null;
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : ms) {
                if (m.tokenBegin() > comma && m.tokenEnd() <= verb && m.participantKey() != null
                        && !clause.possessor(m)) {
                    head = m; // the last name before the verb: "World Bank president X said"
                }
                if (m.tokenEnd() <= comma && m.kind() == Mention.Kind.PERSON && m.key() != null) {
                    named.add(m.key());
                }
            }
            if (head != null) {
                participants.add(head.participantKey());
            }
            // "At a conference hosted by X, he said": "he" is not X, whom the writer would have named again
            // a comma may end the sentence (a tokeniser's split): then no pronoun follows it
            String w = comma + 1 < t.size() ? t.get(comma + 1).text().toLowerCase(Locale.ROOT) : "";
            Mention r = lexicon.personPronouns.contains(w) ? coref.resolve(w, t.get(comma + 1).begin(), named) : null;
            if (r != null) {
                participants.add(r.key());
            }
            clauseEnd = Math.min(clauseEnd, comma);
        }
    }

    /** "At that meeting Bellamy admitted to X ...": a short opening phrase without a comma, then its scene. */
    private boolean sceneAfterOpeningPhrase(int open) {
        if (i - open > 3 || i + 1 >= t.size()) {
            return false;
        }
        for (int k = open + 1; k < i; k++) {
            if (!t.get(k).isAny(Pos.DET, Pos.ADJ, Pos.NUM) && !t.get(k).is(Pos.PRON)) {
                return false; // "At that meeting", "At the first meeting", "At their meeting"
            }
        }
        Set<String> scene = people.scene(i + 1, t.size());
        participants.addAll(scene);
        if (!scene.isEmpty()) {
            clauseEnd = Math.min(clauseEnd, i + 1);
        }
        return !scene.isEmpty();
    }
}
