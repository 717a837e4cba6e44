package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Meetings, talks, calls, visits and conferences. A trigger is a verb (meet, visit, host, call,
 * phone, confer, negotiate, consult, receive, invite, convene) or a noun (meeting, talks, call,
 * conversation, visit, conference, summit, consultations, negotiations). Participants are the
 * trigger clause's subject, its objects and the actors after "with"/"between"; place, date (resolved
 * against the publication date), status (from tense and modality) and a CAMEO code complete it. The
 * same meeting told in several sentences becomes one record with several pieces of evidence.
 */
public final class MeetingExtractor {
    static final String NAME = "meetings";

    /** "X is locked in talks with Y", "X arrived for talks", "X spoke at the summit": the subject takes part. */
    private boolean engagedIn(List<Token> t, int i) {
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
    private boolean hostedGuest(List<Token> t, int verb, Mention m, List<Mention> ms) {
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
    private boolean groupOf(List<Token> t, Mention m) {
        int k = m.tokenBegin() - 1;
        while (k >= 0 && t.get(k).is(Pos.DET)) {
            k--;
        }
        return k >= 1 && t.get(k).text().equalsIgnoreCase("of")
                && lexicon.groupNouns.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final DateResolver dates = new DateResolver();

    public MeetingExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    private ClauseView view(List<Token> t) {
        return new ClauseView(t, lexicon);
    }

    public List<MeetingRecord> extract(Article article, AnnotatedDocument doc, List<Mention> mentions,
                                       Coreference coref) {
        List<Draft> drafts = new ArrayList<>();
        List<QuoteFinder.Quote> quotes = QuoteFinder.find(doc.text());
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String kind = triggerKind(t, i);
                if (kind == null) {
                    continue;
                }
                Draft d = build(article, doc, s, ms, i, kind, coref, quotes);
                if (d != null && d.separate && d.participants.size() > 2) {
                    // "hosted X and Y for separate rounds of talks": one meeting per guest, rounds of one occasion
                    List<String> parts = new ArrayList<>(d.participants);
                    Object occasion = new Object();
                    for (String guest : parts.subList(1, parts.size())) {
                        Draft round = d.with(List.of(parts.get(0), guest));
                        round.occasion = occasion;
                        merge(drafts, round);
                    }
                } else if (d != null) {
                    merge(drafts, d);
                }
                i = Math.max(i, d == null ? i : d.skipTo);
            }
        }
        shareOccasionPlace(drafts);
        List<MeetingRecord> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new MeetingRecord(d.kind, List.copyOf(d.participants), d.place, d.date, d.status,
                    cameo(d), d.trigger, d.evidence, 0.7));
        }
        return out;
    }

    private String triggerKind(List<Token> t, int i) {
        Token k = t.get(i);
        // "has been to Damascus": a visit
        if (k.lemma().equals("be") && k.text().equalsIgnoreCase("been") && i + 2 < t.size()
                && t.get(i + 1).text().equals("to") && t.get(i + 2).isProperNoun()) {
            return "visit";
        }
        if (k.is(Pos.NOUN) && (k.text().equalsIgnoreCase("talks") || k.text().equalsIgnoreCase("conversation")
                || k.text().equalsIgnoreCase("contact")) && nearby(t, i, "telephone", "phone")) {
            return "call";
        }
        boolean nounSlot = isNounSlot(t, i);
        if (k.is(Pos.VERB) && lexicon.meetingVerbs.containsKey(k.lemma()) && !nounSlot) {
            if (k.lemma().equals("call") && !(i + 1 < t.size() && (t.get(i + 1).isProperNoun()
                    || t.get(i + 1).is(Pos.PRON) && !t.get(i + 1).text().equalsIgnoreCase("it")))) {
                return null; // "called for ceasefires" is not a call
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
    private boolean isNounSlot(List<Token> t, int i) {
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

    private Draft build(Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms, int i, String kind,
                        Coreference coref, List<QuoteFinder.Quote> quotes) {
        List<Token> t = s.tokens();
        int clauseBegin = view(t).begin(i);
        int clauseEnd = view(t).end(i);
        // a meeting told inside a quote takes its participants from the quote, not from the attribution
        for (QuoteFinder.Quote q : quotes) {
            if (q.contains(t.get(i).begin())) {
                while (clauseBegin < i && !q.contains(t.get(clauseBegin).begin())) {
                    clauseBegin++;
                }
                int k = i;
                while (k < clauseEnd && q.contains(t.get(k).begin())) {
                    k++;
                }
                clauseEnd = k;
            }
        }
        boolean isVerb = t.get(i).is(Pos.VERB);
        boolean invitation = isVerb && t.get(i).lemma().equals("invite");
        if (isVerb && !invitation) {
            // a verb's objects end where a purpose or relative clause starts: "meet X to discuss Y that Z ..."
            for (int k = i + 1; k < clauseEnd; k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("that") || w.equals("which") || w.equals("who")
                        || (w.equals("to") && k + 1 < t.size() && t.get(k + 1).is(Pos.VERB))) {
                    clauseEnd = k;
                    break;
                }
            }
        }
        Set<String> participants = new LinkedHashSet<>();
        PlaceRef place = null;
        boolean verbal = t.get(i).is(Pos.VERB) && !isNounSlot(t, i) || t.get(i).text().equalsIgnoreCase("been");
        int subjectVerb = verbal ? i : view(t).governingVerb(clauseBegin, i);
        boolean holds = verbal || (subjectVerb >= 0 && lexicon.meetingHoldingVerbs.contains(t.get(subjectVerb).lemma()))
                || view(t).copulaBefore(clauseBegin, i) || engagedIn(t, i);
        // subject: the first actor of the clause before the verb
        for (Mention m : ms) {
            if (!holds) {
                break;
            }
            if (m.tokenBegin() >= clauseBegin && m.tokenEnd() <= (subjectVerb >= 0 ? subjectVerb : i)
                    && !view(t).possessor(m) && (!view(t).objectOfPreposition(m) || groupOf(t, m)) && participantKey(m) != null) {
                participants.add(participantKey(m));
                // coordinated subjects: "Russia, the United States and the United Nations are trying to convene"
                int end = m.tokenEnd();
                for (Mention n : ms) {
                    if (n.tokenBegin() >= end && n.tokenEnd() <= (subjectVerb >= 0 ? subjectVerb : i)
                            && view(t).onlyCoordination(end, n.tokenBegin()) && participantKey(n) != null) {
                        participants.add(participantKey(n));
                        end = n.tokenEnd();
                    }
                }
                break;
            }
        }
        if (participants.isEmpty() && holds) {
            // a pronoun or description as subject: "when he spoke to ...", "the coalition was considering a visit"
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
        if (participants.isEmpty() && !verbal) {
            // "X said at the start of talks with Y", "quoted X as saying after talks with Y": X was there
            int v = occasionVerb(t, i);
            for (Mention m : ms) {
                if (v > 0 && participantKey(m) != null && (m.tokenEnd() == v || m.tokenEnd() == v - 1
                        && (t.get(v - 1).text().equalsIgnoreCase("as") || t.get(v - 1).text().equals(",")))) {
                    participants.add(participantKey(m));
                }
            }
        }
        // a trigger inside an opening phrase belongs to the main clause's subject:
        // "In a conversation on Friday with X, Lavrov said ..."
        if (!verbal && t.get(0).is(Pos.ADP)) {
            int comma = -1;
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).text().equals(",")) {
                    comma = k > i ? k : -1;
                    break;
                }
            }
            if (comma > 0) {
                for (Mention m : ms) {
                    if (m.tokenBegin() == comma + 1 && participantKey(m) != null) {
                        participants.add(participantKey(m));
                    }
                }
                clauseEnd = Math.min(clauseEnd, comma);
            }
        }
        // possessor of a nominal trigger: "Putin's first telephone talks with Assad"
        for (Mention m : ms) {
            if (!verbal && view(t).possessor(m) && m.tokenEnd() + 1 <= i && i - m.tokenEnd() <= 4 && participantKey(m) != null) {
                participants.add(participantKey(m));
            }
        }
        // a meeting named by its city: "the Geneva conference", "the Vienna peace talks"
        boolean namedByPlace = false;
        if (place == null && !verbal) {
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.PLACE && m.tokenEnd() <= i && i - m.tokenEnd() <= 1
                        && (m.tokenEnd() == i || t.get(m.tokenEnd()).is(Pos.NOUN))
                        && m.tokenBegin() > 0 && t.get(m.tokenBegin() - 1).is(Pos.DET)) {
                    place = new PlaceRef(m.text(), m.iso());
                    // "attend the Geneva conference": the holding verb takes the named meeting as its object
                    namedByPlace = subjectVerb >= 0 && lexicon.meetingHoldingVerbs.contains(t.get(subjectVerb).lemma())
                            && view(t).onlyDeterminers(subjectVerb + 1, m.tokenBegin());
                }
            }
        }
        // objects and "with / between" phrases after the trigger, within the clause
        for (Mention m : ms) {
            if (m.tokenBegin() <= i || m.tokenBegin() >= clauseEnd) {
                continue;
            }
            String prep = m.tokenBegin() > 0 ? t.get(m.tokenBegin() - 1).text().toLowerCase(Locale.ROOT) : "";
            boolean placePrep = prep.equals("in") || prep.equals("to") || prep.equals("at")
                    || (verbal && kind.equals("visit") && m.tokenBegin() == i + 1)
                    || prep.equals("visit"); // "invited X to visit Nairobi"
            if (!verbal && !placePrep && !introducedBy(t, i, m.tokenBegin(), lexicon.meetingParticipantLinks)) {
                continue; // "talks on X": a nominal trigger takes its participants after with/between/by
            }
            if (m.kind() == Mention.Kind.PLACE || ((m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT)
                    && placePrep && !"DEMONYM".equals(m.head()))) {
                if (place == null && placePrep) {
                    place = new PlaceRef(m.text(), m.iso());
                }
                continue;
            }
            if (view(t).possessor(m) && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.GOVERNMENT)
                    && m.tokenEnd() + 1 < t.size() && lexicon.roleNouns.contains(
                    t.get(m.tokenEnd() + 1).text().toLowerCase(Locale.ROOT)) && mentionStartingAt(ms, m.tokenEnd() + 2) == null) {
                participants.add(ActorKeys.government(m.iso())); // "Iran's president", unnamed: the state
                continue;
            }
            if (view(t).possessor(m) || participantKey(m) == null) {
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
            if (verbal && t.get(i).lemma().equals("host") && !hostedGuest(t, i, m, ms)) {
                continue; // "hosts its only naval base outside X"
            }
            participants.add(participantKey(m));
            if (m.affiliation() != null) {
                participants.add(m.affiliation());
            }
        }
        if (participants.size() < 2 && !verbal && twoPeopleNear(t, i)) {
            // "a telephone conversation the two men had": the two people the sentence names, if just two
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
        if (place == null && !verbal) {
            for (Mention m : ms) {
                if (m.tokenBegin() >= clauseBegin && m.tokenEnd() <= i && m.tokenBegin() > 0
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
        for (Mention m : ms) {
            if (participants.contains(m.key()) && m.affiliation() != null) {
                participants.add(m.affiliation());
            }
        }
        if (place == null && kind.equals("visit")) {
            for (int k = i + 1; k < clauseEnd; k++) {
                if (t.get(k).text().equalsIgnoreCase("here") && article.meta().dateline() != null) {
                    place = new PlaceRef(article.meta().dateline(),
                            gazetteer.countryByCapital(article.meta().dateline()).map(c -> c.alpha2()).orElse(null));
                }
            }
        }
        // a visit to a country's capital is a meeting with its government
        if (kind.equals("visit") && place != null && place.countryIso() != null) {
            participants.add(ActorKeys.government(place.countryIso()));
        }
        participants.removeIf(p -> p == null);
        // one known attendee of a conference named by its city is still that conference
        if (participants.size() < (namedByPlace ? 1 : 2)) {
            return null;
        }
        Tense tense = view(t).tense(clauseBegin, i, clauseEnd);
        String status = status(t, clauseBegin, i, clauseEnd, tense);
        DateValue date = date(doc, s, i, tense, article, t.get(clauseBegin).begin(),
                t.get(Math.max(clauseBegin, clauseEnd - 1)).end());
        Draft d = new Draft();
        d.kind = kind;
        d.participants.addAll(participants);
        d.place = place;
        d.date = date;
        d.status = status;
        d.trigger = verbal ? t.get(i).lemma() : t.get(i).text().toLowerCase(Locale.ROOT);
        d.hosted = verbal && t.get(i).lemma().equals("host");
        for (Mention m : ms) {
            if (m.iso() != null && participants.contains(participantKey(m))) {
                d.countries.put(participantKey(m), m.iso());
            }
        }
        d.evidence.add(new Evidence(article.id(), t.get(i).begin(), t.get(i).end(), s.begin(), s.end(), NAME, 0.7));
        d.skipTo = invitation ? clauseEnd : i; // "invited X to visit Y": one proposed visit
        for (int k = clauseBegin; k < clauseEnd; k++) {
            if (t.get(k).text().equalsIgnoreCase("separate") || t.get(k).text().equalsIgnoreCase("separately")) {
                d.separate = true;
            }
        }
        return d;
    }

    private String participantKey(Mention m) {
        return switch (m.kind()) {
            case PERSON, ORGANIZATION, GOVERNMENT -> m.key();
            case COUNTRY -> "DEMONYM".equals(m.head()) ? null : ActorKeys.government(m.iso());
            default -> null;
        };
    }

    /** Whether a link word stands between the trigger and {@code k} with only names, commas and "and" after it. */
    private boolean introducedBy(List<Token> t, int trigger, int k, Set<String> links) {
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

    private Mention mentionStartingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.tokenBegin() == k) {
                return m;
            }
        }
        return null;
    }

    String status(List<Token> t, int from, int i, int to, Tense tense) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (lexicon.decliningWords.contains(x.lemma()) && !(k + 1 < t.size() && t.get(k + 1).lemma().equals("comment"))) {
                return "declined";
            }
        }
        ClauseView clause = view(t);
        if (clause.cannot(from, to) || clause.negated(from, i, to) && tense != Tense.FUTURE) {
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
            case PRESENT -> t.get(i).is(Pos.NOUN) ? "planned" : "held";
            default -> "held";
        };
    }

    private DateValue date(AnnotatedDocument doc, Sentence s, int i, Tense tense, Article article, int from, int to) {
        String text = doc.text().substring(s.begin(), s.end());
        List<TemporalMention> found = dates.find(text, s.begin(), article.meta().published(), tense);
        TemporalMention best = null;
        int pos = s.tokens().get(i).begin();
        for (TemporalMention m : found) {
            if (m.value() != null && m.begin() >= from && m.end() <= to && (best == null || Math.abs(m.begin() - pos) < Math.abs(best.begin() - pos))) {
                best = m;
            }
        }
        return best == null ? null : best.value();
    }

    /** One meeting told twice (same kind and participants, compatible date) becomes one record. */
    private void merge(List<Draft> drafts, Draft d) {
        for (Draft o : drafts) {
            boolean sameParts = o.participants.containsAll(d.participants) || d.participants.containsAll(o.participants);
            boolean sameSentence = o.evidence.get(o.evidence.size() - 1).sentenceBegin() == d.evidence.get(0).sentenceBegin();
            boolean dateOk = o.date == null || d.date == null || o.date.equals(d.date);
            // a meeting offered in one sentence and declined in another is one event: the later news wins
            boolean offeredThenDeclined = ((o.status + d.status).equals("proposeddeclined")
                    || (o.status + d.status).equals("declinedproposed"))
                    && (o.place == null || d.place == null || o.place.equals(d.place));
            boolean statusOk = o.status.equals(d.status) && sameKind(o.kind, d.kind) || offeredThenDeclined;
            // the same encounter retold with other names for its sides: "Russia hosted an Iranian delegation"
            // and "Russian deputy minister B held talks with Iran's deputy minister A"
            sameParts |= !sameSentence && o.sides().size() >= 2 && o.sides().equals(d.sides())
                    && o.participants.stream().anyMatch(d.participants::contains)
                    && (o.place == null || d.place == null || o.place.equals(d.place));
            // two triggers of one event in one sentence ("hoped to convene the conference"), or one event retold
            if (sameParts && (sameSentence || dateOk && statusOk)) {
                o.participants.addAll(d.participants);
                o.countries.putAll(d.countries);
                o.evidence.addAll(d.evidence);
                o.date = o.date == null ? d.date : o.date;
                o.place = o.place == null ? d.place : o.place;
                if (!sameSentence && d.status.equals("declined")) {
                    o.status = "declined";
                }
                return;
            }
        }
        drafts.add(d);
    }

    /**
     * Separate rounds one host held on one occasion take place at one venue: when a later sentence
     * places one round ("a Syrian delegation was also in Moscow for talks"), the other rounds are there too.
     */
    private void shareOccasionPlace(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.occasion != null && d.place != null) {
                for (Draft o : drafts) {
                    if (o.occasion == d.occasion && o.place == null) {
                        o.place = d.place;
                    }
                }
            }
        }
    }

    /** Talks and meetings are both face-to-face encounters; a call, a visit or a conference is told as such. */
    boolean sameKind(String a, String b) {
        return a.equals(b) || Set.of("meeting", "talks").containsAll(Set.of(a, b));
    }

    private String cameo(Draft d) {
        if (d.status.equals("planned") || d.status.equals("proposed")) {
            return "036";
        }
        return switch (d.kind) {
            case "call" -> "041";
            case "visit" -> d.hosted ? "043" : "042";
            case "talks" -> d.trigger.startsWith("negotiat") ? "046" : "040";
            case "conference" -> "044";
            default -> "040";
        };
    }

    private static final class Draft {
        String kind;
        final Set<String> participants = new LinkedHashSet<>();
        PlaceRef place;
        DateValue date;
        String status;
        String trigger;
        boolean hosted;
        final List<Evidence> evidence = new ArrayList<>();
        int skipTo;
        boolean separate;
        /** Country of each participant where known (a government's own, a person's nationality). */
        final Map<String, String> countries = new java.util.HashMap<>();

        /** The countries the participants stand for; empty when one participant's country is unknown. */
        Set<String> sides() {
            Set<String> out = new java.util.HashSet<>();
            for (String p : participants) {
                String iso = p.startsWith("gov:") ? p.substring(4) : countries.get(p);
                if (iso == null) {
                    return Set.of();
                }
                out.add(iso);
            }
            return out;
        }

        /** Shared by the rounds split from one "hosted X and Y for separate talks". */
        Object occasion;

        Draft with(List<String> parts) {
            Draft d = new Draft();
            d.kind = kind;
            d.participants.addAll(parts);
            d.place = place;
            d.date = date;
            d.status = status;
            d.trigger = trigger;
            d.hosted = hosted;
            d.evidence.addAll(evidence);
            d.countries.putAll(countries);
            d.skipTo = skipTo;
            return d;
        }
    }
}
