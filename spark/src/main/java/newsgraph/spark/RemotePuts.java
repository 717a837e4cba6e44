package newsgraph.spark;

import org.apache.jena.rdf.model.Model;

import newsgraph.store.ArticleStore;
import newsgraph.store.RemoteConfig;
import newsgraph.store.RemoteStore;

/**
 * A task's writes to the remote store ({@code --store URL}): each article one Graph Store Protocol PUT
 * (newsgraph's own client: a few in flight, retries with backoff), committed every {@link #BATCH}
 * articles and at the end of the task. A PUT that fails for good fails the task; Spark runs it again,
 * and PUT replaces, so the articles put before are put again, not twice.
 */
final class RemotePuts implements AutoCloseable {
    static final int BATCH = 500;

    private final RemoteStore store;
    private ArticleStore.Batch batch;

    private RemotePuts(RemoteStore store) {
        this.store = store;
    }

    /** Connects with the credentials in this executor's environment, as {@code newsgraph ingest} does. */
    static RemotePuts open(String url) {
        return new RemotePuts(RemoteStore.open(RemoteConfig.fromEnvironment(url, System.getenv())));
    }

    void put(String graph, Model model) {
        if (batch == null) {
            batch = store.beginBatch();
        }
        batch.replace(graph, model);
        if (batch.size() >= BATCH) {
            commit();
        }
    }

    /** Waits until every article put so far is stored (answered 2xx). */
    void commit() {
        if (batch != null) {
            batch.commit();
            batch.close();
            batch = null;
        }
    }

    @Override
    public void close() {
        try {
            if (batch != null) {
                batch.close();
            }
        } finally {
            store.close();
        }
    }
}
