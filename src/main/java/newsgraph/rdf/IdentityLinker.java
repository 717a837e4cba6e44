package newsgraph.rdf;

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
        for (String p : persons) {
            String slug = p.substring(PERSON.length());
            if (!slug.contains("-")) {
                unique(persons, PERSON, "-" + slug, p).ifPresent(full -> out.put(p, full));
            }
        }
        for (String o : orgs) {
            String slug = o.substring(ORG.length());
            unique(orgs, ORG, "-" + slug, o).ifPresent(full -> out.put(o, full));
        }
        return out;
    }

    private static java.util.Optional<String> unique(Set<String> all, String base, String suffix, String self) {
        String found = null;
        for (String candidate : all) {
            if (!candidate.equals(self) && candidate.startsWith(base) && candidate.endsWith(suffix)) {
                if (found != null) {
                    return java.util.Optional.empty();
                }
                found = candidate;
            }
        }
        return java.util.Optional.ofNullable(found);
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
