package newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * One meeting trigger in its sentence, and the rules that find the meeting's participants, place,
 * date and status around it. Each rule adds to what the ones before it found, in this order.
 */
final class MeetingSite {
    private final Lexicon lexicon;
    private final MeetingShapes shapes;
    private final Article article;
    private final Coreference coref;
    private final MeetingStory story;
    private final Sentence s;
    private final List<Token> t;
    private final ClauseView clause;
    private final List<Mention> ms;
    private final int i;
    private final String kind;

    private final TriggerClause trigger;
    private final int clauseBegin;
    /** Narrowed by an opening phrase: "In talks with X, Y said". */
    private int clauseEnd;
    private final boolean verbal;
    private final int subjectVerb;
    private final boolean holds;
    private final Set<String> participants = new LinkedHashSet<>();
    private final MeetingSetting setting;
    /** The meeting is a body's own ("the G-7 meeting"): the body alone makes it. */
    private boolean bodyNamed;

    /** The rules' word lists and resolvers, shared by every site. */
    record Rules(Lexicon lexicon, Gazetteer gazetteer, DateResolver dates, MeetingTriggers triggers) {
    }

    /** The article a site is in. */
    record ArticleInput(Article article, AnnotatedDocument doc, Coreference coref, List<QuoteFinder.Quote> quotes,
                        MeetingStory story) {
    }

    MeetingSite(Rules rules, ArticleInput in, Sentence s, List<Mention> ms, int i, String kind) {
        this.lexicon = rules.lexicon();
        this.shapes = new MeetingShapes(lexicon);
        this.article = in.article();
        this.coref = in.coref();
        this.story = in.story();
        this.s = s;
        this.t = s.tokens();
        this.clause = new ClauseView(t, lexicon);
        this.ms = ms;
        this.i = i;
        this.kind = kind;
        this.trigger = new TriggerClause(rules, clause, in.quotes(), t, ms, i);
        this.clauseBegin = trigger.begin();
        this.clauseEnd = trigger.end();
        this.verbal = trigger.verbal();
        this.subjectVerb = trigger.subjectVerb();
        this.holds = trigger.holds();
        this.setting = new MeetingSetting(rules, in, s, ms, i, kind);
    }

    /** The meeting this trigger tells, or null. */
    MeetingDraft build() {
        subjectParticipants();
        pronounOrDescriptionSubject();
        occasionParticipants();
        openingPhraseSubject();
        possessorParticipants();
        bodyParticipants();
        setting.placeNamingTheMeeting(trigger);
        objectParticipants();
        theTwoPeople();
        secondParticipantFromDescription();
        setting.placeBeforeTrigger(trigger, participants);
        affiliations();
        setting.placeHere(clauseEnd);
        visitedGovernment();
        visitorsCountry();
        return finish();
    }

