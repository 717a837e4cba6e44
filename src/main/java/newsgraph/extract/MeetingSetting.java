package newsgraph.extract;

import java.util.List;
import java.util.Set;

import newsgraph.ingest.Article;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Where and when the meeting of one trigger happens: the place rules, which {@link MeetingSite} calls
 * in turn between its participant rules, and the date rule.
 */
final class MeetingSetting {
    private final MeetingSite.Rules rules;
    private final MeetingSite.ArticleInput in;
    private final Sentence s;
    private final List<Token> t;
    private final List<Mention> ms;
    private final int i;
    private final String kind;
    private final ClauseView clause;
    private final MeetingShapes shapes;

    private PlaceRef place;
    private boolean namedByPlace;

    MeetingSetting(MeetingSite.Rules rules, MeetingSite.ArticleInput in, Sentence s, List<Mention> ms, int i,
                   String kind) {
        this.rules = rules;
        this.in = in;
        this.s = s;
        this.t = s.tokens();
        this.ms = ms;
        this.i = i;
        this.kind = kind;
        this.clause = new ClauseView(t, rules.lexicon());
        this.shapes = new MeetingShapes(rules.lexicon());
    }

    /** The place found so far, or null. */
    PlaceRef place() {
        return place;
    }

    /** Whether the meeting is named by its city and attended ("attend the Geneva conference"). */
    boolean namedByPlace() {
        return namedByPlace;
    }

    /** A meeting named by its city: "the Geneva conference", "the Vienna peace talks". */
    void placeNamingTheMeeting(TriggerClause c) {
        if (place == null && !c.verbal()) {
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.PLACE && m.tokenEnd() <= i && i - m.tokenEnd() <= 1
                        && (m.tokenEnd() == i || t.get(m.tokenEnd()).is(Pos.NOUN))
                        && m.tokenBegin() > 0 && t.get(m.tokenBegin() - 1).is(Pos.DET)) {
                    place = new PlaceRef(m.text(), m.iso());
                    // "attend the Geneva conference": the holding verb takes the named meeting as its object
                    int verb = c.subjectVerb();
                    namedByPlace = verb >= 0 && rules.lexicon().meetingHoldingVerbs.contains(t.get(verb).lemma())
                            && clause.onlyDeterminers(verb + 1, m.tokenBegin());
                }
            }
        }
    }

    /**
     * Whether {@code prep} before a mention after the trigger gives a place: "in", "at"; "to" only for
     * visits and journeys ("a meeting that opened a visit to Japan"); the object of "visit".
     */
    boolean placePreposition(String prep, Mention m, boolean verbal) {
        return prep.equals("in") || prep.equals("at") || prep.equals("to") && (verbal || kind.equals("visit"))
                || (verbal && kind.equals("visit") && m.tokenBegin() == i + 1)
                || prep.equals("visit"); // "invited X to visit Nairobi"
    }

    /** Whether a mention after the trigger is a place rather than a participant; the first such after a place preposition is the place. */
    boolean placeAfterTrigger(Mention m, boolean placePrep) {
        if (m.kind() == Mention.Kind.PLACE || ((m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT)
                && placePrep && !"DEMONYM".equals(m.head()))) {
            if (place == null && placePrep) {
                place = new PlaceRef(m.text(), m.iso());
            }
            return true;
        }
        return false;
    }

    /** A place before a nominal trigger ("in Moscow for talks"); a lone delegation there meets its hosts. */
    void placeBeforeTrigger(TriggerClause c, Set<String> participants) {
        if (place == null && !c.verbal()) {
            for (Mention m : ms) {
                if (m.tokenBegin() >= c.begin() && m.tokenEnd() <= i && m.tokenBegin() > 0
                        && t.get(m.tokenBegin() - 1).text().equalsIgnoreCase("in") && m.iso() != null
                        && (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.COUNTRY
                        || m.kind() == Mention.Kind.GOVERNMENT) && !"DEMONYM".equals(m.head())) {
                    place = new PlaceRef(m.text(), m.iso());
                    // a delegation "in Moscow for talks" meets its hosts
                    String host = ActorKeys.government(m.iso());
                    if (participants.size() == 1 && !participants.contains(host)) {
                        participants.add(host);
                    }
                }
            }
        }
    }

    /** A meeting or visit "here" is in the dateline's city. */
    void placeHere(int clauseEnd) {
        if (place == null && in.article().meta().dateline() != null) {
            for (int k = i + 1; k < clauseEnd; k++) {
                if (t.get(k).text().equalsIgnoreCase("here")) {
                    place = datelinePlace();
                }
            }
        }
    }

    /** A meeting held with no place told: the dateline's city, where the story was filed from. */
    void placeOfDateline(String status) {
        if (place == null && status.equals("held") && !kind.equals("visit") && !kind.equals("call")
                && in.article().meta().dateline() != null) {
            place = datelinePlace();
        }
    }

    private PlaceRef datelinePlace() {
        String city = in.article().meta().dateline();
        return new PlaceRef(city, rules.gazetteer().countryByCapital(city).map(c -> c.alpha2()).orElse(null));
    }

    /**
     * The date nearest the trigger in its clause; "the meeting" told again ("during the visit", "the
     * London talks") is the one the story told before and takes its date, unless a date follows it.
     */
    DateValue date(Tense tense, boolean verbal, int clauseBegin, int clauseEnd) {
        Article article = in.article();
        MeetingStory story = in.story();
        TemporalMention when = rules.dates().nearest(in.doc(), s, i, tense, article, t.get(clauseBegin).begin(),
                t.get(Math.max(clauseBegin, clauseEnd - 1)).end());
        boolean follows = when != null && when.begin() > t.get(i).begin()
                && when.begin() <= t.get(Math.min(t.size() - 1, i + 6)).end();
        if (!verbal && !follows && story.last(kind) != null && shapes.definite(t, i)) {
            return story.last(kind);
        }
        for (int k = i + 1; when == null && k < clauseEnd; k++) {
            // "will meet X during the visit": the date of the visit the story told
            String other = rules.triggers().kindAt(t, k);
            if (other != null && !t.get(k).isVerb() && shapes.definite(t, k) && story.last(other) != null) {
                return story.last(other);
            }
        }
        return when == null ? null : when.value();
    }
}
