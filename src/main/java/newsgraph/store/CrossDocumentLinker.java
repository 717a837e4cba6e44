package newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.NG;

/**
 * The links across articles that come after identity linking, in one write transaction: near-duplicate
 * articles ({@link NearDuplicates}), then events and claims ({@link EventLinker}, which lets mentions
 * without a date join across near-duplicates).
 */
public final class CrossDocumentLinker {
    /**
     * {@code <store> crossLinked "version"}: the events and claims are up to date but for the graphs marked
     * changed; a store without it (new, or linked by an older version) gets a pass over all of it.
     */
    private static final Node LINKED = NodeFactory.createURI(StoreMeta.NS + "crossLinked");
    private static final Node VERSION = NodeFactory.createLiteralString("2");

    private CrossDocumentLinker() {
    }

    /**
     * @param pairs         near-duplicate pairs found in this pass (pairs with an article new to the store)
     * @param events        events told by more than one article
     * @param eventMentions meetings those events join
     * @param claims        claims told by more than one article
     * @param claimMentions statements those claims join
     * @param nanos         time taken, transaction included
     * @param cpuNanos      CPU time of the thread that linked (the garbage collector's not included)
     */
    public record Result(int pairs, int events, int eventMentions, int claims, int claimMentions, long nanos,
                         long cpuNanos) {
        /** Nothing linked (a store that does not link across articles). */
        public static final Result NONE = new Result(0, 0, 0, 0, 0, 0, 0);

        static Result of(int[] n, long t0, long cpu0) {
            return new Result(n[0], n[1], n[2], n[3], n[4], System.nanoTime() - t0, threadCpu() - cpu0);
        }
    }

    /** Inside a write transaction: the next pass goes over the whole store (graphs came in without being marked). */
    static void relinkWholeStore(DatasetGraph dsg) {
        dsg.deleteAny(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, Node.ANY);
    }

    /** CPU time of the calling thread so far. */
    static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Changed article graphs linked per write transaction. A pass holds in memory what it recomputes: the
     * pieces of the candidate graph around its changed graphs. One pass over a run of 95,200 new articles
     * ran out of a 640 MiB heap; in pieces, memory is bound by the piece (and the claims by the statements
     * of a few speakers), not by the run. Measured on those 95,200 articles: pieces of 1,000 articles and
     * 10,000 statements linked them within 640 MiB in 715 s; pieces of 10,000 and 30,000 ran out of it.
     * The price of small pieces is disk: every commit leaves behind a copy of each index block it touched
     * (TDB2 writes copy-on-write), so the store grew from 15 to 34 GB until compaction.
     */
    static final int PIECE = 1_000;

    /**
     * A new store's first pass goes in one transaction over the whole store when it has at most this many
     * articles: reading every mention in bulk costs a quarter of the CPU of pieces (1,000 Reuters articles:
     * 0.8 against 2.9-3.8 s), and all 19,040 Reuters articles linked that way within 640 MiB.
     */
    static final int WHOLE_AT_MOST = 20_000;

    /** Hears how far a pass in pieces is: its {@code stage} has done {@code done} of {@code total} {@code unit}. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (stage, unit, done, total) -> {
        };

        void linked(String stage, String unit, int done, int total);
    }

    /** Links near-duplicates of the articles new since the last pass, then updates the events and claims. */
    public static Result link(Dataset dataset) {
        return link(dataset, PIECE, WHOLE_AT_MOST, Progress.NONE);
    }

    /**
     * As {@link #link(Dataset)}, in write transactions of {@code piece} changed graphs: near-duplicates and
     * events piece by piece; then the claims speaker by speaker (a claim's statements share a speaker, so
     * each speaker's statements are read once, not once per piece); last, the changed graphs' claim records
     * and marks. Each step recomputes whole pieces of the candidate graph from what the store holds, so the
     * store ends as one pass leaves it; the marks go last, so a crash midway leaves a store that the next
     * pass brings up to date. A store that needs a pass over all of it (linked by an older version) gets
     * one transaction, and so does a new store of at most {@code wholeAtMost} articles.
     */
    static Result link(Dataset dataset, int piece, int wholeAtMost, Progress progress) {
        long t0 = System.nanoTime();
        long cpu0 = threadCpu();
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean[] linked = new boolean[1];
        List<Node> changed = Txn.calculateRead(dataset, () -> {
            linked[0] = dsg.contains(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, VERSION);
            return changedIfIncremental(dsg, linked[0]);
        });
        if (changed == null || !linked[0] && changed.size() <= wholeAtMost) {
            int[] n = Txn.calculateWrite(dataset, () -> link(dsg));
            return Result.of(n, t0, cpu0);
        }
        int[] pairs = new int[1];
        Set<Node> events = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        List<Set<Node>> parts = new ArrayList<>();
        for (int from = 0; from == 0 || from < changed.size(); from += piece) {
            parts.add(new HashSet<>(changed.subList(from, Math.min(changed.size(), from + piece))));
        }
        int done = 0;
        progress.linked(NEAR_AND_EVENTS, "articles", done, changed.size());
        for (Set<Node> part : parts) {
            Txn.executeWrite(dataset, () -> {
                pairs[0] += linkPart(dsg, part).pairs().size();
                events.addAll(EventLinker.linkMeetings(dsg, part).ids());
                speakers.addAll(EventLinker.speakersAround(dsg, part));
            });
            progress.linked(NEAR_AND_EVENTS, "articles", done += part.size(), changed.size());
        }
        Set<Node> claims = linkClaims(dataset, new ArrayList<>(speakers), piece * CLAIMS_PER_GRAPH, progress);
        done = 0;
        progress.linked("claim records", "articles", done, changed.size());
        for (Set<Node> part : parts) {
            Txn.executeWrite(dataset, () -> {
                EventLinker.syncClaims(dsg, part);
                part.forEach(g -> dsg.deleteAny(Quad.defaultGraphIRI, g, StoreMeta.CHANGED, Node.ANY));
            });
            progress.linked("claim records", "articles", done += part.size(), changed.size());
        }
        int[] n = Txn.calculateRead(dataset, () -> {
            int[] e = sizes(dsg, events, NG.event.asNode());
            int[] c = sizes(dsg, claims, NG.claim.asNode());
            return new int[]{e[0], e[1], c[0], c[1]};
        });
        return Result.of(new int[]{pairs[0], n[0], n[1], n[2], n[3]}, t0, cpu0);
    }

