package newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import newsgraph.extract.ActorRecord;
import newsgraph.extract.CountryRecord;
import newsgraph.extract.DateValue;
import newsgraph.extract.Evidence;
import newsgraph.extract.ExtractedArticle;
import newsgraph.extract.MeetingRecord;
import newsgraph.extract.StatementRecord;
import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleMeta;

/** Turns the records extracted from one article into the triples of that article's graph. */
public final class RdfMapper {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = SchemaOrg.NAMESPACE;

    private final Map<String, String> countryNames;

    /** @param countryNames ISO alpha-2 code to English name, for country labels */
    public RdfMapper(Map<String, String> countryNames) {
        this.countryNames = Map.copyOf(countryNames);
    }

    public static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(NG.PREFIX, NG.NAMESPACE);
        m.setNsPrefix(NIF.PREFIX, NIF.NAMESPACE);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("schema", SCHEMA);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("id", IriMinter.BASE);
        return m;
    }

    /** The article's metadata in schema.org terms, and the dateline and outlet in ng: terms. */
    private static void addMetadata(Model m, Resource article, ArticleMeta meta) {
        if (meta.title() != null) {
            article.addProperty(SchemaOrg.headline, meta.title());
        }
        if (meta.published() != null) {
            article.addProperty(SchemaOrg.datePublished,
                    m.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        }
        if (meta.dateline() != null) {
            article.addProperty(NG.dateline, meta.dateline());
        }
        if (meta.outlet() != null) {
            article.addProperty(SchemaOrg.publisher, meta.outlet());
            article.addProperty(NG.outlet, meta.outlet());
        }
        for (String author : meta.authors()) {
            article.addProperty(SchemaOrg.author, author);
        }
        if (meta.url() != null && isAbsoluteIri(meta.url())) {
            article.addProperty(SchemaOrg.url, m.createResource(meta.url()));
        }
    }

    // an address with spaces or other junk would make a broken IRI in the store; such a URL is left out
    private static boolean isAbsoluteIri(String s) {
        try {
            return IRIx.create(s).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    public Model toModel(ExtractedArticle x) {
        Model m = newModel();
        Article a = x.article();
        String doc = a.id();
        Resource article = m.createResource(IriMinter.article(doc))
                .addProperty(RDF.type, NG.Article)
                .addProperty(NG.docId, doc)
                .addProperty(NG.text, a.text());
        if (a.source() != null && a.source().getFileName() != null) {
            article.addProperty(NG.sourceFile, a.source().getFileName().toString());
        }
        addMetadata(m, article, a.meta());
        Counter evidenceIds = new Counter();
        for (ActorRecord actor : x.actors()) {
            Resource r = m.createResource(IriMinter.actor(actor.key()))
                    .addProperty(RDF.type, switch (actor.type()) {
                        case PERSON -> NG.Person;
                        case ORGANIZATION -> NG.Organization;
                        case GOVERNMENT -> NG.GovernmentOrganization;
                    })
                    .addProperty(SKOS.prefLabel, actor.name())
                    .addProperty(RDFS.label, actor.name())
                    .addProperty(NG.mentionedIn, article);
            if (actor.type() == newsgraph.extract.ActorType.GOVERNMENT) {
                r.addProperty(RDF.type, NG.Organization);
                if (actor.countryIso() != null) {
                    r.addProperty(NG.governmentOf, country(m, actor.countryIso()));
                }
            } else if (actor.countryIso() != null) {
                r.addProperty(NG.country, country(m, actor.countryIso()));
            }
            for (String alias : actor.aliases()) {
                if (!alias.equals(actor.name())) {
                    r.addProperty(NG.alias, alias);
                }
            }
            if (actor.role() != null) {
                r.addProperty(NG.role, actor.role());
            }
            if (actor.affiliation() != null) {
                r.addProperty(NG.affiliation, m.createResource(IriMinter.actor(actor.affiliation())));
            }
            addEvidence(m, r, actor.mentions(), a, evidenceIds);
        }
        for (CountryRecord c : x.countries()) {
            Resource r = country(m, c.iso()).addProperty(NG.mentionedIn, article);
            addEvidence(m, r, c.mentions(), a, evidenceIds);
        }
        int n = 0;
        for (StatementRecord s : x.statements()) {
            Resource r = m.createResource(IriMinter.statement(doc, n++))
                    .addProperty(RDF.type, NG.Statement)
                    .addProperty(NG.statementKind, s.kind())
                    .addProperty(NG.content, s.text())
                    .addProperty(NG.mentionedIn, article)
                    .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article)
                    .addLiteral(NG.confidence, decimal(s.confidence()));
            if (s.speaker() != null) {
                r.addProperty(NG.speaker, m.createResource(IriMinter.actor(s.speaker())));
            }
            if (s.sourceDescription() != null) {
                r.addProperty(NG.sourceDescription, s.sourceDescription());
            }
            if (s.cue() != null) {
                r.addProperty(NG.cue, s.cue());
            }
            if (s.via() != null) {
                r.addProperty(NG.via, m.createResource(IriMinter.actor(s.via())));
            }
            addDate(r, s.date());
            addEvidence(m, r, s.evidence(), a, evidenceIds);
        }
        n = 0;
        for (MeetingRecord mt : x.meetings()) {
            Resource r = m.createResource(IriMinter.meeting(doc, n++))
                    .addProperty(RDF.type, NG.Meeting)
                    .addProperty(NG.meetingKind, mt.kind())
                    .addProperty(NG.status, status(m, mt.status()))
                    .addProperty(NG.mentionedIn, article)
                    .addProperty(m.createProperty(PROV, "wasDerivedFrom"), article)
                    .addLiteral(NG.confidence, decimal(mt.confidence()));
            for (String p : mt.participants()) {
                r.addProperty(NG.participant, m.createResource(IriMinter.actor(p)));
            }
            if (mt.cameo() != null) {
                r.addProperty(NG.cameoCode, mt.cameo());
            }
            if (mt.trigger() != null) {
                r.addProperty(NG.trigger, mt.trigger());
            }
            if (mt.place() != null) {
                r.addProperty(NG.place, place(m, mt.place().label(), mt.place().countryIso()));
            }
            addDate(r, mt.date());
            addEvidence(m, r, mt.evidence(), a, evidenceIds);
        }
        return m;
    }

    private Resource place(Model m, String label, String iso) {
        if (iso != null && label.equalsIgnoreCase(countryNames.getOrDefault(iso, ""))) {
            return country(m, iso);
        }
        Resource p = m.createResource(IriMinter.place(label, iso))
                .addProperty(RDF.type, NG.Place)
                .addProperty(RDFS.label, label);
        if (iso != null) {
            p.addProperty(NG.country, country(m, iso));
        }
        return p;
    }

    private Resource country(Model m, String iso) {
        String name = countryNames.getOrDefault(iso, iso);
        return m.createResource(IriMinter.country(iso))
                .addProperty(RDF.type, NG.Country)
                .addProperty(NG.isoCode, iso)
                .addProperty(RDFS.label, name)
                .addProperty(SKOS.prefLabel, name);
    }

    // the status's label goes into the article graph too: the catalogue queries read ng:status/rdfs:label
    // and the ontology itself is not loaded into the store
    private static Resource status(Model m, String s) {
        Resource status = switch (s) {
            case "held" -> NG.Held;
            case "proposed" -> NG.Proposed;
            case "declined" -> NG.Declined;
            default -> NG.Planned;
        };
        return m.createResource(status.getURI())
                .addProperty(RDF.type, NG.MeetingStatus)
                .addProperty(RDFS.label, m.createLiteral(status.getLocalName().toLowerCase(java.util.Locale.ROOT), "en"));
    }

    // typed by precision so SPARQL can compare and sort them; the lexical form stays the ISO text
    private static void addDate(Resource r, DateValue d) {
        if (d != null) {
            XSDDatatype type = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            r.addProperty(NG.date, d.iso(), type);
            r.addProperty(NG.datePrecision, d.precision().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void addEvidence(Model m, Resource fact, List<Evidence> list, Article a, Counter ids) {
        for (Evidence e : list) {
            Resource ev = m.createResource(IriMinter.evidence(a.id(), ids.next()))
                    .addProperty(RDF.type, NG.Evidence)
                    .addProperty(NIF.referenceContext, m.createResource(IriMinter.article(a.id())))
                    .addLiteral(NIF.beginIndex, m.createTypedLiteral(e.begin(), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, m.createTypedLiteral(e.end(), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NIF.anchorOf, a.text().substring(e.begin(), e.end()))
                    .addLiteral(NG.sentenceBegin, m.createTypedLiteral(e.sentenceBegin(), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NG.sentenceEnd, m.createTypedLiteral(e.sentenceEnd(), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NG.sentence, a.text().substring(e.sentenceBegin(), e.sentenceEnd()))
                    .addProperty(NG.extractor, e.extractor())
                    .addLiteral(NG.confidence, decimal(e.confidence()));
            fact.addProperty(NG.evidence, ev);
        }
    }

    private static org.apache.jena.rdf.model.Literal decimal(double d) {
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(
                BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP));
    }

    /** Numbers evidence nodes in order, so a re-ingest mints the same IRIs. */
    private static final class Counter {
        private int n;

        int next() {
            return n++;
        }
    }
}
