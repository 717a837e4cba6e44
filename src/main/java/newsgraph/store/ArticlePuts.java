package newsgraph.store;

import org.apache.jena.rdf.model.Model;

/**
 * Articles handed to a store in batches of a fixed size: a batch is opened on the first article and
 * committed (every article in it stored) when it is full or when {@link #commit()} is called.
 */
public final class ArticlePuts {
    private final ArticleStore store;
    private final int size;
    private ArticleStore.Batch batch;

    public ArticlePuts(ArticleStore store, int size) {
        this.store = store;
        this.size = size;
    }

    /** Replaces the article graph {@code graph} with {@code model}, committing when the batch is full. */
    public void put(String graph, Model model) {
        if (batch == null) {
            batch = store.beginBatch();
        }
        batch.replace(graph, model);
        if (batch.size() >= size) {
            commit();
        }
    }

    /** Waits until every article put so far is stored. */
    public void commit() {
        if (batch != null) {
            batch.commit();
            batch.close();
            batch = null;
        }
    }

    /** Abandons an open batch (its articles are not counted as stored); the store stays open. */
    public void close() {
        if (batch != null) {
            batch.close();
            batch = null;
        }
    }
}
