package newsgraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

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

    /** Links near-duplicates of the articles new since the last pass, then updates the events and claims. */
    public static Result link(Dataset dataset) {
        long t0 = System.nanoTime();
        long cpu0 = threadCpu();
        int[] n = Txn.calculateWrite(dataset, () -> link(dataset.asDatasetGraph()));
        return Result.of(n, t0, cpu0);
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
