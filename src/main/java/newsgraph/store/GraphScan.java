package newsgraph.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Look-ups inside one article graph by predicate and object. TDB2 answers a pattern from the index with
 * the longest bound prefix (the first such index on a tie), so {@code (g, ?s, rdf:type, ng:Statement)}
 * would be read from POSG: every statement of the store, filtered down to one graph; a pass linking
 * 95,200 new articles spent its time there. {@code (g, ?s, p, ?o)} ties GSPO with POSG and so reads
 * GSPO, the store's first index ({@link GraphStore#QUAD_INDEXES}): one article graph, a few hundred
 * quads, filtered by predicate before any node is decoded; the object is then checked here.
 */
final class GraphScan {
    private GraphScan() {
    }

    /** The quads of graph {@code g} (a concrete graph) with predicate {@code p} (concrete) and object {@code o} (or ANY). */
    static Iterator<Quad> find(DatasetGraph dsg, Node g, Node p, Node o) {
        Iterator<Quad> withPredicate = dsg.find(g, Node.ANY, p, Node.ANY);
        return o.isConcrete() ? Iter.filter(withPredicate, q -> o.equals(q.getObject())) : withPredicate;
    }
}
