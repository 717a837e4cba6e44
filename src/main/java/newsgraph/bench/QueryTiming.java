package newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
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
    /** The actor mentioned in the most articles: the heaviest actor view of the web app. */
    public static final String MOST_MENTIONED_ACTOR = PREFIXES
            + "SELECT ?name (COUNT(DISTINCT ?art) AS ?n) WHERE { ?name ng:mentionedIn ?art ; a ?t"
            + " FILTER(?t IN (ng:Person, ng:Organization)) } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1";
    /** The article with the most evidence spans: the heaviest article view of the web app. */
    public static final String MOST_FACTS_ARTICLE = PREFIXES
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
            + "SELECT ?name (COUNT(?ev) AS ?n) WHERE { GRAPH ?g { ?ev nif:referenceContext ?a . ?a ng:docId ?name } }"
            + " GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param value     the parameter value used
     * @param rows      rows of one answer
     * @param millis    median time of one run
     * @param cpuMillis median CPU time of one run (the query runs in the calling thread): on a shared machine
     *                  the wall time also counts the waits for a core
     */
    public record Timing(String query, String parameter, String value, long rows, double millis, double cpuMillis) {
    }

    private QueryTiming() {
    }

    /** The ?name (a literal's text or an IRI) the pick query puts first, if the store has any. */
    public static Optional<String> pick(DatasetReader store, String pickSparql) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(pickSparql).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) {
                    return Optional.<String>empty();
                }
                QuerySolution row = rs.next();
                return Optional.ofNullable(row.get("name"))
                        .map(n -> n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
            }
        });
    }

    /** Runs {@code query} with {@code parameter=value} {@code runs} times; the median time of one run. */
    public static Timing time(DatasetReader store, CatalogueQuery query, String parameter, String value, int runs) {
        String sparql = QueryRunner.bind(query.sparql(), Map.of(parameter, value));
        return timePage(store, query.name(), List.of(sparql), parameter, value, runs);
    }

    /** Runs all of a page's queries one after the other, {@code runs} times; the median time of one load. */
    public static Timing timePage(DatasetReader store, String page, List<String> sparqls, String parameter,
                                  String value, int runs) {
        QueryRunner runner = new QueryRunner(store);
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            rows = 0;
            for (String sparql : sparqls) {
                rows += runner.count(sparql);
            }
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(page, parameter, value, rows, Medians.of(millis), Medians.of(cpu));
    }
}
