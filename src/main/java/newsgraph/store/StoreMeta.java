package newsgraph.store;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the store records about itself, kept in the stored default graph. Queries never see it: their
 * default graph is the union of the article graphs, and exports write article graphs only. It holds
 * the ingest run in progress (so the next run can tell that one stopped midway), the last finished
 * run's summary, and which actor IRIs {@link IdentityLinker} rewrote in which article graph (so that
 * linking can be redone from the articles as ingested), and each article's MinHash signature
 * ({@link NearDuplicates}).
 */
final class StoreMeta {
    static final String NS = "https://newsgraph.org/store#";
    static final Node STORE = NodeFactory.createURI(NS + "store");
    static final Node RUN_STARTED = NodeFactory.createURI(NS + "ingestStarted");
    static final Node LAST_RUN = NodeFactory.createURI(NS + "lastIngest");
    /**
     * The graph that holds these facts on a remote store ({@link RemoteStore}): a SPARQL store's default
     * graph may itself be the union of its named graphs, so they go in a named graph of their own, which
     * the remote queries, exports and counts leave out.
     */
    static final Node GRAPH = NodeFactory.createURI(NS + "meta");
    /** {@code <graph> linkedShort <short actor>}: the article had the short IRI, now rewritten to its link. */
    static final Node LINKED_SHORT = NodeFactory.createURI(NS + "linkedShort");
    /** {@code <short actor> linkedTo <full actor>}: the link applied in the graphs recorded above. */
    static final Node LINKED_TO = NodeFactory.createURI(NS + "linkedTo");
    /**
     * {@code <graph> changedSinceLinking true}: the article graph was written, replaced or deleted, or identity
     * linking rewrote it, since cross-article linking last ran ({@link CrossDocumentLinker} takes these).
     */
    static final Node CHANGED = NodeFactory.createURI(NS + "changedSinceLinking");
    private static final Node TRUE = NodeFactory.createLiteralString("true");

    private StoreMeta() {
    }

    /** Inside a write transaction: an ingest run starts at {@code when} (ISO-8601). */
    static void runStarted(DatasetGraph dsg, String when) {
        set(dsg, RUN_STARTED, NodeFactory.createLiteralString(when));
    }

    /** Inside a write transaction: the run is over; {@code summary} describes it. */
    static void runFinished(DatasetGraph dsg, String summary) {
        dsg.deleteAny(Quad.defaultGraphIRI, STORE, RUN_STARTED, Node.ANY);
        set(dsg, LAST_RUN, NodeFactory.createLiteralString(summary));
    }

    /** Inside a read transaction: when the run that has not finished began, if one has not. */
    static Optional<String> runInProgress(DatasetGraph dsg) {
        return get(dsg, RUN_STARTED);
    }

    static Optional<String> lastRun(DatasetGraph dsg) {
        return get(dsg, LAST_RUN);
    }

    /** Inside a write transaction: forgets what linking did in the article graph {@code g} (replaced or deleted). */
    static void forgetGraph(DatasetGraph dsg, Node g) {
        dsg.deleteAny(Quad.defaultGraphIRI, g, LINKED_SHORT, Node.ANY);
        dsg.deleteAny(Quad.defaultGraphIRI, g, NearDuplicates.SIGNATURE, Node.ANY);
        dsg.deleteAny(Quad.defaultGraphIRI, g, NearDuplicates.BAND, Node.ANY);
        changed(dsg, g);
    }

    /** Inside a write transaction: the article graph {@code g} changed since cross-article linking last ran. */
    static void changed(DatasetGraph dsg, Node g) {
        dsg.add(Quad.defaultGraphIRI, g, CHANGED, TRUE);
    }

    private static void set(DatasetGraph dsg, Node p, Node value) {
        dsg.deleteAny(Quad.defaultGraphIRI, STORE, p, Node.ANY);
        dsg.add(Quad.defaultGraphIRI, STORE, p, value);
    }

    private static Optional<String> get(DatasetGraph dsg, Node p) {
        var it = dsg.find(Quad.defaultGraphIRI, STORE, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }
}