    private static final String NEAR_AND_EVENTS = "near-duplicates and events";

    /** Statements read per claim transaction, per changed graph of a piece (a Reuters article tells about three). */
    private static final int CLAIMS_PER_GRAPH = 10;

    /** Recomputes the claims of {@code speakers}, about {@code most} statements per write transaction; returns the claims found. */
    private static Set<Node> linkClaims(Dataset dataset, List<String> speakers, int most, Progress progress) {
        speakers.sort(null);
        Set<Node> claims = new HashSet<>();
        progress.linked("claims", "speakers", 0, speakers.size());
        for (int from = 0; from < speakers.size(); ) {
            int start = from;
            Map.Entry<Integer, ClusterPass.Count> r = Txn.calculateWrite(dataset,
                    () -> EventLinker.linkClaimsOf(dataset.asDatasetGraph(), speakers, start, most));
            claims.addAll(r.getValue().ids());
            from = r.getKey();
            progress.linked("claims", "speakers", from, speakers.size());
        }
        return claims;
    }

    /**
     * Inside a read transaction: the changed graphs, sorted, if a pass over them alone brings the store up to
     * date; null if the store needs a pass over all of it. A store never linked and every article of which
     * is marked changed (a new store) needs none: there is nothing linked yet that a whole pass would redo.
     */
    private static List<Node> changedIfIncremental(DatasetGraph dsg, boolean linked) {
        List<Node> changed = new ArrayList<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreMeta.CHANGED, Node.ANY).forEachRemaining(q -> changed.add(q.getSubject()));
        changed.sort(Comparator.comparing(Node::getURI));
        if (linked) {
            return changed;
        }
        if (dsg.find(Quad.defaultGraphIRI, Node.ANY, NearDuplicates.SIGNATURE, Node.ANY).hasNext()) {
            return null;
        }
        Set<Node> marked = new HashSet<>(changed);
        for (var it = dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode()); it.hasNext(); ) {
            if (!marked.contains(it.next().getGraph())) {
                return null;
            }
        }
        return changed;
    }

    /**
     * Inside a write transaction: links the near-duplicates of {@code part}. The store counts as linked from
     * here: what is not yet linked is still marked changed.
     */
    private static NearDuplicates.Linked linkPart(DatasetGraph dsg, Set<Node> part) {
        if (!dsg.contains(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, VERSION)) {
            dsg.deleteAny(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, Node.ANY);
            dsg.add(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, VERSION);
        }
        NearDuplicates.Linked near = NearDuplicates.link(dsg, part);
        part.addAll(near.fresh());
        return near;
    }

    /** Of the clusters {@code ids}, how many still join two or more mentions through {@code link}, and how many mentions. */
    private static int[] sizes(DatasetGraph dsg, Set<Node> ids, Node link) {
        int clusters = 0;
        int mentions = 0;
        for (Node id : ids) {
            int n = 0;
            for (var it = dsg.findNG(Node.ANY, Node.ANY, link, id); it.hasNext(); it.next()) {
                n++;
            }
            if (n >= 2) {
                clusters++;
                mentions += n;
            }
        }
        return new int[]{clusters, mentions};
    }

    /**
     * Inside a write transaction: the pass over {@code dsg}. Events and claims are recomputed around the
     * article graphs changed since the last pass ({@link StoreMeta#CHANGED}, and the graphs new to the
     * near-duplicate pass), or over the whole store if this store was never linked by this version.
     * Returns pairs, events, event mentions, claims, claim mentions.
     */
    static int[] link(DatasetGraph dsg) {
        boolean whole = !dsg.contains(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, VERSION);
        Set<Node> changed = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreMeta.CHANGED, Node.ANY).forEachRemaining(q -> changed.add(q.getSubject()));
        dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, StoreMeta.CHANGED, Node.ANY);
        NearDuplicates.Linked near = NearDuplicates.link(dsg, whole ? null : changed);
        changed.addAll(near.fresh());
        EventLinker.Result r = EventLinker.link(dsg, whole ? null : changed);
        dsg.deleteAny(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, Node.ANY);
        dsg.add(Quad.defaultGraphIRI, StoreMeta.STORE, LINKED, VERSION);
        return new int[]{near.pairs().size(), r.events(), r.eventMentions(), r.claims(), r.claimMentions()};
    }
}
