package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.nlp.AnnotatedDocument;

/** Model-free: sentences written as tokens, mentions as the finders would give them. */
class LoneNamesTest {
    private static final LoneNames LONE_NAMES = new LoneNames(Gazetteer.loadDefault(), Lexicon.loadDefault());

    private static AnnotatedDocument doc(String... sentences) {
        return TestDocs.doc(sentences);
    }

    private static Mention person(int sentence, int token, String text) {
        int words = text.split(" ").length;
        return new Mention(sentence, token, token + words, 0, 0, text, Mention.Kind.PERSON, ActorKeys.person(text),
                null, null, null, null);
    }

    private static Mention org(int sentence, int token, String text) {
        int words = text.split(" ").length;
        return new Mention(sentence, token, token + words, 0, 0, text, Mention.Kind.ORGANIZATION,
                ActorKeys.organization(text), null, null, null, null);
    }

    @Test
    void aWordOfAnOrganisationTheArticleNamesIsThatOrganisation() {
        List<Mention> found = new ArrayList<>(List.of(org(0, 0, "Chrysler Corp"), person(1, 0, "Chrysler")));
        LONE_NAMES.resolve(doc("Chrysler Corp said profits rose", "Chrysler said sales fell"), found);
        assertEquals(Mention.Kind.ORGANIZATION, found.get(1).kind());
        assertEquals(ActorKeys.organization("Chrysler Corp"), found.get(1).key());
    }

    @Test
    void aSpanThatRunsIntoTheSentenceIsNoOrganisationToGoBy() {
        List<Mention> found = new ArrayList<>(List.of(org(0, 0, "Chelsea boss Jose Mourinho"), person(1, 0, "Mourinho")));
        LONE_NAMES.resolve(doc("Chelsea boss Jose Mourinho said", "Mourinho smiled"), found);
        assertEquals(Mention.Kind.PERSON, found.get(1).kind());
        assertTrue(LONE_NAMES.runsIntoText("Newcastle last Sunday"));
        assertFalse(LONE_NAMES.runsIntoText("Bank of England"));
        assertFalse(LONE_NAMES.runsIntoText("Mitsui and Co Ltd"));
        assertFalse(LONE_NAMES.runsIntoText("Patrick Cudahy Inc unit"));
    }

    @Test
    void aWordTheNameFinderCallsAnOrganisationMoreOftenIsOne() {
        List<Mention> found = new ArrayList<>(List.of(org(0, 0, "Sony"), org(1, 0, "Sony"), person(2, 0, "Sony")));
        LONE_NAMES.resolve(doc("Sony said", "Sony plans", "Sony denied"), found);
        assertEquals(Mention.Kind.ORGANIZATION, found.get(2).kind());
        assertEquals(ActorKeys.organization("Sony"), found.get(2).key());

        List<Mention> more = new ArrayList<>(List.of(person(0, 0, "Chung"), person(1, 0, "Chung"), org(2, 0, "Chung")));
        LONE_NAMES.resolve(doc("Chung said", "Chung left", "Chung denied"), more);
        assertEquals(Mention.Kind.PERSON, more.get(0).kind()); // outvoted: stays a person
        assertEquals(Mention.Kind.PERSON, more.get(1).kind());
    }

    @Test
    void aWordTheArticleAlsoWritesInLowerCaseIsNoName() {
        List<Mention> found = new ArrayList<>(List.of(person(0, 0, "Election")));
        LONE_NAMES.resolve(doc("Election date set", "the election will be held in May"), found);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aLoneSurnameWithoutContradictionStays() {
        List<Mention> found = new ArrayList<>(List.of(person(0, 0, "Reagan")));
        LONE_NAMES.resolve(doc("Reagan said the talks went well"), found);
        assertEquals(1, found.size());
        assertEquals(ActorKeys.person("Reagan"), found.get(0).key());
    }

    @Test
    void aTitledPersonIsNeverDropped() {
        Mention titled = new Mention(0, 1, 2, 0, 0, "Major", Mention.Kind.PERSON, ActorKeys.person("Major"), null,
                "Mr", null, null);
        List<Mention> found = new ArrayList<>(List.of(titled));
        LONE_NAMES.resolve(doc("Mr Major said it was a major step"), found);
        assertEquals(List.of(titled), found);
    }

    @Test
    void anOrganisationShapedLikeAPersonalNameWhoseSurnameStandsAloneIsThatPerson() {
        List<Mention> found = new ArrayList<>(List.of(person(0, 0, "Wenger"), org(1, 2, "Arsene Wenger"),
                person(2, 0, "Arsene")));
        LONE_NAMES.resolve(doc("Wenger signs new deal", "Arsenal manager Arsene Wenger has signed",
                "Arsene has signed an extension"), found);
        String key = ActorKeys.person("Arsene Wenger");
        assertEquals(3, found.size(), found::toString); // none dropped, so the loop checks all three
        for (Mention m : found) {
            assertEquals(Mention.Kind.PERSON, m.kind(), m.toString());
            assertEquals(key, m.key(), m.toString());
        }
    }

    @Test
    void anOrganisationNamedWithACommonWordStaysOne() {
        List<Mention> found = new ArrayList<>(List.of(org(0, 0, "Steel Technologies"), person(1, 0, "Technologies")));
        LONE_NAMES.resolve(doc("Steel Technologies said", "Technologies will buy the steel mill"), found);
        assertEquals(Mention.Kind.ORGANIZATION, found.get(0).kind());
    }

    @Test
    void aPlaceTheNameFinderTookForAPersonIsAPlace() {
        List<Mention> found = new ArrayList<>(List.of(person(0, 3, "Westminster"), person(1, 0, "Las Vegas")));
        LONE_NAMES.resolve(doc("The matter is handled by Westminster", "Las Vegas style resorts are planned"), found);
        assertEquals(Mention.Kind.PLACE, found.get(0).kind());
        assertEquals(Mention.Kind.PLACE, found.get(1).kind());
        assertEquals(null, found.get(1).key());
    }

    @Test
    void aKnightsFirstNameIsTheKnight() {
        Mention sirDigby = new Mention(1, 0, 1, 0, 0, "Digby", Mention.Kind.PERSON, ActorKeys.person("Digby"), null,
                "Sir", null, null);
        List<Mention> found = new ArrayList<>(List.of(person(0, 1, "Digby Jones"), sirDigby));
        LONE_NAMES.resolve(doc("Sir Digby Jones said", "Sir Digby added"), found);
        assertEquals(ActorKeys.person("Digby Jones"), found.get(1).key());
    }

    @Test
    void aFirstNameTwoPeopleShareStaysApart() {
        List<Mention> found = new ArrayList<>(List.of(person(0, 0, "Tony Blair"), person(1, 0, "Tony Adams"),
                person(2, 0, "Tony")));
        LONE_NAMES.resolve(doc("Tony Blair spoke", "Tony Adams listened", "Tony laughed"), found);
        assertEquals(ActorKeys.person("Tony"), found.get(2).key());
    }

    @Test
    void aPersonalNameIsNotTakenForAnOrganisationsWord() {
        assertTrue(LONE_NAMES.looksLikePersonalName("Arsene Wenger"));
        assertTrue(LONE_NAMES.looksLikePersonalName("Peter Hill-Wood"));
        assertFalse(LONE_NAMES.looksLikePersonalName("Chrysler Corp"));
        assertFalse(LONE_NAMES.looksLikePersonalName("Communist Party"));
        assertFalse(LONE_NAMES.looksLikePersonalName("RJR Nabisco"));
        assertFalse(LONE_NAMES.looksLikePersonalName("Chrysler"));
    }
}
