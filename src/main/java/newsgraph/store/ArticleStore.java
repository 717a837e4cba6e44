package newsgraph.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

/**
 * A store of article graphs, as the commands and the ingest pipeline use it: the embedded TDB2 store
 * ({@link GraphStore}) or any SPARQL 1.1 store over HTTP ({@link RemoteStore}); {@link Stores} opens
 * the one a {@code --store} value names. Each article is one named graph; queries see the union of the
 * article graphs as their default graph, never what the store records about itself.
 */
public interface ArticleStore extends SparqlTarget, AutoCloseable {
    /** Where the store is: its folder or its dataset URL, for messages. */
    String where();

    /**
     * Starts a batch that article graphs are written into one at a time, by one thread; an article is
     * counted as stored only once {@link Batch#commit()} has returned.
     */
    Batch beginBatch();

    /** Records that an ingest run starts now; returns when the unfinished run before began, if one did not finish. */
    Optional<String> startIngestRun();

    /** Records that the ingest run is over, with its summary line (shown by {@code stats}). */
    void finishIngestRun(String summary);

    /** The summary of the last finished ingest run, prefixed with when it finished. */
    Optional<String> lastIngestRun();

    /** Number of article graphs. */
    long articleCount();

    /** Names of the article graphs. */
    List<String> graphNames();

    /** A copy in memory of the graph {@code graphIri} (empty if there is none). */
    Graph graphCopy(String graphIri);

    /** Links short actor IRIs to their one full name across the store ({@link IdentityLinker}); returns how many changed. */
    int linkIdentities();

    /**
     * Links near-duplicate articles and the meetings and statements several articles tell
     * ({@link CrossDocumentLinker}), after {@link #linkIdentities()}. Only the embedded store does so
     * for now; by default nothing is linked.
     */
    default CrossDocumentLinker.Result linkEvents() {
        return linkEvents(CrossDocumentLinker.Progress.NONE);
    }

    /** As {@link #linkEvents()}, telling {@code progress} how far it is. */
    default CrossDocumentLinker.Result linkEvents(CrossDocumentLinker.Progress progress) {
        return CrossDocumentLinker.Result.NONE;
    }

    /** Deletes the articles {@code ids}, then links identities again; returns the ids that were not in the store. */
    List<String> delete(List<String> ids);

    /**
     * Writes the article {@code docId} (or every article if null) in {@code format}.
     *
     * @throws IllegalArgumentException if the store has no such article
     */
    void export(ExportFormat format, String docId, OutputStream out);

    /** What the store holds; {@code countsSparql} is the catalogue's {@code stats} query. */
    StoreStats stats(String countsSparql);

    @Override
    void close();

    /** Article graphs being written; see {@link ArticleStore#beginBatch()}. */
    interface Batch extends AutoCloseable {
        /** Replaces (or adds) the graph {@code name} with {@code model}'s triples. */
        void replace(String name, Model model);

        /** Graphs written since the batch began. */
        int size();

        /** Makes the batch durable (every article of it stored); the batch is over. */
        void commit();

        /** Ends a batch that was not committed: what it wrote is dropped where the store can drop it. */
        @Override
        void close();
    }
}
