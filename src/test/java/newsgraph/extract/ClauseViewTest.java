package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/** Clause rules on sentences written for them, tagged by hand ("word/TAG" or "word/TAG/lemma"). */
class ClauseViewTest {
    private static final Lexicon LEXICON = Lexicon.loadDefault();

    private final List<Token> tokens = new ArrayList<>();

    private ClauseView view(String tagged) {
        int offset = 0;
        for (String item : tagged.split(" ")) {
            String[] f = item.split("/");
            String lemma = f.length > 2 ? f[2] : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(offset, offset + f[0].length(), f[0], Pos.valueOf(f[1]), lemma));
            offset += f[0].length() + 1;
        }
        return new ClauseView(tokens, LEXICON);
    }

    private int at(String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private Mention mention(String word) {
        int i = at(word);
        return new Mention(0, i, i + 1, tokens.get(i).begin(), tokens.get(i).end(), word, Mention.Kind.COUNTRY,
                null, null, null, null, null);
    }

    @Test
    void reportedSpeechOpensTheClause() {
        ClauseView c = view("Officials/NOUN/official said/VERB/say the/DET ministers/NOUN/minister had/AUX/have"
                + " met/VERB/meet in/ADP Rome/PROPN ./PUNCT");
        assertEquals(at("the"), c.begin(at("met")));
        assertEquals(tokens.size(), c.end(at("met")));
    }

    @Test
    void aThatClauseOpensAfterThat() {
        ClauseView c = view("He/PRON agreed/VERB/agree that/SCONJ they/PRON would/AUX meet/VERB soon/ADV");
        assertEquals(at("they"), c.begin(at("meet")));
    }

    @Test
    void aSubordinateEventEndsTheClause() {
        ClauseView c = view("The/DET envoys/NOUN/envoy met/VERB/meet on/ADP Monday/PROPN before/SCONJ they/PRON"
                + " flew/VERB/fly home/ADV");
        assertEquals(at("before"), c.end(at("met")));
        assertEquals(0, c.begin(at("met")));
    }

    @Test
    void aTrailingAttributionEndsTheClause() {
        ClauseView c = view("The/DET envoys/NOUN/envoy met/VERB/meet in/ADP Oslo/PROPN ,/PUNCT the/DET"
                + " ministry/NOUN said/VERB/say ./PUNCT");
        assertEquals(at(","), c.end(at("met")));
    }

    @Test
    void aNounIsGovernedByTheVerbBeforeIt() {
        ClauseView c = view("The/DET leaders/NOUN/leader held/VERB/hold talks/NOUN/talk in/ADP Paris/PROPN");
        assertEquals(at("held"), c.governingVerb(0, at("talks")));
        assertEquals(-1, c.governingVerb(0, at("held")));
    }

    @Test
    void tenseFromModalsIntentAndVerbForms() {
        ClauseView will = view("The/DET ministers/NOUN/minister will/AUX meet/VERB on/ADP Friday/PROPN");
        assertEquals(Tense.FUTURE, will.tense(0, 3, tokens.size()));
        tokens.clear();
        ClauseView isTo = view("The/DET president/NOUN is/AUX/be to/PART visit/VERB Kenya/PROPN");
        assertEquals(Tense.FUTURE, isTo.tense(0, at("visit"), tokens.size()));
        tokens.clear();
        ClauseView met = view("The/DET ministers/NOUN/minister met/VERB/meet on/ADP Friday/PROPN");
        assertEquals(Tense.PAST, met.tense(0, at("met"), tokens.size()));
        tokens.clear();
        ClauseView relative = view("He/PRON recalls/VERB/recall the/DET talks/NOUN/talk the/DET two/NUM men/NOUN/man"
                + " had/VERB/have");
        assertEquals(Tense.PAST, relative.tense(0, at("talks"), tokens.size()), "a relative clause on the noun");
        tokens.clear();
        ClauseView hosts = view("The/DET president/NOUN hosts/VERB/host the/DET summit/NOUN");
        assertEquals(Tense.PRESENT, hosts.tense(0, at("summit"), tokens.size()));
    }

    @Test
    void negationAndInability() {
        ClauseView not = view("The/DET minister/NOUN did/AUX/do not/PART meet/VERB the/DET envoy/NOUN");
        assertTrue(not.negated(0, at("meet"), tokens.size()));
        assertFalse(not.cannot(0, tokens.size()));
        tokens.clear();
        ClauseView could = view("She/PRON could/AUX not/PART attend/VERB the/DET summit/NOUN");
        assertTrue(could.cannot(0, tokens.size()));
        tokens.clear();
        ClauseView plain = view("The/DET minister/NOUN met/VERB/meet the/DET envoy/NOUN");
        assertFalse(plain.negated(0, at("met"), tokens.size()));
        assertFalse(plain.cannot(0, tokens.size()));
    }

    @Test
    void coordinationPrepositionalObjectsAndPossessors() {
        ClauseView c = view("Kenya/PROPN ,/PUNCT Chile/PROPN and/CCONJ Peru/PROPN met/VERB/meet with/ADP"
                + " the/DET new/ADJ Japan/PROPN 's/PART envoy/NOUN");
        assertTrue(c.onlyCoordination(at("Kenya") + 1, at("Peru")));
        assertFalse(c.onlyCoordination(at("Peru") + 1, at("Japan")), "a verb stands between");
        assertTrue(c.objectOfPreposition(mention("Japan")), "over a determiner and an adjective");
        assertFalse(c.objectOfPreposition(mention("Kenya")));
        assertTrue(c.possessor(mention("Japan")));
        assertFalse(c.possessor(mention("Peru")));
        assertTrue(c.onlyDeterminers(at("the"), at("Japan")));
    }

    @Test
    void aCopulaPlacesTheSubjectAtTheMeeting() {
        ClauseView c = view("A/DET delegation/NOUN was/AUX/be also/ADV in/ADP Moscow/PROPN for/ADP talks/NOUN/talk");
        assertTrue(c.copulaBefore(0, at("talks")));
        assertFalse(c.verbWithin(0, 3), "no main verb, only the auxiliary");
        assertFalse(c.commaBetween(0, tokens.size()));
    }

    private Mention actor(String firstWord, int words, Mention.Kind kind) {
        int i = at(firstWord);
        return new Mention(0, i, i + words, tokens.get(i).begin(), tokens.get(i + words - 1).end(), firstWord, kind,
                kind.name().toLowerCase(Locale.ROOT) + ":" + firstWord, null, null, null, null);
    }

    private static boolean anyActor(Mention m) {
        return m.kind().isActor();
    }

    @Test
    void theSubjectIsTheFirstActorOutsidePossessorsAndPrepositionalPhrases() {
        ClauseView c = view("A/DET spokeswoman/NOUN for/ADP Prime/PROPN Minister/PROPN Lund/PROPN said/VERB/say");
        List<Mention> ms = List.of(actor("Lund", 1, Mention.Kind.PERSON));
        assertTrue(c.insidePrepositionalPhrase(at("Lund"), 0), "a title may stand after the preposition");
        assertTrue(c.subject(0, at("said"), ms, ClauseViewTest::anyActor).isEmpty(), "the name modifies the head");
        tokens.clear();
        ClauseView poss = view("Norway/PROPN 's/PART envoy/NOUN to/ADP Chile/PROPN ,/PUNCT Ola/PROPN Berg/PROPN ,/PUNCT"
                + " said/VERB/say");
        List<Mention> ms2 = List.of(actor("Norway", 1, Mention.Kind.GOVERNMENT), actor("Chile", 1, Mention.Kind.GOVERNMENT),
                actor("Ola", 2, Mention.Kind.PERSON));
        assertEquals(ms2.get(2), poss.subject(0, at("said"), ms2, ClauseViewTest::anyActor).mention());
    }

    @Test
    void theSubjectTakesItsCoordinatesAndStopsAtARelativeClause() {
        ClauseView c = view("Kenya/PROPN ,/PUNCT Chile/PROPN and/CCONJ Peru/PROPN said/VERB/say");
        List<Mention> ms = List.of(actor("Kenya", 1, Mention.Kind.GOVERNMENT), actor("Chile", 1, Mention.Kind.GOVERNMENT),
                actor("Peru", 1, Mention.Kind.GOVERNMENT));
        ClauseView.Subject s = c.subject(0, at("said"), ms, ClauseViewTest::anyActor);
        assertEquals(ms.get(0), s.mention());
        assertEquals(List.of(ms.get(1), ms.get(2)), s.coordinated());
        tokens.clear();
        ClauseView rel = view("The/DET report/NOUN ,/PUNCT which/PRON Oxfam/PROPN published/VERB/publish ,/PUNCT"
                + " says/VERB/say");
        List<Mention> ms2 = List.of(actor("Oxfam", 1, Mention.Kind.ORGANIZATION));
        assertTrue(rel.subject(0, at("says"), ms2, ClauseViewTest::anyActor).isEmpty());
    }

    @Test
    void aPronounIsASubjectAndTheFilterSkipsWhatCannotBeOne() {
        ClauseView c = view("In/ADP Lima/PROPN on/ADP Monday/PROPN ,/PUNCT she/PRON said/VERB/say");
        List<Mention> ms = List.of(new Mention(0, 1, 2, tokens.get(1).begin(), tokens.get(1).end(), "Lima",
                Mention.Kind.PLACE, null, "PE", null, null, null));
        assertEquals(at("she"), c.afterOpeningPhrase(at("said")));
        ClauseView.Subject s = c.subject(0, at("said"), ms, ClauseViewTest::anyActor);
        assertEquals(at("she"), s.pronoun());
        assertEquals(null, s.mention());
        tokens.clear();
        ClauseView plain = view("The/DET minister/NOUN ,/PUNCT in/ADP Lima/PROPN ,/PUNCT said/VERB/say");
        assertEquals(0, plain.afterOpeningPhrase(at("said")), "no opening phrase before the subject");
    }

    @Test
    void anOrganisationOrTitleBeforeANameModifiesThePerson() {
        ClauseView c = view("Acme/PROPN spokeswoman/NOUN on/ADP defence/NOUN Ann/PROPN Lee/PROPN said/VERB/say");
        Mention acme = actor("Acme", 1, Mention.Kind.ORGANIZATION);
        Mention ann = actor("Ann", 2, Mention.Kind.PERSON);
        assertEquals(ann, c.personAfter(acme, at("said"), List.of(acme, ann)));
        tokens.clear();
        ClauseView verb = view("Acme/PROPN said/VERB/say Ann/PROPN Lee/PROPN left/VERB/leave");
        Mention acme2 = actor("Acme", 1, Mention.Kind.ORGANIZATION);
        assertEquals(null, verb.personAfter(acme2, tokens.size(), List.of(acme2, actor("Ann", 2, Mention.Kind.PERSON))));
    }
}
