package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import newsgraph.extract.ActorKeys;
import newsgraph.extract.ActorRecord;
import newsgraph.extract.ActorType;
import newsgraph.extract.CountryRecord;
import newsgraph.extract.DateValue;
import newsgraph.extract.Evidence;
import newsgraph.extract.ExtractedArticle;
import newsgraph.extract.MeetingRecord;
import newsgraph.extract.PlaceRef;
import newsgraph.extract.StatementRecord;
import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleMeta;

class RdfMapperTest {
    private static final String DOC = "t01_mapper";
    private static final String TEXT = "Trade Minister Anna Berg met her Austrian counterpart Karl Holm in Vienna on Monday."
            + "\n\n\"We agreed on a timetable for the tariffs,\" Berg said afterwards.";

    private static final String BERG = ActorKeys.person("Anna Berg");
    private static final String HOLM = ActorKeys.person("Karl Holm");
    private static final String AUSTRIA_GOV = ActorKeys.government("AT");

    private final RdfMapper mapper = new RdfMapper(Map.of("AT", "Austria", "SE", "Sweden"));
    private Model m;
    private int firstSentenceEnd;
    private int secondSentenceBegin;

    private static Evidence span(String needle, int sentenceBegin, int sentenceEnd, String extractor) {
        int b = TEXT.indexOf(needle, sentenceBegin);
        assertTrue(b >= 0, needle);
        return new Evidence(DOC, b, b + needle.length(), sentenceBegin, sentenceEnd, extractor, 0.75);
    }

    private ExtractedArticle extraction() {
        firstSentenceEnd = TEXT.indexOf('.') + 1;
        secondSentenceBegin = TEXT.indexOf('"');
        int secondSentenceEnd = TEXT.length();
        Article article = new Article(DOC, Path.of("corpus", DOC + ".txt"), TEXT,
                new ArticleMeta("Berg and Holm agree a timetable", LocalDate.of(2013, 11, 26), "Vienna", "Test Wire",
                        List.of("A. Reporter")));
        ActorRecord berg = new ActorRecord(BERG, ActorType.PERSON, "Anna Berg", List.of("Anna Berg", "Berg"),
                "Trade Minister", "SE", null,
                List.of(span("Anna Berg", 0, firstSentenceEnd, "names"),
                        span("Berg", secondSentenceBegin, secondSentenceEnd, "coref")));
        ActorRecord holm = new ActorRecord(HOLM, ActorType.PERSON, "Karl Holm", List.of(), null, "AT",
                ActorKeys.organization("Austrian Trade Office"), List.of(span("Karl Holm", 0, firstSentenceEnd, "names")));
        ActorRecord gov = new ActorRecord(AUSTRIA_GOV, ActorType.GOVERNMENT, "Government of Austria", List.of(), null,
                "AT", null, List.of());
        CountryRecord austria = new CountryRecord("AT", "Austria", List.of(span("Austrian", 0, firstSentenceEnd, "gazetteer")));
        StatementRecord quote = new StatementRecord("direct", "We agreed on a timetable for the tariffs", BERG, null, "say",
                null, null, List.of(span("We agreed on a timetable for the tariffs", secondSentenceBegin, secondSentenceEnd,
                        "quotes")), 0.9);
        MeetingRecord meeting = new MeetingRecord("meeting", List.of(BERG, HOLM), new PlaceRef("Vienna", "AT"),
                DateValue.day(LocalDate.of(2013, 11, 25)), "held", "040", "meet",
                List.of(span("met", 0, firstSentenceEnd, "meetings")), 0.8);
        MeetingRecord planned = new MeetingRecord("visit", List.of(HOLM, AUSTRIA_GOV), new PlaceRef("austria", "AT"),
                DateValue.month(LocalDate.of(2013, 12, 10)), "planned", "036", "visit", List.of(), 0.5);
        return new ExtractedArticle(article, List.of(berg, holm, gov), List.of(austria), List.of(quote),
                List.of(meeting, planned));
    }

    @BeforeEach
    void map() {
        m = mapper.toModel(extraction());
    }

    private Resource r(String iri) {
        return m.getResource(iri);
    }

    private String str(Resource s, org.apache.jena.rdf.model.Property p) {
        var st = s.getProperty(p);
        assertNotNull(st, s + " has no " + p);
        return st.getString();
    }

    private Set<RDFNode> objects(Resource s, org.apache.jena.rdf.model.Property p) {
        return new HashSet<>(m.listObjectsOfProperty(s, p).toList());
    }

