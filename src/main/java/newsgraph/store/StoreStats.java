package newsgraph.store;

import java.io.PrintStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

/**
 * What a store holds: counts by type (from the catalogue's {@code stats} query, so users can read and
 * run the same counting themselves) and the number of quads in article graphs.
 */
public record StoreStats(String location, long articles, long triples, long persons, long organizations,
                         long countries, long statements, long meetings, String lastIngest) {

    /** Counts inside one read transaction; {@code countsSparql} answers one row with the type counts. */
    static StoreStats count(String location, Dataset dataset, String countsSparql, long triples, String lastIngest) {
        QuerySolution row;
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(countsSparql).build()) {
            row = qe.execSelect().next();
        }
        return of(location, row, triples, lastIngest);
    }

    /** The figures of {@code row}, an answer of the catalogue's {@code stats} query. */
    static StoreStats of(String location, QuerySolution row, long triples, String lastIngest) {
        return new StoreStats(location, get(row, "articles"), triples, get(row, "persons"), get(row, "orgs"),
                get(row, "countries"), get(row, "statements"), get(row, "meetings"), lastIngest);
    }

    private static long get(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLong() : 0;
    }

    public void print(PrintStream out) {
        out.printf("store:      %s%n", location);
        out.printf("articles:   %d%n", articles);
        out.printf("triples:    %d%n", triples);
        out.printf("actors:     %d (%d persons, %d organizations)%n", persons + organizations, persons, organizations);
        out.printf("countries:  %d%n", countries);
        out.printf("statements: %d%n", statements);
        out.printf("meetings:   %d%n", meetings);
        out.printf("last ingest: %s%n", lastIngest == null ? "none recorded" : lastIngest);
    }
}
