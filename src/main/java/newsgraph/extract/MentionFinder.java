package newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/**
 * Finds mentions of people, organisations, governments, countries and places in one sentence by
 * combining the trained name finder with gazetteers and a few linguistic patterns: titles before
 * names, "Russian government"-style phrases, ministries, and countries used as acting subjects.
 */
public final class MentionFinder {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final String docId;
    private final MentionCollector mentions;
    private final List<MentionRule> rules;
    private final DescribedOrganisationMentions described;

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon, String docId) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.docId = docId;
        NameEdges edges = new NameEdges(lexicon);
        this.mentions = new MentionCollector(edges);
        this.described = new DescribedOrganisationMentions(gazetteer, lexicon, edges, mentions);
        this.rules = List.of(new GovernmentMentions(gazetteer, lexicon, edges, mentions),
                new TitledPersonMentions(gazetteer, lexicon, edges, mentions), described,
                new NameFinderMentions(gazetteer, lexicon, edges, mentions));
    }

    /**
     * Once every sentence has been through {@link #find}: the article's other mentions of a name a noun
     * introduced as an organisation ("electronics firm X" ... "X said") become that organisation.
     */
    public void retypeDescribedOrganisations(List<Mention> found) {
        described.retype(found);
    }

    public List<Mention> find(Sentence s) {
        List<Token> tokens = s.tokens();
        List<String> words = tokens.stream().map(Token::text).toList();
        List<GazetteerMatch> gaz = gazetteer.match(words);
        List<Mention> out = new ArrayList<>();
        for (MentionRule rule : rules) {
            rule.find(s, gaz, out);
        }
        organizationNames(s, gaz, out);
        gazetteerEntries(s, gaz, out);
        out.sort(Comparator.comparingInt(Mention::tokenBegin));
        return out;
    }

    /**
     * Capitalised names that end in an organisation noun ("Syrian National Coalition", "Free Syrian
     * Army", "Communist Party"), whether or not the name finder saw them.
     */
    private void organizationNames(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!lexicon.organisationHeads.contains(t.get(i).text()) || i + 1 < t.size() && continuesName(t.get(i + 1))) {
                continue; // a name goes on after the head: "Exchange" of "Securities and Exchange Commission"
            }
            int b = i;
            while (b > 0 && !(matchAt(gaz, b - 1) != null && matchAt(gaz, b - 1).kind() == GazetteerMatch.Kind.TITLE)) {
                if (isCapitalizedWord(t.get(b - 1))) {
                    b--;
                } else if (b > 1 && lexicon.organisationNameJoiners.contains(t.get(b - 1).text()) && isCapitalizedWord(t.get(b - 2))) {
                    b -= 2; // "Securities and Exchange Commission", "Council of Europe"-style names
                } else {
                    break;
                }
            }
            int e = complementEnd(t, i + 1);
            if (b == i && e == i + 1) {
                continue; // a bare "Council" is not a name
            }
            if (b == 0 && e - b == 2 && t.get(0).is(Pos.DET)) {
                continue;
            }
            GazetteerMatch known = matchAt(gaz, b);
            if (known != null && known.end() == e) {
                continue; // a country ("Soviet Union") or a listed organisation: the gazetteer names it
            }
            final int fb = b;
            final int fe = e;
            if (out.stream().anyMatch(m -> m.overlaps(fb, fe) && m.kind() != Mention.Kind.PERSON
                    && m.kind() != Mention.Kind.ORGANIZATION)) {
                continue;
            }
            if (out.stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION && m.tokenBegin() <= fb
                    && m.tokenEnd() >= fe && m.tokenEnd() - m.tokenBegin() > fe - fb && allCapitalised(t, m)
                    && !(m.tokenEnd() > fe && startsAnotherName(t.get(fe))))) {
                continue; // inside a longer organisation name found already ("General Audit Office")
            }
            String name = textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end());
            if (gazetteer.placeCountry(name).isPresent()) {
                continue; // a place named like a body: "the West Bank"
            }
            removeOverlapping(out, b, e);
            GazetteerMatch first = matchAt(gaz, b);
            String iso = first != null && first.kind() == GazetteerMatch.Kind.DEMONYM
                    ? first.country().map(Country::alpha2).orElse(null) : null;
            mentions.add(out, s, b, e, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso, null, null, name);
            i = e - 1;
        }
    }

    /** Whether a capitalised word after an organisation's head goes on with its name ("Exchange Commission"). */
    private boolean continuesName(Token next) {
        return isCapitalizedWord(next) && !startsAnotherName(next);
    }

    /**
     * An acronym in capitals after a name starts another name ("told the Farmers Union NATO would meet"),
     * unless it is a legal form ("PLC").
     */
    private boolean startsAnotherName(Token next) {
        String w = next.text();
        return w.length() > 1 && w.chars().allMatch(Character::isUpperCase) && !lexicon.corporateEndings.contains(w)
                && !lexicon.corporateEndings.contains(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }

    /** Whether every word of the mention is capitalised or a joiner ("Office of Management and Budget"). */
    private boolean allCapitalised(List<Token> t, Mention m) {
        for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
            String w = t.get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) && !lexicon.organisationNameJoiners.contains(w)
                    && !lexicon.nameParticles.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of the "of"/"for" complements in capitals after an organisation's head, "the" allowed between:
     * "Party of Regions", "Association for the Advancement of Science"; {@code e} when there is none.
     */
    private int complementEnd(List<Token> t, int e) {
        while (e + 1 < t.size() && (t.get(e).text().equals("of") || t.get(e).text().equals("for"))) {
            int k = t.get(e + 1).text().equals("the") && e + 2 < t.size() ? e + 2 : e + 1;
            if (!isCapitalizedWord(t.get(k)) || lexicon.calendarWords.contains(lower(t.get(k)))) {
                break;
            }
            int next = properRun(t, k, lexicon);
            if (next <= k) {
                break;
            }
            e = next;
        }
        return e;
    }

    private void gazetteerEntries(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        List<Token> t = s.tokens();
        for (GazetteerMatch g : gaz) {
            if (overlapsAny(out, g.start(), g.end())) {
                continue;
            }
            if (g.kind() == GazetteerMatch.Kind.ORGANIZATION) {
                Organization o = (Organization) g.entry();
                mentions.add(out, s, g.start(), g.end(), Mention.Kind.ORGANIZATION, ActorKeys.organization(o.name()),
                        o.country() == null || o.country().isEmpty() ? null : o.country(), null, null, o.name());
                continue;
            }
            Optional<Country> c = countryOf(g);
            if (c.isEmpty()) {
                continue;
            }
            String surface = textOf(t, g.start(), g.end(), t.get(g.start()).begin(), t.get(g.end() - 1).end());
            if (gazetteer.isAmbiguous(surface) && !t.get(g.start()).isProperNoun()) {
                continue;
            }
            String iso = c.get().alpha2();
            if (g.kind() == GazetteerMatch.Kind.DEMONYM && g.end() < t.size()
                    && lexicon.nationalBodies.contains(lower(t.get(g.end())))) {
                String name = surface + " " + lower(t.get(g.end()));
                mentions.add(out, s, g.start(), g.end() + 1, Mention.Kind.ORGANIZATION, ActorKeys.organization(name), iso,
                        null, null, name);
                continue;
            }
            boolean actsAsGovernment = g.kind() != GazetteerMatch.Kind.DEMONYM && isActingSubject(t, g.start(), g.end());
            if (g.kind() == GazetteerMatch.Kind.CAPITAL && !actsAsGovernment) {
                mentions.add(out, s, g.start(), g.end(), Mention.Kind.PLACE, null, iso, null, null, surface);
                continue;
            }
            mentions.add(out, s, g.start(), g.end(), actsAsGovernment ? Mention.Kind.GOVERNMENT : Mention.Kind.COUNTRY,
                    actsAsGovernment ? ActorKeys.government(iso) : null, iso, null, null, surface);
            if (!actsAsGovernment) {
                Mention last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Mention(last.sentence(), last.tokenBegin(), last.tokenEnd(), last.begin(),
                        last.end(), last.text(), last.kind(), last.key(), last.iso(), null, null, g.kind().name()));
            }
        }
    }

    /**
     * A country or capital used as the subject of an acting verb ("Russia says", "Moscow wants",
     * "Russia and the United States announced", "Russia, which backs Assad, says").
     */
    boolean isActingSubject(List<Token> t, int b, int e) {
        if (b > 0) {
            String prev = lower(t.get(b - 1));
            if (!(prev.equals(",") || prev.equals("and") || prev.equals("but") || prev.equals("the")
                    || prev.equals("that") || prev.equals("while") || prev.equals("as") || prev.equals("\"")
                    || prev.equals("\u201c") || prev.equals("yet") || prev.equals("said") || b - 1 == 0
                    && !t.get(0).isVerb())) {
                return false;
            }
            if (prev.equals(",") && b >= 2 && !lower(t.get(b - 2)).equals("but")) {
                return false;
            }
        }
        int i = e;
        // skip a relative clause or apposition: "Russia, which strongly backs X, says"
        if (i < t.size() && t.get(i).text().equals(",")) {
            int close = -1;
            for (int k = i + 1; k < t.size() && k < i + 25; k++) {
                if (t.get(k).text().equals(",")) {
                    close = k;
                    break;
                }
            }
            if (close < 0 || !(lower(t.get(i + 1)).equals("which") || lower(t.get(i + 1)).equals("who"))) {
                return false;
            }
            i = close + 1;
        }
        // coordinated subjects: "Russia and the United States announced"
        if (i < t.size() && lower(t.get(i)).equals("and")) {
            for (int k = i + 1; k < t.size() && k < i + 5; k++) {
                if (t.get(k).isVerb()) {
                    i = k;
                    break;
                }
            }
        }
        // auxiliaries and adverbs before the verb: "Russia has also said", "Moscow will not"
        while (i < t.size() && (t.get(i).isAny(Pos.AUX, Pos.ADV)
                || t.get(i).is(Pos.PART))) {
            if (t.get(i).is(Pos.AUX) && i + 1 < t.size() && !t.get(i + 1).isVerb()
                    && !t.get(i + 1).is(Pos.ADV) && !t.get(i + 1).is(Pos.PART)) {
                return t.get(i).lemma().equals("be") && false;
            }
            i++;
        }
        return i < t.size() && t.get(i).is(Pos.VERB) && lexicon.actingVerbs.contains(t.get(i).lemma());
    }

    String docId() {
        return docId;
    }
}
