package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.nlp.NameMention;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Actor mention rules on hand-tagged sentences written for them (no models): the name finder's spans
 * are given as the test says, so each rule is seen on its own.
 */
class ActorMentionRulesTest {
    private static final Gazetteer GAZ = Gazetteer.loadDefault();
    private static final Lexicon LEXICON = Lexicon.loadDefault();

    /**
     * A sentence from tokens "word/POS" or "word/POS/lemma" split at spaces (a bare word is PROPN when
     * capitalised, else NOUN); a token starting with "~" is glued to the one before ("Leeds- ~based").
     */
    private static Sentence sentence(String tokens, NameMention... names) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : tokens.split(" ")) {
            boolean glued = w.startsWith("~");
            String[] f = (glued ? w.substring(1) : w).split("/");
            Pos pos = f.length > 1 ? Pos.of(f[1]) : Character.isUpperCase(f[0].charAt(0)) ? Pos.PROPN : Pos.NOUN;
            at += out.isEmpty() || glued ? 0 : 1;
            out.add(new Token(at, at + f[0].length(), f[0], pos, f.length > 2 ? f[2] : f[0].toLowerCase()));
            at += f[0].length();
        }
        return new Sentence(0, 0, at, out, List.of(names));
    }

    /** A name-finder span over tokens [b, e) of {@code s}. */
    private static NameMention span(String tokens, int b, int e, String type) {
        List<Token> t = sentence(tokens).tokens();
        return new NameMention(b, e, t.get(b).begin(), t.get(e - 1).end(), type, 0.3);
    }

    private static List<Mention> find(MentionFinder finder, String tokens, NameMention... names) {
        return finder.find(sentence(tokens, names));
    }

    private static List<Mention> find(String tokens, NameMention... names) {
        return find(new MentionFinder(GAZ, LEXICON, "t"), tokens, names);
    }

    private static Mention named(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + show(ms)));
    }

    private static String show(List<Mention> ms) {
        return ms.stream().map(m -> m.kind() + ":" + m.text() + "(" + m.key() + ", role=" + m.role() + ")")
                .collect(Collectors.joining("; ", "[", "]"));
    }

    @Test
    void aNounDescribingAnOrganisationIntroducesOne() {
        List<Mention> firm = find("Shares/NOUN of/ADP electronics/NOUN firm/NOUN Harlow/PROPN Dynamics/PROPN rose/VERB ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(firm, "Harlow Dynamics").kind(), show(firm));
        List<Mention> based = find("Leeds- ~based/VERB Quillon/NOUN has/AUX forty/NUM customers/NOUN ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(based, "Quillon").kind(), show(based));
        List<Mention> joined = find("The/DET retail/NOUN group/NOUN Hobbs/PROPN &/CCONJ Lyle/PROPN grew/VERB ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(joined, "Hobbs & Lyle").kind(), show(joined));
    }

    @Test
    void aTitleACountryOrADayAfterTheNounIsNoOrganisationName() {
        List<Mention> titled = find("The/DET bank/NOUN Governor/PROPN Alan/PROPN Marsh/PROPN said/VERB so/ADV ./PUNCT");
        assertTrue(titled.stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION), show(titled));
        List<Mention> day = find("The/DET company/NOUN Monday/PROPN said/VERB profits/NOUN rose/VERB ./PUNCT");
        assertTrue(day.stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION), show(day));
        List<Mention> country = find("The/DET group/NOUN Britain/PROPN 's/PART biggest/ADJ grocer/NOUN grew/VERB ./PUNCT");
        assertTrue(country.stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION), show(country));
    }

    @Test
    void theSameNameElsewhereInTheArticleIsThatOrganisation() {
        MentionFinder finder = new MentionFinder(GAZ, LEXICON, "t");
        Mention firm = named(find(finder, "The/DET insurer/NOUN Dorvale/PROPN Mutual/PROPN grew/VERB ./PUNCT"),
                "Dorvale Mutual");
        Mention asPerson = new Mention(1, 0, 2, 40, 54, "Dorvale Mutual", Mention.Kind.PERSON,
                ActorKeys.person("Dorvale Mutual"), null, null, null, null);
        Mention other = new Mention(1, 4, 6, 60, 70, "Ada Brook", Mention.Kind.PERSON,
                ActorKeys.person("Ada Brook"), null, null, null, null);
        List<Mention> found = new ArrayList<>(List.of(firm, asPerson, other));
        finder.retypeDescribedOrganisations(found);
        assertEquals(Mention.Kind.ORGANIZATION, found.get(1).kind());
        assertEquals(firm.key(), found.get(1).key());
        assertEquals(Mention.Kind.PERSON, found.get(2).kind());
    }

    @Test
    void aNameBeforeANounForAMediumIsAnOrganisation() {
        List<Mention> ms = find("He/PRON sold/VERB it/PRON to/ADP the/DET Clarion/PROPN newspaper/NOUN ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(ms, "Clarion").kind(), show(ms));
    }

    @Test
    void oneCapitalisedWordThatSpeaksAfterTheIsABodyUnlessATitleOrHeadNoun() {
        List<Mention> ms = find("But/CCONJ the/DET Exchequer/PROPN said/VERB/say costs/NOUN rose/VERB ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(ms, "Exchequer").kind(), show(ms));
        for (String word : List.of("President", "Commission")) {
            List<Mention> none = find("But/CCONJ the/DET " + word + "/PROPN said/VERB/say costs/NOUN rose/VERB ./PUNCT");
            assertTrue(none.stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION), show(none));
        }
    }

    @Test
    void aMarketJobBeforeTheNameIsATitleAndTheEmployerAfterOfIsNotPartOfTheName() {
        String s = "Analyst/NOUN Jo/PROPN Pratt/PROPN of/ADP Dunmore/PROPN Data/PROPN Corp/PROPN of/ADP Leeds/PROPN"
                + " said/VERB prices/NOUN fell/VERB ./PUNCT";
        List<Mention> ms = find(s, span(s, 0, 9, "organization"));
        Mention p = named(ms, "Jo Pratt");
        assertEquals(Mention.Kind.PERSON, p.kind(), show(ms));
        assertEquals("Analyst", p.role());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Pratt of")), show(ms));
    }

    @Test
    void aPlaceWithAJobInAppositionIsAPerson() {
        String s = "Harold/PROPN Pinkney/PROPN ,/PUNCT comptroller/NOUN of/ADP the/DET county/NOUN ,/PUNCT said/VERB no/INTJ ./PUNCT";
        assertEquals(Mention.Kind.PERSON, named(find(s, span(s, 0, 2, "location")), "Harold Pinkney").kind());
        String town = "They/PRON sailed/VERB to/ADP Port/PROPN Ellis/PROPN ,/PUNCT a/DET harbour/NOUN town/NOUN ,/PUNCT at/ADP dawn/NOUN ./PUNCT";
        assertEquals(Mention.Kind.PLACE, named(find(town, span(town, 3, 5, "location")), "Port Ellis").kind());
    }

    @Test
    void aCityBeforeAPluralOrNamedLikeABodyIsAPlace() {
        String s = "Shares/NOUN of/ADP Detroit/PROPN carmakers/NOUN/carmaker rose/VERB ./PUNCT";
        assertEquals(Mention.Kind.PLACE, named(find(s, span(s, 2, 3, "organization")), "Detroit").kind());
        String bank = "Troops/NOUN left/VERB the/DET West/PROPN Bank/PROPN on/ADP Friday/PROPN ./PUNCT";
        assertEquals(Mention.Kind.PLACE, named(find(bank, span(bank, 3, 5, "location")), "West Bank").kind());
        assertTrue(find(bank).stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION), show(find(bank)));
    }

    @Test
    void majorAndGeneralInLowerCaseAreNoTitles() {
        List<Mention> ms = find("Some/DET major/ADJ European/ADJ currencies/NOUN fell/VERB ./PUNCT");
        assertTrue(ms.stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON), show(ms));
    }

    @Test
    void aCapitalisedNameEndingInSystemIsABody() {
        List<Mention> ms = find("The/DET Lakeside/PROPN Teachers/PROPN Retirement/PROPN System/PROPN sold/VERB shares/NOUN ./PUNCT");
        assertEquals(Mention.Kind.ORGANIZATION, named(ms, "Lakeside Teachers Retirement System").kind(), show(ms));
    }

    @Test
    void aNationalPartysGovernmentIsItsCountrysGovernment() {
        List<Mention> ms = find("Critics/NOUN said/VERB the/DET Labour/PROPN government/NOUN had/AUX failed/VERB ./PUNCT");
        assertTrue(ms.stream().anyMatch(m -> m.kind() == Mention.Kind.GOVERNMENT && "GB".equals(m.iso())), show(ms));
        List<Mention> party = find("Labour/PROPN officials/NOUN met/VERB on/ADP Friday/PROPN ./PUNCT");
        assertTrue(party.stream().noneMatch(m -> m.kind() == Mention.Kind.GOVERNMENT), show(party));
    }

    @Test
    void theEuropeanCommunityIsAnOrganisationOfTheGazetteer() {
        List<Mention> ms = find("European/ADJ Community/PROPN ministers/NOUN met/VERB ./PUNCT");
        Mention ec = named(ms, "European Community");
        assertEquals(Mention.Kind.ORGANIZATION, ec.kind(), show(ms));
        assertEquals(ActorKeys.organization("European Community"), ec.key());
    }
}
