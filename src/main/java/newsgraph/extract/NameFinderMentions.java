package newsgraph.extract;

import java.util.List;
import java.util.Set;

import newsgraph.extract.gazetteer.Country;
import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.GazetteerMatch;
import newsgraph.nlp.NameMention;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

import static newsgraph.extract.MentionSpans.*;

/** The name finder's spans, trimmed and typed: people (with a role in apposition), organisations, places. */
final class NameFinderMentions extends MentionRule {
    NameFinderMentions(Gazetteer gazetteer, Lexicon lexicon, NameEdges edges, MentionCollector mentions) {
        super(gazetteer, lexicon, edges, mentions);
    }

    /** Runs after the titled people: a span the name finder shares with "President X" is already taken. */
    @Override
    void find(Sentence s, List<GazetteerMatch> gaz, List<Mention> out) {
        for (NameMention n : s.names()) {
            int b = trimmedBegin(s.tokens(), gaz, n);
            int e = trimmedEnd(s, b, n.tokenEnd());
            if (b < e && !overlapsAny(out, b, e) && !namedElsewhere(s.tokens(), gaz, b, e)) {
                add(s, gaz, out, b, e, typeOf(s.tokens(), n, b, e));
            }
        }
    }

    private static int trimmedBegin(List<Token> t, List<GazetteerMatch> gaz, NameMention n) {
        int b = n.tokenBegin();
        int e = n.tokenEnd();
        // the name finder sometimes takes the title in: "President Vladimir Putin"
        while (b < e - 1 && matchAt(gaz, b) != null && matchAt(gaz, b).kind() == GazetteerMatch.Kind.TITLE) {
            b = matchAt(gaz, b).end();
        }
        while (b < e && !isNameToken(t.get(b))) {
            b++;
        }
        return b;
    }

    private int trimmedEnd(Sentence s, int b, int e) {
        List<Token> t = s.tokens();
        for (int k = b; k < e; k++) {
            boolean lowerDeterminer = k > b && t.get(k).is(Pos.DET) && Character.isLowerCase(t.get(k).text().charAt(0));
            if (lowerDeterminer || t.get(k).isVerb() && Character.isLowerCase(t.get(k).text().charAt(0))) {
                e = k; // the name finder ran on into the clause: "Interfax news agency quoted ..."
                break;
            }
        }
        while (e > b && !isNameToken(t.get(e - 1))) {
            e--;
        }
        if (e > b) {
            e = edges.throughHyphen(s, e);
        }
        if (e > b && e < t.size() && t.get(e).text().matches("\\d{1,2}") && Character.isUpperCase(t.get(e - 1).text().charAt(0))
                && lexicon.mediaNouns.contains(lower(t.get(e - 1)))) {
            e++; // a numbered station: "BBC Radio 4", "Channel 4"
        }
        return e;
    }

    /** Whether another rule names tokens [b, e), or they name no actor at all. */
    private boolean namedElsewhere(List<Token> t, List<GazetteerMatch> gaz, int b, int e) {
        GazetteerMatch whole = matchAt(gaz, b);
        boolean gazWhole = whole != null && whole.end() == e;
        if (gazWhole && countryOf(whole).isPresent()) {
            return true; // handled as a country by gazetteerEntries
        }
        if (gazWhole && whole.kind() == GazetteerMatch.Kind.ORGANIZATION) {
            return true; // handled with its canonical name
        }
        return e - b == 1 && lexicon.calendarWords.contains(lower(t.get(b))); // "Monday" is no name, whatever the model says
    }

