package newsgraph.store;

import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * Read access to a dataset: every read runs inside one read transaction opened here, so callers (the
 * query runner, the server) never manage transactions themselves.
 */
public interface DatasetReader {
    /** Runs {@code action} inside a read transaction and returns what it returns. */
    <T> T read(Function<Dataset, T> action);

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
