package newsgraph.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.IriMinter;

/**
 * One pass of cross-article clustering for one kind of mention: meetings into events, statements into
 * claims ({@link EventLinker}). Two mentions are candidates when they share a block key and score at
 * least zero; {@link Clustering} merges only along candidate pairs, so the clusters of a connected piece
 * of the candidate graph depend on that piece alone. A pass after a change therefore recomputes only the
 * pieces holding a mention of a changed article graph or a mention that was in one cluster with one,
 * found by following candidate pairs through the store's indexes, and gets what a pass over the whole
 * store gets. Each merged mention gets {@code <mention> link <cluster>}, its graph {@code <cluster> a type},
 * and the stored default graph {@code <graph> store:inEvent <cluster>} (or inClaim), which outlives a
 * replaced or deleted graph so that the next pass finds the clusters it was in.
 *
 * @param <M> the mention
 */
final class ClusterPass<M> {
    /**
     * The words of one kind of cluster.
     *
     * @param name        "event" or "claim": the cluster IRI's path ({@link IriMinter#crossDocument})
     * @param mentionType ng:Meeting, ng:Statement
     * @param link        from a mention to its cluster: ng:event, ng:claim
     * @param clusterType ng:Event, ng:Claim
     */
    record Terms(String name, Node mentionType, Node link, Node clusterType) {
    }

    /** What a pass needs to know of one kind of mention. */
    interface Kind<M> {
        Terms terms();

        M read(Node graph, Node mention);

        String iri(M m);

        List<String> blocks(M m);

        /** Below zero: not one; higher is a better match. */
        int score(M a, M b);

        /** Whether the two can never be in one cluster. */
        boolean conflict(M a, M b);

        /** Every mention in the store that shares a block key with {@code m}, and maybe more: mention to graph. */
        Map<Node, Node> candidates(M m);

        /** The mentions a pass over the whole store reads: mention to graph. */
        Map<Node, Node> all();
    }

    /**
     * Clusters of two or more mentions that the pass recomputed, the mentions they hold, and their IRIs (so
     * that passes in pieces can count each cluster once, as it stands after the last piece).
     */
    record Count(int clusters, int mentions, Set<Node> ids) {
    }

    private final DatasetGraph dsg;
    private final Kind<M> kind;
    private final Mentions mentions;
    private final Node record;
    private final Map<String, M> read = new HashMap<>();
    private final Map<String, Node> graphs = new HashMap<>();

    private ClusterPass(DatasetGraph dsg, Kind<M> kind, Mentions mentions) {
        this.dsg = dsg;
        this.kind = kind;
        this.mentions = mentions;
        this.record = record(kind.terms());
    }

    /** {@code <graph> store:inEvent <cluster>} (inClaim): the clusters a graph's mentions are in. */
    static Node record(Terms terms) {
        return NodeFactory.createURI(StoreMeta.NS + "in" + Character.toUpperCase(terms.name().charAt(0)) + terms.name().substring(1));
    }

    /**
     * Inside a write transaction: brings the clusters of {@code kind} up to date after the article graphs
     * {@code changed} (written, replaced, deleted or relinked) changed, or over the whole store if null.
     */
    static <M> Count run(DatasetGraph dsg, Kind<M> kind, Mentions mentions, Set<Node> changed) {
        return new ClusterPass<>(dsg, kind, mentions).run(changed);
    }

    /**
     * Inside a write transaction: recomputes the clusters of {@code members} (mention to graph), which must be
     * whole pieces of the candidate graph (every statement of some speakers: a claim's statements share a
     * speaker), and brings the graphs whose links changed up to date.
     */
    static <M> Count regroup(DatasetGraph dsg, Kind<M> kind, Mentions mentions, Map<Node, Node> members) {
        ClusterPass<M> pass = new ClusterPass<>(dsg, kind, mentions);
        List<M> all = new ArrayList<>(members.size());
        members.forEach((m, g) -> all.add(pass.read(g, m)));
        return pass.finish(all, false, Set.of());
    }

    /** Inside a write transaction: the cluster types and records of the article graphs {@code graphs}, brought to their links. */
    static void sync(DatasetGraph dsg, Kind<?> kind, Set<Node> graphs) {
        graphs.forEach(new ClusterPass<>(dsg, kind, null)::syncGraph);
    }