    @Test
    void articleNode() {
        Resource a = r(IriMinter.article(DOC));
        assertTrue(m.contains(a, RDF.type, NG.Article));
        assertEquals(DOC, str(a, NG.docId));
        assertEquals(TEXT, str(a, NG.text));
        assertEquals(DOC + ".txt", str(a, NG.sourceFile));
        assertEquals("Vienna", str(a, NG.dateline));
        assertEquals("Test Wire", str(a, NG.outlet));
        Literal published = a.getProperty(m.createProperty(RdfMapper.SCHEMA, "datePublished")).getLiteral();
        assertEquals("2013-11-26", published.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), published.getDatatypeURI());
        assertEquals("Berg and Holm agree a timetable", str(a, m.createProperty(RdfMapper.SCHEMA, "headline")));
    }

    @Test
    void peopleWithLabelsRoleCountryAndAliases() {
        Resource berg = r(IriMinter.actor(BERG));
        assertTrue(m.contains(berg, RDF.type, NG.Person));
        assertFalse(m.contains(berg, RDF.type, NG.Organization));
        assertEquals("Anna Berg", str(berg, SKOS.prefLabel));
        assertEquals("Anna Berg", str(berg, RDFS.label));
        assertEquals("Trade Minister", str(berg, NG.role));
        assertEquals(Set.of(r(IriMinter.country("SE"))), objects(berg, NG.country));
        assertEquals(Set.of(ResourceFactory.createStringLiteral("Berg")), objects(berg, NG.alias),
                "the alias equal to the name is left out");
        assertTrue(m.contains(berg, NG.mentionedIn, r(IriMinter.article(DOC))));
        assertEquals(2, objects(berg, NG.evidence).size());

        Resource holm = r(IriMinter.actor(HOLM));
        assertEquals("Karl Holm", str(holm, SKOS.prefLabel));
        assertFalse(holm.hasProperty(NG.role));
        assertEquals(Set.of(r(IriMinter.actor(ActorKeys.organization("Austrian Trade Office")))),
                objects(holm, NG.affiliation));
    }

    @Test
    void governmentIsAnOrganizationGoverningItsCountry() {
        Resource gov = r(IriMinter.actor(AUSTRIA_GOV));
        assertTrue(m.contains(gov, RDF.type, NG.GovernmentOrganization));
        assertTrue(m.contains(gov, RDF.type, NG.Organization));
        assertEquals(Set.of(r(IriMinter.country("AT"))), objects(gov, NG.governmentOf));
        assertFalse(gov.hasProperty(NG.country));
    }

    @Test
    void countryHasIsoCodeAndName() {
        Resource at = r(IriMinter.country("AT"));
        assertTrue(m.contains(at, RDF.type, NG.Country));
        assertEquals("AT", str(at, NG.isoCode));
        assertEquals("Austria", str(at, SKOS.prefLabel));
        assertEquals("Austria", str(at, RDFS.label));
        assertTrue(m.contains(at, NG.mentionedIn, r(IriMinter.article(DOC))));
        Resource se = r(IriMinter.country("SE"));
        assertEquals("Sweden", str(se, SKOS.prefLabel));
        assertFalse(se.hasProperty(NG.mentionedIn), "a country only named as an actor's country is not 'mentioned'");
    }

    @Test
    void everyEvidenceAnchorIsItsTextSpan() {
        List<Resource> evidence = m.listSubjectsWithProperty(RDF.type, NG.Evidence).toList();
        assertEquals(6, evidence.size(), "2 + 1 actor, 1 country, 1 statement, 1 meeting evidence");
        Set<String> iris = new HashSet<>();
        for (Resource ev : evidence) {
            iris.add(ev.getURI());
            int b = ev.getProperty(NIF.beginIndex).getInt();
            int e = ev.getProperty(NIF.endIndex).getInt();
            int sb = ev.getProperty(NG.sentenceBegin).getInt();
            int se = ev.getProperty(NG.sentenceEnd).getInt();
            assertEquals(TEXT.substring(b, e), str(ev, NIF.anchorOf));
            assertEquals(TEXT.substring(sb, se), str(ev, NG.sentence));
            assertTrue(sb <= b && e <= se, ev + " outside its sentence");
            assertEquals(r(IriMinter.article(DOC)), ev.getPropertyResourceValue(NIF.referenceContext));
            assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), ev.getProperty(NIF.beginIndex).getLiteral().getDatatypeURI());
            assertTrue(ev.getURI().startsWith(IriMinter.article(DOC) + "/evidence/"));
        }
        assertEquals(6, iris.size());
        Set<String> anchors = new HashSet<>();
        for (Resource ev : evidence) {
            anchors.add(str(ev, NIF.anchorOf));
        }
        assertEquals(Set.of("Anna Berg", "Berg", "Karl Holm", "Austrian", "met",
                "We agreed on a timetable for the tariffs"), anchors);
    }

    @Test
    void statementWithSpeakerAndNoDate() {
        Resource s = r(IriMinter.statement(DOC, 0));
        assertTrue(m.contains(s, RDF.type, NG.Statement));
        assertEquals("direct", str(s, NG.statementKind));
        assertEquals("We agreed on a timetable for the tariffs", str(s, NG.content));
        assertEquals("say", str(s, NG.cue));
        Resource speaker = s.getPropertyResourceValue(NG.speaker);
        assertEquals(IriMinter.actor(BERG), speaker.getURI());
        assertTrue(m.contains(speaker, RDF.type, NG.Person), "the speaker is a typed actor of the same graph");
        assertFalse(s.hasProperty(NG.date));
        assertFalse(s.hasProperty(NG.via));
        assertEquals(0.9, s.getProperty(NG.confidence).getDouble(), 1e-9);
        assertEquals(XSDDatatype.XSDdecimal.getURI(), s.getProperty(NG.confidence).getLiteral().getDatatypeURI());
        Resource ev = s.getPropertyResourceValue(NG.evidence);
        assertEquals("We agreed on a timetable for the tariffs", str(ev, NIF.anchorOf));
    }

    @Test
    void heldMeetingWithParticipantsPlaceAndDay() {
        Resource mt = r(IriMinter.meeting(DOC, 0));
        assertTrue(m.contains(mt, RDF.type, NG.Meeting));
        assertEquals("meeting", str(mt, NG.meetingKind));
        assertEquals(NG.Held, mt.getPropertyResourceValue(NG.status));
        assertEquals(Set.of(r(IriMinter.actor(BERG)), r(IriMinter.actor(HOLM))), objects(mt, NG.participant));
        assertEquals("2013-11-25", str(mt, NG.date));
        assertEquals(XSDDatatype.XSDdate.getURI(), mt.getProperty(NG.date).getLiteral().getDatatypeURI());
        assertEquals("day", str(mt, NG.datePrecision));
        assertEquals("040", str(mt, NG.cameoCode));
        assertEquals("meet", str(mt, NG.trigger));
        Resource place = mt.getPropertyResourceValue(NG.place);
        assertEquals(IriMinter.place("Vienna", "AT"), place.getURI());
        assertTrue(m.contains(place, RDF.type, NG.Place));
        assertEquals("Vienna", str(place, RDFS.label));
        assertEquals(r(IriMinter.country("AT")), place.getPropertyResourceValue(NG.country));
        assertEquals("met", str(mt.getPropertyResourceValue(NG.evidence), NIF.anchorOf));
    }

    @Test
    void plannedMeetingInACountryWithMonthPrecision() {
        Resource mt = r(IriMinter.meeting(DOC, 1));
        assertEquals(NG.Planned, mt.getPropertyResourceValue(NG.status));
        assertEquals("2013-12", str(mt, NG.date));
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), mt.getProperty(NG.date).getLiteral().getDatatypeURI());
        assertEquals("month", str(mt, NG.datePrecision));
        assertEquals(r(IriMinter.country("AT")), mt.getPropertyResourceValue(NG.place),
                "a place named like its country is the country");
        assertTrue(objects(mt, NG.participant).contains(r(IriMinter.actor(AUSTRIA_GOV))));
        assertFalse(mt.hasProperty(NG.evidence));
    }

    @Test
    void statusIndividuals() {
        Article a = new Article("t02", null, "x", ArticleMeta.empty());
        for (var e : Map.of("held", NG.Held, "planned", NG.Planned, "proposed", NG.Proposed, "declined", NG.Declined)
                .entrySet()) {
            MeetingRecord mr = new MeetingRecord("talks", List.of(), null, null, e.getKey(), null, null, List.of(), 1.0);
            Model model = mapper.toModel(new ExtractedArticle(a, List.of(), List.of(), List.of(), List.of(mr)));
            assertEquals(e.getValue(), model.getResource(IriMinter.meeting("t02", 0)).getPropertyResourceValue(NG.status),
                    e.getKey());
        }
    }

    @Test
    void sameExtractionSameGraph() {
        Model again = mapper.toModel(extraction());
        assertTrue(m.isIsomorphicWith(again));
        assertEquals(m.size(), again.size());
        assertFalse(m.listSubjects().filterKeep(Resource::isAnon).hasNext(), "no blank nodes");
    }
}
