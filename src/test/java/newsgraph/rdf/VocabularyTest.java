package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NG} and {@code ontology/newsgraph.ttl} declare exactly the same terms. */
class VocabularyTest {
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
    }

    /** IRI of every ng: term the ontology declares, with what it is declared as. */
    private static Map<String, Resource> declared() {
        Map<String, Resource> out = new TreeMap<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, NG.MeetingStatus)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(NG.NAMESPACE)) {
                    Resource before = out.put(s.getURI(), type);
                    assertTrue(before == null || before.equals(type), s + " declared twice: " + before + ", " + type);
                }
            });
        }
        return out;
    }

    /** Public static Resource/Property constants of NG, by IRI, with whether each is a Property. */
    private static Map<String, Boolean> constants() throws IllegalAccessException {
        Map<String, Boolean> out = new TreeMap<>();
        for (Field f : NG.class.getFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource r = (Resource) f.get(null);
            assertTrue(r.getURI().startsWith(NG.NAMESPACE), f.getName() + " outside the namespace: " + r);
            assertEquals(f.getName(), r.getLocalName(), "constant name and local name of " + r);
            out.put(r.getURI(), Property.class.isAssignableFrom(f.getType()));
        }
        return out;
    }

    @Test
    void ontologyPrefixIsTheNamespace() {
        assertEquals(NG.NAMESPACE, ontology.getNsPrefixURI(NG.PREFIX));
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Map<String, Boolean> constants = constants();
        Set<String> missing = new TreeSet<>(declared().keySet());
        missing.removeAll(constants.keySet());
        assertTrue(missing.isEmpty(), "declared in the ontology but not in NG: " + missing);
    }

    @Test
    void everyConstantIsDeclared() throws IllegalAccessException {
        Map<String, Boolean> constants = constants();
        assertFalse(constants.isEmpty());
        Set<String> missing = new TreeSet<>(constants.keySet());
        missing.removeAll(declared().keySet());
        assertTrue(missing.isEmpty(), "in NG but not declared in the ontology: " + missing);
    }

    @Test
    void propertyConstantsAreDeclaredPropertiesAndResourceConstantsAreNot() throws IllegalAccessException {
        Map<String, Resource> declared = declared();
        List<String> wrong = new ArrayList<>();
        constants().forEach((iri, isProperty) -> {
            Resource kind = declared.get(iri);
            boolean declaredProperty = OWL.ObjectProperty.equals(kind) || OWL.DatatypeProperty.equals(kind);
            if (kind != null && isProperty != declaredProperty) {
                wrong.add(iri + " is " + kind.getLocalName());
            }
        });
        assertTrue(wrong.isEmpty(), "Java type disagrees with the ontology: " + wrong);
    }

    @Test
    void meetingStatusIndividualsMatch() {
        Set<Resource> individuals = ontology.listSubjectsWithProperty(RDF.type, NG.MeetingStatus).toSet();
        assertEquals(Set.of(NG.Held, NG.Planned, NG.Proposed, NG.Declined), individuals);
    }

    @Test
    void everyNgSubjectIsDeclared() {
        Set<String> declared = declared().keySet();
        Set<String> undeclared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NAMESPACE) && !declared.contains(s.getURI())) {
                undeclared.add(s.getURI());
            }
        });
        assertTrue(undeclared.isEmpty(), "ng: subjects without a declaration: " + undeclared);
    }

    @Test
    void everyDeclaredTermHasLabelAndComment() {
        List<String> bad = new ArrayList<>();
        for (String iri : declared().keySet()) {
            Resource r = ontology.getResource(iri);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                Statement st = r.getProperty(p);
                if (st == null || !st.getObject().isLiteral() || st.getString().isBlank()) {
                    bad.add(r.getLocalName() + " lacks " + p.getLocalName());
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join(", ", bad));
    }

    @Test
    void everySchemaOrgTermIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> bad = new ArrayList<>();
        for (Field f : SchemaOrg.class.getFields()) {
            if (!Property.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = ontology.getResource(((Property) f.get(null)).getURI());
            boolean declared = ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                    || ontology.contains(term, RDF.type, OWL.ObjectProperty);
            if (!declared || !term.hasProperty(RDFS.label) || !term.hasProperty(RDFS.comment)) {
                bad.add(term.getURI());
            }
        }
        assertTrue(bad.isEmpty(), "schema.org terms not declared with label and comment: " + bad);
        assertEquals(5, SchemaOrg.class.getFields().length - 1, "five terms and the namespace");
    }

    @Test
    void declaredTermsCoverEveryKind() {
        Map<String, Resource> declared = declared();
        assertEquals(OWL.Class, declared.get(NG.Person.getURI()));
        assertEquals(OWL.ObjectProperty, declared.get(NG.speaker.getURI()));
        assertEquals(OWL.DatatypeProperty, declared.get(NG.isoCode.getURI()));
        assertEquals(NG.MeetingStatus, declared.get(NG.Held.getURI()));
    }
}