    private Count run(Set<Node> changed) {
        List<M> members = new ArrayList<>((changed == null ? whole() : closure(changed)).values());
        Set<Node> alsoSync = new HashSet<>();
        if (changed == null) {
            dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), kind.terms().clusterType()).forEachRemaining(q -> alsoSync.add(q.getGraph()));
            dsg.find(Quad.defaultGraphIRI, Node.ANY, record, Node.ANY).forEachRemaining(q -> alsoSync.add(q.getSubject()));
        } else {
            alsoSync.addAll(changed);
        }
        return finish(members, changed == null, alsoSync);
    }

    /** Clusters {@code members}, writes their links, and syncs the graphs touched and {@code alsoSync}. */
    private Count finish(List<M> members, boolean whole, Set<Node> alsoSync) {
        int[] cluster = group(members, kind);
        Set<Node> touched = writeLinks(members, cluster, whole);
        touched.addAll(alsoSync);
        touched.forEach(this::syncGraph);
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c : cluster) {
            sizes.merge(c, 1, Integer::sum);
        }
        sizes.values().removeIf(n -> n < 2);
        Set<Node> ids = new HashSet<>();
        sizes.keySet().forEach(c -> ids.add(clusterNode(members.get(c))));
        return new Count(sizes.size(), sizes.values().stream().mapToInt(Integer::intValue).sum(), ids);
    }

    private Node clusterNode(M first) {
        return NodeFactory.createURI(IriMinter.crossDocument(kind.terms().name(), kind.iri(first)));
    }

    private Map<String, M> whole() {
        Map<String, M> out = new HashMap<>();
        kind.all().forEach((m, g) -> out.put(m.getURI(), read(g, m)));
        return out;
    }

    /**
     * The mentions of the changed graphs, those that shared a cluster with one, and every mention reached
     * from them through candidate pairs: whole pieces of the candidate graph.
     */
    private Map<String, M> closure(Set<Node> changed) {
        Map<String, M> in = new HashMap<>();
        Deque<M> queue = new ArrayDeque<>();
        Map<Node, Node> seeds = new HashMap<>();
        for (Node g : changed) {
            seeds.putAll(mentions.inGraph(g, kind.terms().mentionType()));
            dsg.find(Quad.defaultGraphIRI, g, record, Node.ANY)
                    .forEachRemaining(q -> seeds.putAll(mentions.inCluster(kind.terms().link(), q.getObject())));
        }
        seeds.forEach((m, g) -> {
            M seed = read(g, m);
            if (in.putIfAbsent(kind.iri(seed), seed) == null) {
                queue.add(seed);
            }
        });
        while (!queue.isEmpty()) {
            M m = queue.poll();
            kind.candidates(m).forEach((n, g) -> {
                M other = read(g, n);
                if (!in.containsKey(kind.iri(other)) && kind.score(m, other) >= 0) {
                    in.put(kind.iri(other), other);
                    queue.add(other);
                }
            });
        }
        return in;
    }

    private M read(Node g, Node m) {
        M known = read.get(m.getURI());
        if (known == null) {
            known = kind.read(g, m);
            read.put(m.getURI(), known);
            graphs.put(m.getURI(), g);
        }
        return known;
    }

    /**
     * Clusters of the mentions: candidates share a block key and score at least zero; two clusters join
     * when no member of one conflicts with a member of the other. For each mention, the index of its
     * cluster's first member.
     */
    static <M> int[] group(List<M> members, Kind<M> kind) {
        Map<String, List<Integer>> byBlock = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String b : kind.blocks(members.get(i))) {
                byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Clustering.Edge> edges = new ArrayList<>();
        for (List<Integer> block : byBlock.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (!seen.add(((long) a << 32) | b)) {
                        continue;
                    }
                    int s = kind.score(members.get(a), members.get(b));
                    if (s >= 0) {
                        edges.add(new Clustering.Edge(a, b, s));
                    }
                }
            }
        }
        List<String> keys = members.stream().map(kind::iri).toList();
        return Clustering.cluster(keys, edges, (a, b) -> !kind.conflict(members.get(a), members.get(b)));
    }

    /**
     * Writes {@code <mention> link <cluster>} for each mention in a cluster of two or more and removes the
     * links of these mentions (of every mention, over the whole store) that no longer hold; returns the
     * graphs whose links changed.
     */
    private Set<Node> writeLinks(List<M> members, int[] cluster, boolean whole) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c : cluster) {
            sizes.merge(c, 1, Integer::sum);
        }
        Set<Quad> wanted = new HashSet<>();
        List<Quad> held = new ArrayList<>();
        for (int i = 0; i < cluster.length; i++) {
            String iri = kind.iri(members.get(i));
            Node g = graphs.get(iri);
            Node m = NodeFactory.createURI(iri);
            if (sizes.get(cluster[i]) >= 2) {
                wanted.add(Quad.create(g, m, kind.terms().link(), clusterNode(members.get(cluster[i]))));
            }
            if (!whole) {
                dsg.find(g, m, kind.terms().link(), Node.ANY).forEachRemaining(held::add);
            }
        }
        if (whole) {
            dsg.findNG(Node.ANY, Node.ANY, kind.terms().link(), Node.ANY).forEachRemaining(held::add);
        }
        Set<Node> touched = new HashSet<>();
        for (Quad q : held) {
            if (!wanted.remove(q)) {
                dsg.delete(q);
                touched.add(q.getGraph());
            }
        }
        for (Quad q : wanted) {
            dsg.add(q);
            touched.add(q.getGraph());
        }
        return touched;
    }

    /** Brings the graph's {@code <cluster> a type} triples and its stored records to the clusters it links to. */
    private void syncGraph(Node g) {
        Set<Node> clusters = new HashSet<>();
        GraphScan.find(dsg, g, kind.terms().link(), Node.ANY).forEachRemaining(q -> clusters.add(q.getObject()));
        List<Quad> types = new ArrayList<>();
        GraphScan.find(dsg, g, RDF.type.asNode(), kind.terms().clusterType()).forEachRemaining(types::add);
        sync(types, Quad::getSubject, clusters, c -> Quad.create(g, c, RDF.type.asNode(), kind.terms().clusterType()));
        List<Quad> records = new ArrayList<>();
        dsg.find(Quad.defaultGraphIRI, g, record, Node.ANY).forEachRemaining(records::add);
        sync(records, Quad::getObject, clusters, c -> Quad.create(Quad.defaultGraphIRI, g, record, c));
    }

    private void sync(List<Quad> held, java.util.function.Function<Quad, Node> cluster, Set<Node> clusters,
                      java.util.function.Function<Node, Quad> make) {
        Set<Node> missing = new HashSet<>(clusters);
        for (Quad q : held) {
            if (!missing.remove(cluster.apply(q))) {
                dsg.delete(q);
            }
        }
        missing.forEach(c -> dsg.add(make.apply(c)));
    }
}
