package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * short IRI is replaced by the full one in the article graphs that have it. Two full names sharing the
 * surname ("John Smith", "Mary Smith") leave "Smith" alone: no guess, no wrong merge.
 *
 * <p>The links are a function of the articles as ingested, whatever the order or the number of runs
 * that brought them in: every rewrite is recorded ({@link StoreMeta}), so each run first sees the store
 * as ingested (the short IRIs back where they were), computes the links over all of it, and then undoes
 * the rewrites that no longer hold ("Security Council" linked to "National Security Council" until
 * "UN Security Council" arrives) and makes the new ones. A graph that already names the full actor
 * itself keeps its short IRI, so that every rewrite can be undone exactly.
 */
public final class IdentityLinker {
    private static final String PERSON = IriMinter.BASE + "person/";
    private static final String ORG = IriMinter.BASE + "org/";

    private IdentityLinker() {
    }

    /** Brings every article graph to the links the whole store implies; returns how many rewrites changed. */
    public static int link(Dataset dataset) {
        return Txn.calculateWrite(dataset, () -> link(new DatasetLinks(dataset.asDatasetGraph())));
    }

    /** Brings every article graph of {@code store} to the links the whole store implies; returns how many rewrites changed. */
    static int link(LinkTarget store) {
        Map<String, String> applied = store.applied();
        Map<Node, Set<String>> rewritten = store.rewritten();
        // the actors of each graph as ingested: a recorded rewrite's full IRI back to its short one
        Map<Node, Set<String>> ingested = new HashMap<>();
        store.collect(NG.Person.asNode(), PERSON, ingested);
        store.collect(NG.Organization.asNode(), ORG, ingested);
        rewritten.forEach((g, shorts) -> {
            Set<String> actors = ingested.computeIfAbsent(g, x -> new HashSet<>());
            for (String s : shorts) {
                actors.remove(applied.get(s));
                actors.add(s);
            }
        });
        Set<String> persons = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        ingested.values().forEach(actors -> actors.forEach(a -> (a.startsWith(PERSON) ? persons : orgs).add(a)));
        Map<String, String> wanted = links(persons, orgs);

        int changed = 0;
        Map<String, String> used = new HashMap<>();
        for (Map.Entry<Node, Set<String>> e : ingested.entrySet()) {
            Node g = e.getKey();
            Set<String> actors = e.getValue();
            Set<String> before = rewritten.getOrDefault(g, Set.of());
            for (String a : actors) {
                String now = before.contains(a) ? applied.get(a) : null;
                String full = wanted.get(a);
                String target = full != null && !actors.contains(full) ? full : null;
                if (target != null) {
                    used.put(a, target);
                }
                if (java.util.Objects.equals(now, target)) {
                    continue;
                }
                changed++;
                Node shortNode = NodeFactory.createURI(a);
                if (now != null) {
                    store.replace(g, NodeFactory.createURI(now), shortNode);
                    store.recordShort(g, shortNode, false);
                }
                if (target != null) {
                    store.replace(g, shortNode, NodeFactory.createURI(target));
                    store.recordShort(g, shortNode, true);
                }
            }
        }
        store.links(used);
        return changed;
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
        // short organisation names of two words or more ("national-coalition"): one word alone is mostly the
        // head noun of several bodies ("Times" is not the "Financial Times", "Post" not the "Washington Post")
        Map<String, List<String>> orgEndings = endings(orgs, ORG);
        for (String o : orgs) {
            String slug = o.substring(ORG.length());
            if (slug.contains("-")) {
                unique(orgEndings.get(slug)).ifPresent(full -> out.put(o, full));
            }
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

    /** The links of the embedded store, read and written inside its write transaction. */
    private record DatasetLinks(DatasetGraph dsg) implements LinkTarget {
        @Override
        public Map<String, String> applied() {
            Map<String, String> applied = new HashMap<>();
            dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreMeta.LINKED_TO, Node.ANY)
                    .forEachRemaining(q -> applied.put(q.getSubject().getURI(), q.getObject().getURI()));
            return applied;
        }

        @Override
        public Map<Node, Set<String>> rewritten() {
            Map<Node, Set<String>> rewritten = new HashMap<>();
            dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreMeta.LINKED_SHORT, Node.ANY).forEachRemaining(q -> rewritten
                    .computeIfAbsent(q.getSubject(), g -> new HashSet<>()).add(q.getObject().getURI()));
            return rewritten;
        }

        @Override
        public void recordShort(Node g, Node shortNode, boolean rewritten) {
            if (rewritten) {
                dsg.add(Quad.defaultGraphIRI, g, StoreMeta.LINKED_SHORT, shortNode);
            } else {
                dsg.delete(Quad.defaultGraphIRI, g, StoreMeta.LINKED_SHORT, shortNode);
            }
        }

        @Override
        public void links(Map<String, String> used) {
            dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StoreMeta.LINKED_TO, Node.ANY);
            used.forEach((a, full) -> dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(a), StoreMeta.LINKED_TO,
                    NodeFactory.createURI(full)));
        }

        /** Adds every actor of {@code type} under {@code base} to the set of the graph it is typed in. */
        @Override
        public void collect(Node type, String base, Map<Node, Set<String>> byGraph) {
            dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(base)) {
                    byGraph.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.getSubject().getURI());
                }
            });
        }

        /** Replaces {@code from} by {@code to} as subject and object in the graph {@code g}. */
        @Override
        public void replace(Node g, Node from, Node to) {
            List<Quad> old = new ArrayList<>();
            dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
            dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
            for (Quad q : old) {
                dsg.delete(q);
            }
            for (Quad q : old) {
                dsg.add(g, q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                        q.getObject().equals(from) ? to : q.getObject());
            }
            StoreMeta.changed(dsg, g); // its meetings and statements may join other events now
        }
    }
}
