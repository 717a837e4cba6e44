package newsgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;

/**
 * The TDB2 store's write path ({@link GraphStore#beginBatch()}): one open write transaction that
 * article graphs are streamed into one at a time, so a batch never has to be held in memory; each
 * graph replaces the article's old one, and {@link #commit()} makes everything written since the start
 * durable together. Must be used by one thread, the one that began it.
 */
public final class TdbBatch implements ArticleStore.Batch {
    /**
     * Quads held before they are written index by index in key order ({@link SortedQuadLoader}); a
     * commit writes what is held first. Written quad by quad, the writer took 26% of the ingest's stage
     * time on Reuters-21578; sorted, 18%. The system property {@code newsgraph.store.unsorted=true}
     * writes quad by quad, for comparison.
     */
    static final int FLUSH_QUADS = 250_000;
    static final boolean SORTED = !Boolean.getBoolean("newsgraph.store.unsorted");

    private final Dataset dataset;
    private final SortedQuadLoader loader;
    private boolean open;
    private int graphs;

    TdbBatch(Dataset dataset) {
        this.dataset = dataset;
        this.loader = new SortedQuadLoader(dataset.asDatasetGraph());
        dataset.begin(TxnType.WRITE);
        open = true;
    }

    /** Replaces (or adds) the graph {@code name} with {@code model}'s triples. */
    @Override
    public void replace(String name, Model model) {
        if (!open) {
            throw new IllegalStateException("batch already ended");
        }
        Node g = NodeFactory.createURI(name);
        StoreMeta.forgetGraph(dataset.asDatasetGraph(), g);
        if (SORTED) {
            if (!loader.holds(g) && dataset.asDatasetGraph().containsGraph(g)) {
                dataset.removeNamedModel(name);
            }
            List<Quad> quads = new ArrayList<>((int) model.size());
            model.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
            loader.put(g, quads);
            if (loader.size() >= FLUSH_QUADS) {
                loader.flush();
            }
        } else {
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
        }
        graphs++;
    }

    /** Graphs written since the batch began. */
    @Override
    public int size() {
        return graphs;
    }

    /** Makes the batch durable; the batch is over. */
    @Override
    public void commit() {
        if (open) {
            open = false;
            try {
                loader.flush();
                dataset.commit();
            } finally {
                dataset.end();
            }
        }
    }

    /** Drops what the batch wrote, unless it was committed. */
    @Override
    public void close() {
        if (open) {
            open = false;
            try {
                dataset.abort();
            } finally {
                dataset.end();
            }
        }
    }
}