    private String typeOf(List<Token> t, NameMention n, int b, int e) {
        String type = n.type();
        boolean place = gazetteer.placeCountry(textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end())).isPresent();
        if (!place && (lexicon.corporateEndings.contains(t.get(e - 1).text().replace(".", ""))
                || lexicon.organisationHeads.contains(t.get(e - 1).text()))) {
            type = "organization"; // "Jardine Matheson Holdings Ltd" is a company whatever the model says; "West Bank" is not
        }
        if (namedMedium(t, b, e)) {
            type = "organization"; // "the official gazette, Rossiiskaya Gazeta", "the newspaper Kommersant"
        }
        if (type.equals("location") && e - b >= 2 && roleInApposition(t, e)) {
            type = "person"; // "X Y, comptroller of Z, said": a place has no job
        }
        return type;
    }

    /**
     * Whether a role stands in apposition after token {@code e}: a comma, maybe an article and adjectives,
     * then a title or role word that ends the phrase or takes an "of"/"at"/"for" ("X, comptroller of Y,").
     */
    private boolean roleInApposition(List<Token> t, int e) {
        if (e + 1 >= t.size() || !t.get(e).text().equals(",")) {
            return false;
        }
        int k = e + 1;
        while (k < t.size() && (t.get(k).is(Pos.DET) || t.get(k).is(Pos.ADJ))) {
            k++;
        }
        if (k >= t.size() || !(lexicon.roleNouns.contains(lower(t.get(k))) || gazetteer.title(t.get(k).text()).isPresent())) {
            return false;
        }
        if (k + 1 >= t.size()) {
            return true;
        }
        String next = t.get(k + 1).text();
        return next.equals("of") || next.equals("at") || next.equals("for") || t.get(k + 1).is(Pos.PUNCT);
    }

    private void add(Sentence s, List<GazetteerMatch> gaz, List<Mention> out, int b, int e, String type) {
        List<Token> t = s.tokens();
        String text = textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end());
        switch (type) {
            case "person" -> {
                if (e - b > 5) {
                    return;
                }
                // one word that is not a proper noun, or a day or month name, is not a person
                if (e - b == 1 && (!t.get(b).isProperNoun() || lexicon.calendarWords.contains(lower(t.get(b))))) {
                    return;
                }
                if (gazetteer.countryByCapital(text).isPresent() || gazetteer.countryByName(text).isPresent()) {
                    return; // a capital or country the name finder took for a person
                }
                int end = NameEdges.throughArabicArticle(t, e); // "Ahmed Humaid al-Tayer"
                String name = end == e ? text : textOf(t, b, end, t.get(b).begin(), t.get(end - 1).end());
                String[] apposition = appositionRole(t, gaz, end);
                mentions.add(out, s, b, end, Mention.Kind.PERSON, ActorKeys.person(name), apposition[1], apposition[0],
                        null, null);
            }
            case "organization" -> {
                if (e - b == 1 && t.get(b).text().length() < 2 || onlyTitleWords(gaz, b, e)) {
                    return; // "Russian Deputy Foreign Minister" is a role, not an organisation
                }
                if (placeBeforePlural(t, b, e, text)) {
                    mentions.add(out, s, b, e, Mention.Kind.PLACE, null, null, null, null, null);
                    return;
                }
                mentions.add(out, s, b, e, Mention.Kind.ORGANIZATION, ActorKeys.organization(text), null, null, null, null);
            }
            default -> mentions.add(out, s, b, e, Mention.Kind.PLACE, null,
                    gazetteer.countryByCapital(text).map(Country::alpha2).orElse(null), null, null, null);
        }
    }

    /** A city the gazetteer knows, modifying a plural noun: "Detroit automakers", "Tokyo dealers". */
    private boolean placeBeforePlural(List<Token> t, int b, int e, String text) {
        if (e - b != 1 || e >= t.size() || gazetteer.placeCountry(text).isEmpty()) {
            return false;
        }
        Token next = t.get(e);
        return next.is(Pos.NOUN) && Character.isLowerCase(next.text().charAt(0)) && !next.lemma().equals(next.text());
    }

    private boolean namedMedium(List<Token> t, int b, int e) {
        int k = b - 1;
        boolean comma = k >= 0 && t.get(k).text().equals(",");
        if (comma) {
            // an apposition closes after the name: "the official gazette, Rossiiskaya Gazeta, on Monday";
            // "the Sun-Sentinel newspaper, Goldfine added" is a new clause
            if (e < t.size() && !Set.of(",", ".", ";", ")").contains(t.get(e).text())) {
                return false;
            }
            k--;
        }
        if (k < 1 || !lexicon.mediaNouns.contains(t.get(k).text()) || !t.get(k).is(Pos.NOUN)) {
            return false;
        }
        Token before = t.get(k - 1); // "the newspaper X", "official gazette, X"; not "Sun-Sentinel newspaper, X"
        return !before.isProperNoun() && (before.isAny(Pos.DET, Pos.ADJ)
                || before.is(Pos.NOUN) || before.text().equals("'s"));
    }

    /**
     * A role in apposition after a name: "X, Russia's deputy foreign minister," or "X, the Polish
     * ambassador,". Returns {role, country ISO}, either may be null.
     */
    private String[] appositionRole(List<Token> t, List<GazetteerMatch> gaz, int e) {
        if (e + 2 >= t.size() || !t.get(e).text().equals(",")) {
            return new String[2];
        }
        int k = e + 1;
        String iso = null;
        if (t.get(k).is(Pos.DET)) {
            k++;
        }
        GazetteerMatch c = matchAt(gaz, k);
        if (c != null && countryOf(c).isPresent()) {
            iso = countryOf(c).get().alpha2();
            k = c.end();
            if (k < t.size() && t.get(k).text().equals("'s")) {
                k++;
            }
        }
        int roleBegin = k;
        while (k < t.size() && (t.get(k).is(Pos.ADJ) || lexicon.roleNouns.contains(lower(t.get(k)))
                || lexicon.ministryFields.contains(lower(t.get(k))) || gazetteer.title(t.get(k).text()).isPresent())) {
            k++;
        }
        boolean closed = k < t.size() && (t.get(k).text().equals(",") || t.get(k).is(Pos.PUNCT));
        if (k == roleBegin || !closed || !lexicon.roleNouns.contains(lower(t.get(k - 1)))
                && gazetteer.title(t.get(k - 1).text()).isEmpty()) {
            return new String[2];
        }
        return new String[]{textOf(t, roleBegin, k, t.get(roleBegin).begin(), t.get(k - 1).end()), iso};
    }

    /** Whether tokens [b, e) are all demonyms and title words. */
    private static boolean onlyTitleWords(List<GazetteerMatch> gaz, int b, int e) {
        int k = b;
        while (k < e) {
            GazetteerMatch g = matchAt(gaz, k);
            if (g == null || !(g.kind() == GazetteerMatch.Kind.TITLE || g.kind() == GazetteerMatch.Kind.DEMONYM)) {
                return false;
            }
            k = g.end();
        }
        return true;
    }
}
