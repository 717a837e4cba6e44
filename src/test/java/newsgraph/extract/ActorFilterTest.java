package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Token;

/** Actor spans mended or dropped (sentences written for the test). */
class ActorFilterTest extends ExtractionFixture {
    private static final LocalDate DAY = LocalDate.of(2005, 3, 1);
    private static final Lexicon LEX = Lexicon.loadDefault();

    private static AnnotatedDocument tagged(String... sentences) {
        return TestDocs.doc(sentences);
    }

    private static Mention mention(AnnotatedDocument doc, int sentence, int tb, int te, Mention.Kind kind) {
        List<Token> t = doc.sentences().get(sentence).tokens();
        String text = ActorFilter.text(t, tb, te);
        return new Mention(sentence, tb, te, t.get(tb).begin(), t.get(te - 1).end(), text, kind,
                kind == Mention.Kind.PERSON ? ActorKeys.person(text) : ActorKeys.organization(text), null, null, null,
                null);
    }

    @Test
    void aFirstNameCutAtItsHyphenGoesOnToTheSurname() {
        AnnotatedDocument doc = tagged("Marie/PROPN -Louise/PROPN Fabre/PROPN spoke/VERB ./PUNCT");
        Mention m = ActorFilter.hyphenated(doc, doc.sentences().get(0).tokens(),
                mention(doc, 0, 0, 1, Mention.Kind.PERSON), LEX);
        assertEquals("Marie-Louise Fabre", m.text());
        assertEquals(ActorKeys.person("Marie-Louise Fabre"), m.key());
    }

    @Test
    void aModifierAfterAHyphenIsNoPartOfTheName() {
        AnnotatedDocument doc = tagged("Acme/PROPN -owned/ADJ firms/NOUN rose/VERB ./PUNCT");
        assertNull(ActorFilter.hyphenated(doc, doc.sentences().get(0).tokens(),
                mention(doc, 0, 0, 1, Mention.Kind.ORGANIZATION), LEX));
    }

    @Test
    void aLowerCasePartGoesOnOnlyANameCutAtALegalForm() {
        AnnotatedDocument doc = tagged("Gulf/PROPN Co/PROPN -operation/NOUN Council/PROPN met/VERB ./PUNCT");
        assertEquals("Gulf Co-operation Council", ActorFilter.hyphenated(doc, doc.sentences().get(0).tokens(),
                mention(doc, 0, 0, 2, Mention.Kind.ORGANIZATION), LEX).text());
        AnnotatedDocument inspired = tagged("Carl/PROPN Jones/PROPN -inspired/ADJ Rovers/PROPN won/VERB ./PUNCT");
        assertNull(ActorFilter.hyphenated(inspired, inspired.sentences().get(0).tokens(),
                mention(inspired, 0, 0, 2, Mention.Kind.PERSON), LEX));
    }

    @Test
    void aWordThatOpensTheSentenceIsNoPartOfTheName() {
        AnnotatedDocument doc = tagged("If/SCONJ Congress/PROPN acts/VERB ,/PUNCT prices/NOUN fall/VERB ./PUNCT");
        Mention m = ActorFilter.withoutOpener(doc, doc.sentences().get(0).tokens(),
                mention(doc, 0, 0, 2, Mention.Kind.ORGANIZATION));
        assertEquals("Congress", m.text());
        assertNull(ActorFilter.withoutOpener(doc, doc.sentences().get(0).tokens(),
                mention(doc, 0, 1, 2, Mention.Kind.ORGANIZATION)));
    }

    @Test
    void aNameCutAtAnInitialJoinsTheNameOpeningTheNextSentence() {
        AnnotatedDocument doc = tagged("The/DET director/NOUN is/AUX Pavel/PROPN K./PROPN",
                "Smirnov/PROPN said/VERB so/ADV ./PUNCT");
        List<Mention> found = new ArrayList<>(List.of(mention(doc, 0, 3, 5, Mention.Kind.PERSON),
                mention(doc, 1, 0, 1, Mention.Kind.PERSON)));
        ActorFilter.joinCutInitials(doc, found);
        assertEquals("Pavel K. Smirnov", found.get(0).text());
        assertEquals(found.get(0).key(), found.get(1).key());
    }

    @Test
    void aLowerCaseWordIsNoGazetteerOrganisationAndTwoJoinedOnesAreTwo() {
        ExtractedArticle x = run("The government offered a tax amnesty to savers, Peter Hall said. "
                + "The International Monetary Fund and World Bank said growth would slow.", DAY);
        assertFalse(hasActorKey(x, ActorKeys.organization("Amnesty International")), describeActors(x));
        actorNamed(x, "International Monetary Fund");
        actorNamed(x, "World Bank");
    }

    @Test
    void aHyphenatedFirstNameAfterATitleIsWhole() {
        ExtractedArticle x = run("Union President Jean-Claude Dupont called for a strike on Monday. "
                + "Dupont said talks had failed.", DAY);
        assertEquals(2, actorNamed(x, "Jean-Claude Dupont").mentions().size(), describeActors(x));
    }
}
