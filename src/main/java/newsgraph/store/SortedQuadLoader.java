package newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes the quads of many articles into the open write transaction index by index, each index's
 * rows in that index's key order. Quad by quad, every insert lands somewhere else in the POSG and
 * SPOG trees; sorted, consecutive inserts go to the same leaf. Nodes are allocated in the order the
 * quads came, so the store holds the same node ids as when written quad by quad.
 */
final class SortedQuadLoader {
    private final DatasetGraph dsg;
    private final Map<Node, List<Quad>> pending = new LinkedHashMap<>();
    private int size;

    SortedQuadLoader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Holds a graph's quads for the next {@link #flush()}; a graph held already is replaced. */
    void put(Node graph, List<Quad> quads) {
        List<Quad> old = pending.put(graph, quads);
        size += quads.size() - (old == null ? 0 : old.size());
    }

    boolean holds(Node graph) {
        return pending.containsKey(graph);
    }

    int size() {
        return size;
    }

    /** Writes what is held, inside the caller's write transaction. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        List<Tuple<NodeId>> rows = new ArrayList<>(size);
        for (List<Quad> quads : pending.values()) {
            for (Quad q : quads) {
                rows.add(TupleFactory.create4(nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                        nodes.getAllocateNodeId(q.getPredicate()), nodes.getAllocateNodeId(q.getObject())));
            }
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            TupleMap map = index.getMapping();
            List<Tuple<NodeId>> sorted = new ArrayList<>(rows);
            sorted.sort(inKeyOrder(map));
            for (Tuple<NodeId> row : sorted) {
                index.add(row);
            }
        }
        pending.clear();
        size = 0;
    }

    private static Comparator<Tuple<NodeId>> inKeyOrder(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < a.len(); i++) {
                int c = map.mapSlot(i, a).compareTo(map.mapSlot(i, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
