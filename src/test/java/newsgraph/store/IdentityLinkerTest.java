package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

class IdentityLinkerTest {
    private static String person(String key) {
        return IriMinter.actor("person:" + key);
    }

    private static String org(String name) {
        return IriMinter.actor("org:" + name);
    }

    @Test
    void surnameLinksToTheOnlyFullNameWithIt() {
        Map<String, String> links = IdentityLinker.links(Set.of(person("hrl"), person("jn hrl")), Set.of());
        assertEquals(Map.of(person("hrl"), person("jn hrl")), links);
    }

    @Test
    void twoFullNamesWithOneSurnameLeaveTheSurnameAlone() {
        Map<String, String> links = IdentityLinker.links(
                Set.of(person("hrl"), person("jn hrl"), person("mr hrl")), Set.of());
        assertTrue(links.isEmpty(), "Harlow alone must not be guessed: " + links);
    }

    @Test
    void shortOrganisationNameLinksToTheOnlyLongerOne() {
        Map<String, String> links = IdentityLinker.links(Set.of(),
                Set.of(org("national coalition"), org("syrian national coalition"), org("communist party"),
                        org("chinese communist party"), org("soviet communist party")));
        assertEquals(Map.of(org("national coalition"), org("syrian national coalition")), links);
    }

    @Test
    void oneWordOrganisationNameIsNotLinkedToTheLongerOneEndingInIt() {
        Map<String, String> links = IdentityLinker.links(Set.of(),
                Set.of(org("herald"), org("evening herald"), org("harbour trust"), org("lakeside harbour trust")));
        assertEquals(Map.of(org("harbour trust"), org("lakeside harbour trust")), links);
    }

    @Test
    void rewritesTheShortIriInEveryGraph() {
        Dataset ds = DatasetFactory.createTxnMem();
        Model a = ModelFactory.createDefaultModel();
        Resource full = a.createResource(person("jn hrl")).addProperty(RDF.type, NG.Person);
        a.createResource("urn:s1").addProperty(NG.speaker, full);
        Model b = ModelFactory.createDefaultModel();
        Resource shortOne = b.createResource(person("hrl")).addProperty(RDF.type, NG.Person);
        b.createResource("urn:s2").addProperty(NG.speaker, shortOne);
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel("urn:g1", a);
            ds.addNamedModel("urn:g2", b);
        });
        assertEquals(1, IdentityLinker.link(ds));
        Txn.executeRead(ds, () -> {
            Model g2 = ds.getNamedModel("urn:g2");
            assertTrue(g2.contains(g2.createResource("urn:s2"), NG.speaker, g2.createResource(person("jn hrl"))));
            assertFalse(g2.containsResource(g2.createResource(person("hrl"))));
            assertTrue(g2.contains(g2.createResource(person("jn hrl")), RDF.type, NG.Person));
        });
        assertEquals(0, IdentityLinker.link(ds), "linking twice changes nothing more");
    }
}
