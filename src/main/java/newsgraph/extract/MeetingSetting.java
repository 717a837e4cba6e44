package newsgraph.extract;

import java.util.List;
import java.util.Locale;
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

    /** "flying from the United States, where he met X": the place "where" stands for. */
    void placeBeforeWhere() {
        for (int k = i - 1; place == null && k >= Math.max(2, i - 5); k--) {
            if (t.get(k).text().equalsIgnoreCase("where") && t.get(k - 1).text().equals(",")) {
                for (Mention m : ms) {
                    if (m.tokenEnd() == k - 1 && isPlace(m)) {
                        place = new PlaceRef(m.text(), m.iso());
                    }
                }
                return;
            }
        }
    }

    /**
     * The destination of a journey the meeting serves: "headed to Brussels to meet X", "flew to Moscow
     * for talks", "will begin talks with X as soon as they return to London".
     */
    void placeOfJourney() {
        Lexicon lexicon = rules.lexicon();
        for (Mention m : ms) {
            int verb = m.tokenBegin() - 2;
            if (place != null || verb < 0 || !isPlace(m) || !t.get(verb).isVerb()
                    || !lexicon.journeyVerbs.contains(t.get(verb).lemma())
                    || !(word(verb + 1).equals("to") || word(verb + 1).equals("in"))) {
                continue;
            }
            boolean purpose = m.tokenEnd() < i && i - m.tokenEnd() <= 2
                    && (word(m.tokenEnd()).equals("to") || word(m.tokenEnd()).equals("for"));
            boolean whenThere = false;
            for (int k = verb - 1; k >= Math.max(i + 1, verb - 3); k--) {
                whenThere |= verb - i <= 12 && lexicon.arrivalClauseOpeners.contains(word(k));
            }
            if (purpose || whenThere) {
                place = new PlaceRef(m.text(), m.iso());
            }
        }
    }

    /**
     * A meeting held with no date told, in the first sentences of a dated wire story ("ended a meeting
     * here", "is attending the annual meeting"): the story's day, the day such a lead tells the news of.
     * Not for an earlier, hoped-for or habitual one (see the lexicon's story-day blockers) nor a sentence
     * that names any time.
     */
    DateValue storyDay(String status, int clauseBegin, int clauseEnd) {
        Article article = in.article();
        if (!status.equals("held") || article.meta().published() == null || article.meta().dateline() == null
                || s.index() > 2) {
            return null;
        }
        Lexicon lexicon = rules.lexicon();
        for (int k = clauseBegin; k < clauseEnd; k++) {
            if (lexicon.storyDayBlockers.contains(word(k)) || lexicon.futureMarkers.contains(word(k))) {
                return null;
            }
        }
        if (i > 0 && word(i - 1).equals("to")) {
            return null; // "to visit", "to meet": a purpose or a plan, not the news of the day
        }
        String text = in.doc().text().substring(s.begin(), s.end());
        if (!rules.dates().find(text, 0, article.meta().published(), Tense.PAST).isEmpty()) {
            return null;
        }
        return DateValue.day(article.meta().published());
    }

    private boolean isPlace(Mention m) {
        return m.kind() == Mention.Kind.PLACE || (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT)
                && !"DEMONYM".equals(m.head());
    }

    private String word(int k) {
        return k < t.size() ? t.get(k).text().toLowerCase(Locale.ROOT) : "";
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
