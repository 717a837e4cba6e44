package newsgraph.store;

import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/** Something SPARQL queries run on: a local dataset read in a transaction, or a remote SPARQL endpoint. */
public interface SparqlTarget {
    /**
     * Runs {@code query} and hands its execution to {@code action} (which reads the answer); the default
     * graph is the union of the article graphs.
     *
     * @param timeoutMillis stop the query after this long; 0 for no limit
     */
    <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> action);
}
