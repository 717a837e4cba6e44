package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newsgraph.extract.ActorKeys;

class IriMinterTest {
    private static final String B = IriMinter.BASE;

    @Test
    void sameKeySameIri() {
        assertEquals(IriMinter.actor("person:anna berg"), IriMinter.actor("person:anna berg"));
        assertEquals(IriMinter.actor(ActorKeys.person("Sergei Lavrov")), IriMinter.actor(ActorKeys.person("Sergey Lavrov")));
        assertNotEquals(IriMinter.actor(ActorKeys.person("John Smith")), IriMinter.actor(ActorKeys.person("Mary Smith")));
    }

    @Test
    void kindsGoToTheirOwnPaths() {
        assertEquals(B + "person/anna-berg", IriMinter.actor("person:anna berg"));
        assertEquals(B + "org/united-nations", IriMinter.actor("org:united nations"));
        assertEquals(B + "government/RU", IriMinter.actor("gov:ru"));
        assertEquals(B + "government/RU", IriMinter.actor(ActorKeys.government("RU")));
        assertNotEquals(IriMinter.actor("person:red cross"), IriMinter.actor("org:red cross"));
    }

    @Test
    void slugFoldsAccentsAndPunctuation() {
        assertEquals("jose-nunez-garcia-jr", IriMinter.slug("  José Núñez-García, Jr.  "));
        assertEquals(IriMinter.slug("Jose Nunez"), IriMinter.slug("José Núñez"));
        assertEquals("o-neill-s-plan", IriMinter.slug("O'Neill’s plan!"));
        assertEquals("x", IriMinter.slug("?!"));
        assertEquals("abc-123", IriMinter.slug("ABC--123"));
    }

    @Test
    void slugIsUsedForPersonAndOrgNames() {
        assertEquals(B + "person/zoe-muller", IriMinter.actor("person:Zoë Müller"));
        assertEquals(B + "org/foo-bar", IriMinter.actor("org:Foo & Bar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"robot:r2", "nokind", ":missing kind", "Person:anna berg"})
    void unknownOrMissingKindThrows(String key) {
        assertThrows(IllegalArgumentException.class, () -> IriMinter.actor(key));
    }

    @Test
    void articleGraphAndFactIrisContainTheDocId() {
        String doc = "017_a1b2c3";
        String article = IriMinter.article(doc);
        String graph = IriMinter.graph(doc);
        assertTrue(article.startsWith(B) && article.endsWith(doc), article);
        assertTrue(graph.startsWith(B) && graph.endsWith(doc), graph);
        assertNotEquals(article, graph);
        assertEquals(article + "/statement/4", IriMinter.statement(doc, 4));
        assertEquals(article + "/meeting/0", IriMinter.meeting(doc, 0));
        assertEquals(article + "/evidence/12", IriMinter.evidence(doc, 12));
        assertNotEquals(IriMinter.statement(doc, 1), IriMinter.statement("other", 1));
    }

    @Test
    void awkwardDocIdsGiveValidIris() {
        String doc = "draft 2/ä#1";
        String article = IriMinter.article(doc);
        assertFalse(article.contains(" "), article);
        assertFalse(article.substring(B.length()).contains("#"), article);
        assertFalse(IRIx.create(article).hasViolations(), article);
        assertFalse(IRIx.create(IriMinter.graph(doc)).hasViolations());
        assertNotEquals(IriMinter.article("a b"), IriMinter.article("a+b"));
    }

    @Test
    void countryAndPlaceIris() {
        assertEquals(B + "country/FR", IriMinter.country("fr"));
        assertEquals(B + "place/FR/saint-etienne", IriMinter.place("Saint-Étienne", "fr"));
        assertEquals(B + "place/atlantis", IriMinter.place("Atlantis", null));
    }
}
