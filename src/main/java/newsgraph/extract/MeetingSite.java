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
    private final MeetingTriggers triggers;
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
    private final Set<String> participants = new LinkedHashSet<>();
    private final MeetingSetting setting;
    private final MeetingPeople people;
    /** The body whose own meeting it is ("the G-7 meeting"): the body alone makes it. */
    private String body;

    /** The rules' word lists and resolvers, shared by every site. */
    record Rules(Lexicon lexicon, Gazetteer gazetteer, DateResolver dates, MeetingTriggers triggers) {
    }

    /** The article a site is in. */
    record ArticleInput(Article article, AnnotatedDocument doc, Coreference coref, List<QuoteFinder.Quote> quotes,
                        MeetingStory story) {
    }

    MeetingSite(Rules rules, ArticleInput in, Sentence s, List<Mention> ms, int i, String kind) {
        this.lexicon = rules.lexicon();
        this.triggers = rules.triggers();
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
        this.setting = new MeetingSetting(rules, in, s, ms, i, kind);
        this.people = new MeetingPeople(lexicon, coref, t, ms);
    }

    /** The meeting this trigger tells, or null. */
    MeetingDraft build() {
        clauseEnd = new MeetingSubjects(lexicon, coref, trigger, people, t, ms, i, participants).find(clauseEnd);
        possessorParticipants();
        bodyParticipants();
        setting.placeNamingTheMeeting(trigger);
        objectParticipants();
        sceneParticipants();
        theTwoPeople();
        secondParticipantFromDescription();
        setting.placeBeforeTrigger(trigger, participants);
        affiliations();
        setting.placeHere(clauseEnd);
        setting.placeBeforeWhere();
        setting.placeOfJourney();
        visitedGovernment();
        visitorsCountry();
        return finish();
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
        // "invited to take part in the G7 meeting": the body's meeting the invitation is to
        int noun = trigger.invitation() ? triggers.invitedMeeting(t, i) : verbal ? -1 : i;
        if (noun < 0 || kind.equals("visit") || kind.equals("call")) {
            return; // "an ADB invitation", "a White House call": the body's, but not its own meeting
        }
        for (Mention m : shapes.namingBodies(t, noun, ms)) {
            participants.add(m.participantKey());
            body = body == null ? m.participantKey() : body;
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
            if (clause.possessor(m) || people.key(m) == null || people.gapped(i, m)) {
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
            participants.add(people.key(m));
            if (m.affiliation() != null) {
                participants.add(m.affiliation());
            }
        }
    }

    /** "a dinner where the minister told X ...", "the meeting at which X told Y": the two were there. */
    private void sceneParticipants() {
        if (verbal) {
            return;
        }
        for (int k = i + 1; k < Math.min(t.size() - 1, i + 8) && !t.get(k).text().equals(","); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("where") || w.equals("at") && t.get(k + 1).text().equalsIgnoreCase("which")) {
                participants.addAll(people.scene(w.equals("where") ? k + 1 : k + 2, t.size()));
                return;
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
                    String leader = people.nationalLeader(k);
                    Mention r = leader == null ? coref.resolve(w, t.get(k).begin(), participants) : null;
                    if (leader != null && !participants.contains(leader) || r != null) {
                        participants.add(leader != null ? leader : r.key());
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
        if (setting.namedByPlace() || body != null) {
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
        if (date == null) {
            date = setting.storyDay(status, clauseBegin, clauseEnd);
        }
        String word = verbal ? t.get(i).lemma() : t.get(i).text().toLowerCase(Locale.ROOT);
        MeetingDraft d = new MeetingDraft(kind, setting.place(), date, status, word, verbal && t.get(i).lemma().equals("host"));
        d.participants.addAll(participants);
        d.body = body;
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
