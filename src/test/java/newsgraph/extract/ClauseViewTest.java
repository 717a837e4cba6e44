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
}
