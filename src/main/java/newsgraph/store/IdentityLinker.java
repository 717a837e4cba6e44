package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * Links actors across articles after ingest. An article that names a person by surname alone
 * ("Lavrov") or an organisation by a short form ("National Coalition") cannot know the full name, so
 * it gets a short IRI; when exactly one full-name actor in the whole store ends the same way, the
 * short IRI is replaced by the full one in every article graph. Two full names sharing the surname
 * ("John Smith", "Mary Smith") leave "Smith" alone: no guess, no wrong merge. Running it over the
 * whole store makes the result independent of the order articles were ingested in.
 */
public final class IdentityLinker {
    private static final String PERSON = IriMinter.BASE + "person/";
    private static final String ORG = IriMinter.BASE + "org/";

    private IdentityLinker() {
    }

    /** Rewrites short actor IRIs to their one full form; returns how many IRIs were linked. */
    public static int link(Dataset dataset) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, String> links = links(actors(dsg, NG.Person.asNode(), PERSON), actors(dsg,
                    NG.Organization.asNode(), ORG));
            for (Map.Entry<String, String> e : links.entrySet()) {
                replace(dsg, NodeFactory.createURI(e.getKey()), NodeFactory.createURI(e.getValue()));
            }
            return links.size();
        });
    }

    /** Short IRI to full IRI, where the full one is unique. Pure, for tests. */
    static Map<String, String> links(Set<String> persons, Set<String> orgs) {
        Map<String, String> out = new HashMap<>();
        // surnames only ("lavrov"), never a first-and-last name, look for the one person ending the same way
        Map<String, List<String>> personEndings = endings(persons, PERSON);
        for (String p : persons) {
            String slug = p.substring(PERSON.length());
            if (!slug.contains("-")) {
                unique(personEndings.get(slug)).ifPresent(full -> out.put(p, full));
            }
        }
        Map<String, List<String>> orgEndings = endings(orgs, ORG);
        for (String o : orgs) {
            unique(orgEndings.get(o.substring(ORG.length()))).ifPresent(full -> out.put(o, full));
        }
        return out;
    }

    /**
     * Every IRI under each of its proper hyphen-bounded endings: "syrian-national-coalition" under
     * "national-coalition" and "coalition". One pass, so linking stays linear in the number of actors.
     */
    private static Map<String, List<String>> endings(Set<String> iris, String base) {
        Map<String, List<String>> out = new HashMap<>();
        for (String iri : iris) {
            String slug = iri.substring(base.length());
            for (int k = slug.indexOf('-'); k >= 0; k = slug.indexOf('-', k + 1)) {
                out.computeIfAbsent(slug.substring(k + 1), x -> new ArrayList<>(1)).add(iri);
            }
        }
        return out;
    }

    private static java.util.Optional<String> unique(List<String> candidates) {
        return candidates != null && candidates.size() == 1 ? java.util.Optional.of(candidates.get(0))
                : java.util.Optional.empty();
    }

    private static Set<String> actors(DatasetGraph dsg, Node type, String base) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(base)) {
                out.add(q.getSubject().getURI());
            }
        });
        return out;
    }

    private static void replace(DatasetGraph dsg, Node from, Node to) {
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        for (Quad q : old) {
            dsg.delete(q);
        }
        for (Quad q : old) {
            dsg.add(q.getGraph(), q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(from) ? to : q.getObject());
        }
    }
}
