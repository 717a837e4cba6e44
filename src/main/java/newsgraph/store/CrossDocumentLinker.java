package newsgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * The links across articles that come after identity linking, in one write transaction: near-duplicate
 * articles ({@link NearDuplicates}), then events and claims ({@link EventLinker}, which lets mentions
 * without a date join across near-duplicates).
 */
public final class CrossDocumentLinker {
    private CrossDocumentLinker() {
    }

    /**
     * @param pairs         near-duplicate pairs found in this pass (pairs with an article new to the store)
     * @param events        events told by more than one article
     * @param eventMentions meetings those events join
     * @param claims        claims told by more than one article
     * @param claimMentions statements those claims join
     * @param nanos         time taken, transaction included
     */
    public record Result(int pairs, int events, int eventMentions, int claims, int claimMentions, long nanos) {
        /** Nothing linked (a store that does not link across articles). */
        public static final Result NONE = new Result(0, 0, 0, 0, 0, 0);
    }

    /** Links near-duplicates of the articles new since the last pass, then recomputes events and claims. */
    public static Result link(Dataset dataset) {
        long t0 = System.nanoTime();
        int[] n = Txn.calculateWrite(dataset, () -> {
            int pairs = NearDuplicates.link(dataset.asDatasetGraph()).size();
            EventLinker.Result r = EventLinker.link(dataset.asDatasetGraph());
            return new int[]{pairs, r.events(), r.eventMentions(), r.claims(), r.claimMentions()};
        });
        return new Result(n[0], n[1], n[2], n[3], n[4], System.nanoTime() - t0);
    }
}
