package newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/**
 * A name that a noun describing an organisation introduces is an organisation, whatever the name
 * finder makes of it: "electronics firm X", "UK-based bank X", "private equity group X",
 * "Cambridge-based X". News introduces a company it has not named before this way, and the name
 * finder often takes such a name for a person or a place. So is a name between an article and a noun for a
 * medium: "the X newspaper", "the X news agency", and one word that speaks after "the": "the Treasury said". The names found are remembered for the
 * article ({@link MentionFinder} is one per article), so that the same name elsewhere in it, alone,
 * is the organisation too ({@link #retype}).
 */
final class DescribedOrganisationMentions extends MentionRule {
    /** Organisation names found so far in the article, by their text. */
    private final Map<String, String> keysByName = new HashMap<>();

    DescribedOrganisationMentions(Gazetteer gazetteer, Lexicon lexicon, NameEdges edges, MentionCollector mentions) {
        super(gazetteer, lexicon, edges, mentions);
    }

    @Override
    void find(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            int e = nameEnd(t, i);
            if (e <= i || !(introducesName(t, i - 1) || namesMedium(t, i - 1, e) || speakingBody(t, i - 1, e))) {
                continue;
            }
            if (!namesNothingElse(t, gaz, i, e) || overlapsAny(out, i, e)) {
                continue;
            }
            String name = textOf(t, i, e, t.get(i).begin(), t.get(e - 1).end());
            String key = ActorKeys.organization(name);
            mentions.add(out, s, i, e, Mention.Kind.ORGANIZATION, key, null, null, null, null);
            keysByName.putIfAbsent(name, key);
            i = e - 1;
        }
    }

    /**
     * Whether token {@code k} introduces a name: a lower-case noun describing an organisation ("firm",
     * "bank", "group": {@code lexicon.organisationDescriptions}), or "based" after a hyphen ("UK-based").
     */
    private boolean introducesName(List<Token> t, int k) {
        Token w = t.get(k);
        if (lexicon.organisationDescriptions.contains(w.text()) && w.is(Pos.NOUN)) {
            return true;
        }
        return w.text().equals("based") && k > 0 && t.get(k - 1).end() == w.begin() && t.get(k - 1).text().endsWith("-");
    }

    /** "the X newspaper", "the X news agency": a name between an article and a noun for a medium. */
    private boolean namesMedium(List<Token> t, int det, int e) {
        int k = e < t.size() && t.get(e).text().equals("news") ? e + 1 : e;
        return t.get(det).is(Pos.DET) && k < t.size() && lexicon.mediaNouns.contains(t.get(k).text())
                && t.get(k).is(Pos.NOUN);
    }

    /**
     * "the X said": one capitalised word after a lower-case "the" that speaks is a body ("the Treasury said",
     * "the Pentagon warned"), unless it is a title, a role or an organisation's head noun ("the President said").
     */
    private boolean speakingBody(List<Token> t, int det, int e) {
        if (e != det + 2 || e >= t.size() || !t.get(det).text().equals("the")) {
            return false;
        }
        Token w = t.get(det + 1);
        Token verb = t.get(e);
        return verb.is(Pos.VERB) && lexicon.speechVerbs.contains(verb.lemma())
                && !lexicon.organisationHeads.contains(w.text()) && !lexicon.governmentNouns.contains(lower(w))
                && gazetteer.title(w.text()).isEmpty();
    }

    /** End of the capitalised name at {@code i}, with "&" inside ("Marks & Spencer"); {@code i} when there is none. */
    private int nameEnd(List<Token> t, int i) {
        if (!isCapitalizedWord(t.get(i)) || lexicon.calendarWords.contains(lower(t.get(i)))) {
            return i;
        }
        int e = properRun(t, i, lexicon);
        while (e + 1 < t.size() && t.get(e).text().equals("&") && isCapitalizedWord(t.get(e + 1))) {
            e = properRun(t, e + 1, lexicon);
        }
        return e;
    }

    /**
     * Whether the gazetteer knows nothing else at the name's start: a country, demonym or capital ("the
     * group Britain's ..."), a title ("bank Governor X", a person), or an organisation it names by its own key.
     */
    private boolean namesNothingElse(List<Token> t, List<GazetteerMatch> gaz, int b, int e) {
        if (matchAt(gaz, b) != null || lexicon.roleNouns.contains(lower(t.get(b)))) {
            return false;
        }
        return gazetteer.placeCountry(textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end())).isEmpty();
    }

    /**
     * The article's other mentions of a name found here, alone and taken for a person or a place ("Hitachi
     * said", after "electronics firm Hitachi"), become the organisation.
     */
    void retype(List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            String key = keysByName.get(m.text());
            if (key != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PLACE) && m.role() == null) {
                found.set(i, m.withKind(Mention.Kind.ORGANIZATION, key));
            }
        }
    }
}
