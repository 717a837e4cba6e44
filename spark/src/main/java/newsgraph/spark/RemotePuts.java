package newsgraph.spark;

import org.apache.jena.rdf.model.Model;

import newsgraph.store.ArticlePuts;
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
    private final ArticlePuts puts;

    private RemotePuts(RemoteStore store) {
        this.store = store;
        this.puts = new ArticlePuts(store, BATCH);
    }

    /** Connects with the credentials in this executor's environment, as {@code newsgraph ingest} does. */
    static RemotePuts open(String url) {
        return new RemotePuts(RemoteStore.open(RemoteConfig.fromEnvironment(url, System.getenv())));
    }

    void put(String graph, Model model) {
        puts.put(graph, model);
    }

    /** Waits until every article put so far is stored (answered 2xx). */
    void commit() {
        puts.commit();
    }

    @Override
    public void close() {
        try {
            puts.close();
        } finally {
            store.close();
        }
    }
}
