package newsgraph.bench;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

import newsgraph.query.CatalogueQuery;
import newsgraph.query.QueryRunner;
import newsgraph.rdf.NG;
import newsgraph.store.DatasetReader;

/** Times a parameterised catalogue query on a built store, with the parameter the data makes most demanding. */
public final class QueryTiming {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NAMESPACE + ">\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    /** The actor in the most meetings: the heaviest who-met answer. */
    public static final String MOST_MEETINGS = PREFIXES
            + "SELECT ?name (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:participant ?a }"
            + " ?a skos:prefLabel ?name } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1";
    /** The speaker of the most statements: the heaviest quotes-by-speaker answer. */
    public static final String MOST_STATEMENTS = PREFIXES
            + "SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ng:Statement ; ng:speaker ?a }"
            + " ?a skos:prefLabel ?name } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1";

    /**
     * @param value  the parameter value used
     * @param rows   rows of one answer
     * @param millis median time of one run
     */
    public record Timing(String query, String parameter, String value, long rows, double millis) {
    }

    private QueryTiming() {
    }

    /** The name the pick query puts first, if the store has any. */
    public static Optional<String> pick(DatasetReader store, String pickSparql) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(pickSparql).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) {
                    return Optional.<String>empty();
                }
                QuerySolution row = rs.next();
                return Optional.ofNullable(row.getLiteral("name")).map(l -> l.getLexicalForm());
            }
        });
    }

    /** Runs {@code query} with {@code parameter=value} {@code runs} times; the median wall time of one run. */
    public static Timing time(DatasetReader store, CatalogueQuery query, String parameter, String value, int runs) {
        String sparql = QueryRunner.bind(query.sparql(), Map.of(parameter, value));
        QueryRunner runner = new QueryRunner(store);
        double[] millis = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = runner.count(sparql);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(query.name(), parameter, value, rows, Medians.of(millis));
    }
}