    /** The first actor of the clause before the verb, and the actors coordinated with it. */
    private void subjectParticipants() {
        if (holds && clauseBegin >= 2 && t.get(clauseBegin - 2).text().equals(",")
                && lexicon.relativePronouns.contains(t.get(clauseBegin - 1).text().toLowerCase(Locale.ROOT))) {
            // "India, which attends the G7 meeting": the antecedent is the subject
            for (Mention m : ms) {
                if (m.tokenEnd() == clauseBegin - 2 && m.participantKey() != null) {
                    participants.add(m.participantKey());
                    return;
                }
            }
        }
        if (holds) {
            // the clause's subject and the names coordinated with it: "Russia, the US and the UN are trying
            // to convene"; a pronoun standing first ("He is the only leader invited") is resolved below
            ClauseView.Subject subject = clause.subject(clauseBegin, subjectVerb >= 0 ? subjectVerb : i, ms,
                    m -> m.participantKey() != null);
            if (subject.mention() != null) {
                participants.add(subject.mention().participantKey());
                subject.coordinated().forEach(n -> participants.add(n.participantKey()));
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
                    Mention r = coref.resolve(w, t.get(k).begin());
                    if (r != null) {
                        participants.add(r.key());
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
        if (!verbal && t.get(0).is(Pos.ADP)) {
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
                for (Mention m : ms) {
                    if (m.tokenBegin() > comma && m.tokenEnd() <= verb && m.participantKey() != null
                            && !clause.possessor(m)) {
                        head = m; // the last name before the verb: "World Bank president X said"
                    }
                }
                if (head != null) {
                    participants.add(head.participantKey());
                }
                String w = t.get(comma + 1).text().toLowerCase(Locale.ROOT);
                Mention r = lexicon.personPronouns.contains(w) ? coref.resolve(w, t.get(comma + 1).begin()) : null;
                if (r != null) {
                    participants.add(r.key()); // "At a conference hosted by X, he said"
                }
                clauseEnd = Math.min(clauseEnd, comma);
            }
        }
    }

    /**
     * The possessor of a nominal trigger: "Putin's first telephone talks with Assad", "his visit" (the
     * one "he" is), "the Iranian president's visit" (unnamed: the state).
     */
    private void possessorParticipants() {
        if (verbal) {
            return;
        }
        for (Mention m : ms) {
            if (clause.possessor(m) && m.tokenEnd() + 1 <= i && i - m.tokenEnd() <= 4 && m.participantKey() != null
                    && shapes.onlyModifiers(t, m.tokenEnd() + 1, i)) {
                participants.add(m.participantKey());
            }
            if (m.kind() == Mention.Kind.COUNTRY && m.tokenEnd() + 2 <= i && shapes.onlyModifiers(t, m.tokenEnd() + 2, i)
                    && lexicon.roleNouns.contains(t.get(m.tokenEnd()).text().toLowerCase(Locale.ROOT))
                    && t.get(m.tokenEnd() + 1).text().equals("'s")) {
                participants.add(ActorKeys.government(m.iso()));
            }
        }
        int k = i - 1;
        while (k > 0 && i - k <= 3 && t.get(k).isAny(Pos.ADJ, Pos.NOUN, Pos.NUM)) {
            k--;
        }
        String pronoun = lexicon.possessivePronouns.get(t.get(Math.max(k, 0)).text().toLowerCase(Locale.ROOT));
        Mention r = pronoun == null ? null : coref.resolve(pronoun, t.get(k).begin());
        if (r != null && r.key() != null) {
            participants.add(r.key());
        }
    }

    /** A body that owns a nominal trigger: "the G-7 meeting", "the annual meetings of the IMF and World Bank". */
    private void bodyParticipants() {
        if (!verbal) {
            for (Mention m : shapes.namingBodies(t, i, ms)) {
                participants.add(m.participantKey());
                bodyNamed = true;
            }
        }
    }

    /** Objects and "with"/"between" phrases after the trigger, within the clause; places after "in", "to", "at". */
    private void objectParticipants() {
        for (Mention m : ms) {
            if (m.tokenBegin() <= i || m.tokenBegin() >= clauseEnd) {
                continue;
            }
            int before = m.tokenBegin() - 1;
            while (before > i && t.get(before).is(Pos.DET)) {
                before--; // "a visit to the United States"
            }
            String prep = before >= 0 ? t.get(before).text().toLowerCase(Locale.ROOT) : "";
            boolean placePrep = setting.placePreposition(prep, m, verbal);
            if (!verbal && !placePrep && !shapes.introducedBy(t, i, m.tokenBegin(), lexicon.meetingParticipantLinks)) {
                continue; // "talks on X": a nominal trigger takes its participants after with/between/by
            }
            if (setting.placeAfterTrigger(m, placePrep)) {
                continue;
            }
            if (clause.possessor(m) && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT)
                    && m.tokenEnd() + 1 < t.size() && lexicon.roleNouns.contains(
                    t.get(m.tokenEnd() + 1).text().toLowerCase(Locale.ROOT)) && shapes.mentionStartingAt(ms, m.tokenEnd() + 2) == null) {
                participants.add(ActorKeys.government(m.iso())); // "Iran's president", unnamed: the state
                continue;
            }
            if (clause.possessor(m) || m.participantKey() == null) {
                continue;
            }
            if ((m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT) && m.tokenEnd() < t.size()
                    && lexicon.roleNouns.contains(t.get(m.tokenEnd()).text().toLowerCase(Locale.ROOT))) {
                continue; // "the UN's Syria envoy": the country modifies a role
            }
            if (m.kind() == Mention.Kind.COUNTRY && prep.equals("of") && m.tokenBegin() >= 2
                    && ms.stream().anyMatch(p -> p.kind() == Mention.Kind.PERSON && p.tokenEnd() == m.tokenBegin() - 1)) {
                continue; // "Anna Kowalski of Poland": her country, not a participant
            }
            if (verbal && t.get(i).lemma().equals("host") && !shapes.hostedGuest(t, i, m, ms)) {
                continue; // "hosts its only naval base outside X"
            }
            participants.add(m.participantKey());
            if (m.affiliation() != null) {
                participants.add(m.affiliation());
            }
        }
    }

    /** "a telephone conversation the two men had": the two people the sentence names, if just two. */
    private void theTwoPeople() {
        if (participants.size() < 2 && !verbal && shapes.twoPeopleNear(t, i)) {
            Set<String> people = new LinkedHashSet<>();
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.PERSON && m.key() != null) {
                    people.add(m.key());
                }
            }
            if (people.size() == 2) {
                participants.addAll(people);
            }
        }
    }

    /** One participant so far: officials of the place, or a description after the trigger ("met the minister"). */
    private void secondParticipantFromDescription() {
        PlaceRef place = setting.place();
        if (participants.size() == 1) {
            for (int k = i + 1; k < clauseEnd; k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (place != null && place.countryIso() != null && (w.equals("officials") || w.equals("diplomats")
                        || w.equals("authorities") || w.equals("leaders") || w.equals("representatives"))) {
                    participants.add(ActorKeys.government(place.countryIso()));
                    break;
                }
                if (t.get(k).is(Pos.NOUN) && k > 0 && (t.get(k - 1).text().equalsIgnoreCase("the")
                        || k > 1 && t.get(k - 2).text().equalsIgnoreCase("the"))) {
                    Mention r = coref.resolve(w, t.get(k).begin(), participants);
                    if (r != null) {
                        participants.add(r.key());
                        break;
                    }
                }
            }
        }
    }

    /** A participant's affiliation takes part too. */
    private void affiliations() {
        for (Mention m : ms) {
            if (participants.contains(m.key()) && m.affiliation() != null) {
                participants.add(m.affiliation());
            }
        }
    }

    /** A visit to a country's capital is a meeting with its government. */
    private void visitedGovernment() {
        PlaceRef place = setting.place();
        if (kind.equals("visit") && place != null && place.countryIso() != null) {
            participants.add(ActorKeys.government(place.countryIso()));
        }
    }

    /** A visitor alone: the state they stand for goes with them ("King X of Y begins a state visit"). */
    private void visitorsCountry() {
        if (kind.equals("visit") && participants.size() == 1) {
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.PERSON && participants.contains(m.key())) {
                    Mention of = m.tokenEnd() + 1 < t.size() && t.get(m.tokenEnd()).text().equalsIgnoreCase("of")
                            ? shapes.mentionStartingAt(ms, m.tokenEnd() + 1) : null;
                    String iso = of != null && of.kind() == Mention.Kind.COUNTRY ? of.iso() : m.iso();
                    if (iso != null) {
                        participants.add(ActorKeys.government(iso));
                    }
                }
            }
        }
    }

    /**
     * Whether one participant makes the meeting: a conference named by its city ("attend the Geneva
     * conference"), a body's own meeting ("the G-7 meeting", "the G-7 will meet", "ministers of the GCC
     * ended talks"), or someone at a meeting whose place is told ("at a meeting in Bangkok, X said").
     */
    private boolean alone() {
        if (setting.namedByPlace() || bodyNamed) {
            return true;
        }
        // "ministers of X ended talks": the body ran it; "X agreed to attend the conference": someone else's
        boolean gathers = lexicon.gatheringVerbs.contains(t.get(verbal || subjectVerb < 0 ? i : subjectVerb).lemma());
        boolean body = participants.stream().allMatch(p -> p.startsWith("org:"));
        return !kind.equals("call") && (gathers && body || setting.place() != null && (gathers || !verbal) && !kind.equals("visit"));
    }

    /** The draft, or null when too few participants are known. */
    MeetingDraft finish() {
        participants.removeIf(p -> p == null);
        Tense tense = clause.tense(clauseBegin, i, clauseEnd);
        DateValue date = setting.date(tense, verbal, clauseBegin, clauseEnd);
        story.told(kind, date);
        if (participants.size() < (alone() ? 1 : 2)) {
            return null;
        }
        String status = shapes.status(t, clauseBegin, i, clauseEnd, tense, !verbal);
        setting.placeOfDateline(status);
        String word = verbal ? t.get(i).lemma() : t.get(i).text().toLowerCase(Locale.ROOT);
        MeetingDraft d = new MeetingDraft(kind, setting.place(), date, status, word, verbal && t.get(i).lemma().equals("host"));
        d.participants.addAll(participants);
        for (Mention m : ms) {
            if (m.iso() != null && participants.contains(m.participantKey())) {
                d.countries.put(m.participantKey(), m.iso());
            }
        }
        d.evidence.add(new Evidence(article.id(), t.get(i).begin(), t.get(i).end(), s.begin(), s.end(), MeetingExtractor.NAME, 0.7));
        d.skipTo = trigger.invitation() ? clauseEnd : i; // "invited X to visit Y": one proposed visit
        for (int k = clauseBegin; k < clauseEnd; k++) {
            if (t.get(k).text().equalsIgnoreCase("separate") || t.get(k).text().equalsIgnoreCase("separately")) {
                d.separate = true;
            }
        }
        return d;
    }
}
