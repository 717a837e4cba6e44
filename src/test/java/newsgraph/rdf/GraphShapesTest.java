package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** {@code ontology/shapes.ttl} against small article graphs written as RdfMapper writes them. */
class GraphShapesTest {
    private static final GraphShapes SHAPES = GraphShapes.load(Path.of(GraphShapes.FILE));

    private static final String PREFIXES = """
            @prefix ng: <https://newsgraph.org/ontology#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <https://schema.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://newsgraph.org/id/> .
            """;

    /** An article with one statement of {@code date} and its evidence; {@code extra} is added as it is. */
    private static Graph article(String date, String extra) {
        String ttl = PREFIXES + """
                <https://newsgraph.org/id/article/d> a ng:Article ; ng:docId "d" ; ng:text "Lavrov said talks go on." ;
                    schema:url <https://example.org/d> ; schema:datePublished "2016-05-12"^^xsd:date .
                <https://newsgraph.org/id/person/sergei-lavrov> a ng:Person ; skos:prefLabel "Sergei Lavrov" ;
                    rdfs:label "Sergei Lavrov" ; ng:mentionedIn <https://newsgraph.org/id/article/d> .
                <https://newsgraph.org/id/article/d/statement/0> a ng:Statement ; ng:statementKind "indirect" ;
                    ng:content "talks go on" ; ng:mentionedIn <https://newsgraph.org/id/article/d> ;
                    prov:wasDerivedFrom <https://newsgraph.org/id/article/d> ; ng:confidence 0.8 ;
                    ng:speaker <https://newsgraph.org/id/person/sergei-lavrov> ; ng:date %s ; ng:datePrecision "day" ;
                    ng:evidence <https://newsgraph.org/id/article/d/evidence/0> .
                <https://newsgraph.org/id/article/d/evidence/0> a ng:Evidence ;
                    nif:referenceContext <https://newsgraph.org/id/article/d> ;
                    nif:beginIndex "12"^^xsd:nonNegativeInteger ; nif:endIndex "23"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "talks go on" ; ng:sentenceBegin "0"^^xsd:nonNegativeInteger ;
                    ng:sentenceEnd "24"^^xsd:nonNegativeInteger ; ng:sentence "Lavrov said talks go on." ;
                    ng:extractor "statements" ; ng:confidence 0.8 .
                """.formatted(date) + extra;
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl), null, "TTL");
        return m.getGraph();
    }

    @Test
    void plainAndTypedDatesConform() {
        for (String date : List.of("\"2016-05-12\"", "\"2016-05\"", "\"2016\"", "\"2016-05-12\"^^xsd:date",
                "\"2016-05\"^^xsd:gYearMonth", "\"2016\"^^xsd:gYear")) {
            assertEquals(List.of(), SHAPES.violations(article(date, "")), date);
        }
    }

    @Test
    void eachViolationIsOneLineNamingTheNodeAndProperty() {
        String broken = """
                <https://newsgraph.org/id/article/d/statement/1> a ng:Statement ; ng:statementKind "rumour" ;
                    ng:content "x" ; ng:mentionedIn <https://newsgraph.org/id/article/d> ;
                    prov:wasDerivedFrom <https://newsgraph.org/id/article/d> ; ng:confidence 1.5 ; ng:date "last week" .
                <https://newsgraph.org/id/country/XX> a ng:Country ; rdfs:label "Nowhere" ; skos:prefLabel "Nowhere" ;
                    ng:isoCode "nowhere" .
                """;
        List<String> v = SHAPES.violations(article("\"2016-05-12\"", broken));
        String statement = "<https://newsgraph.org/id/article/d/statement/1> <https://newsgraph.org/ontology#";
        for (String property : List.of("statementKind", "confidence", "date", "evidence")) {
            assertTrue(v.stream().anyMatch(l -> l.startsWith(statement + property + ">")), property + ": " + v);
        }
        assertTrue(v.stream().anyMatch(l -> l.startsWith("<https://newsgraph.org/id/country/XX> "
                + "<https://newsgraph.org/ontology#isoCode>")), v.toString());
        v.forEach(l -> assertTrue(!l.contains("\n"), l));
    }

    @Test
    void aPersonIsNoOrganisation() {
        List<String> v = SHAPES.violations(article("\"2016\"",
                "<https://newsgraph.org/id/person/sergei-lavrov> a ng:Organization ."));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("<https://newsgraph.org/id/person/sergei-lavrov>"), v.get(0));
    }
}
