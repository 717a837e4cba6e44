package newsgraph.store;

import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * Read access to a dataset: every read runs inside one read transaction opened here, so callers (the
 * query runner, the server) never manage transactions themselves.
 */
public interface DatasetReader extends SparqlTarget {
    /** Runs {@code action} inside a read transaction and returns what it returns. */
    <T> T read(Function<Dataset, T> action);

    /** Runs {@code query} on the dataset inside a read transaction. */
    @Override
    default <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> action) {
        return read(dataset -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return action.apply(qe);
            }
        });
    }

    /** Reads of any transactional dataset, such as an in-memory one. */
    static DatasetReader of(Dataset dataset) {
        return new DatasetReader() {
            @Override
            public <T> T read(Function<Dataset, T> action) {
                return Txn.calculateRead(dataset, () -> action.apply(dataset));
            }
        };
    }
}
