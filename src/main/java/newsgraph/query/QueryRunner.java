package newsgraph.query;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultSetWrapper;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import newsgraph.store.DatasetReader;
import newsgraph.store.SparqlTarget;

/** Runs SPARQL against the store in a read transaction and writes the answer in a chosen format. */
public final class QueryRunner {
    /** The time limit of {@code newsgraph query} unless {@code --query-timeout} says otherwise. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    private final SparqlTarget store;
    private final long timeoutMillis;

    /**
     * Runs queries on {@code store}: an {@link newsgraph.store.ArticleStore} (local or remote), or any dataset
     * through {@link DatasetReader#of}.
     */
    public QueryRunner(SparqlTarget store) {
        this(store, 0);
    }

    /** As above, each query stopped after {@code timeoutMillis} (0: no limit). */
    public QueryRunner(SparqlTarget store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sets query parameters: each {@code name=value} replaces the query's {@code VALUES ?name { ... }}
     * block, so a catalogue query keeps a runnable default and users can change it from the CLI.
     */
    public static String bind(String sparql, Map<String, String> params) {
        String out = sparql;
        for (Map.Entry<String, String> p : params.entrySet()) {
            // SPARQL keywords ignore case, variable names do not
            Pattern values = Pattern.compile("(?i:VALUES)\\s+\\?" + Pattern.quote(p.getKey()) + "\\s*\\{[^}]*\\}");
            Matcher m = values.matcher(out);
            if (!m.find()) {
                throw new IllegalArgumentException("the query has no parameter '" + p.getKey()
                        + "' (no VALUES ?" + p.getKey() + " block)");
            }
            out = m.replaceAll(Matcher.quoteReplacement("VALUES ?" + p.getKey() + " { " + term(p.getValue()) + " }"));
        }
        return out;
    }

    private static String term(String v) {
        if (v.startsWith("<") && v.endsWith(">")) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }

    /**
     * Runs a query and writes its answer as it is read; returns the number of result rows (or triples).
     *
     * @throws IllegalArgumentException if {@code format} does not suit the query's form (a results format
     *                                  for a CONSTRUCT), before anything runs
     * @throws QueryTimeoutException    if the query ran longer than the timeout (what was written stays)
     */
    public long run(String sparql, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        boolean graphAnswer = query.isConstructType() || query.isDescribeType();
        if (graphAnswer && format != ResultFormat.TABLE) {
            throw new IllegalArgumentException("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " is for SELECT and ASK answers; a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query answers a graph, written as Turtle (leave out --format)");
        }
        return store.query(query, timeoutMillis, qe -> {
            try {
                if (query.isSelectType()) {
                    return write(qe.execSelect(), format, out);
                }
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                        case XML -> ResultSetFormatter.outputAsXML(out, b);
                        case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                        default -> ResultSetFormatter.out(out, b);
                    }
                    return b ? 1L : 0L;
                }
                return writeGraph(query, query.isConstructType() ? qe.execConstructTriples()
                        : qe.execDescribeTriples(), out);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(timeoutMillis);
            }
        });
    }

    /** Streams a CONSTRUCT or DESCRIBE answer as Turtle, with the query's prefixes. */
    private static long writeGraph(Query query, Iterator<Triple> triples, OutputStream out) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        s.start();
        query.getPrefixMapping().getNsPrefixMap().forEach(s::prefix);
        long n = 0;
        while (triples.hasNext()) {
            s.triple(triples.next());
            n++;
        }
        s.finish();
        return n;
    }

    /** The query ran longer than its time limit and was stopped. */
    public static final class QueryTimeoutException extends RuntimeException {
        QueryTimeoutException(long millis) {
            super(String.format(java.util.Locale.ROOT, "query stopped after %s s (--query-timeout); narrow it"
                    + " (a LIMIT, a bound name) or allow longer with --query-timeout SECONDS (0: no limit)",
                    millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0)));
        }
    }

    /** Runs a SELECT and counts its rows without printing them (for benchmarks). */
    public long count(String sparql) {
        Query query = QueryFactory.create(sparql);
        return store.query(query, timeoutMillis, qe -> (long) ResultSetFormatter.consume(qe.execSelect()));
    }

    /** Writes the rows as they come (nothing is held but the table's first rows); returns how many. */
    private static long write(ResultSet rs, ResultFormat format, OutputStream out) {
        long[] rows = new long[1];
        ResultSet counted = new ResultSetWrapper(rs) {
            @Override
            public Binding nextBinding() {
                rows[0]++;
                return super.nextBinding();
            }

            @Override
            public QuerySolution nextSolution() {
                rows[0]++;
                return super.nextSolution();
            }
        };
        switch (format) {
            case CSV -> {
                return TableWriter.csv(rs, out);
            }
            case TSV -> ResultSetFormatter.outputAsTSV(out, counted);
            case JSON -> ResultSetFormatter.outputAsJSON(out, counted);
            case XML -> ResultSetFormatter.outputAsXML(out, counted);
            default -> {
                return TableWriter.write(rs, out);
            }
        }
        return rows[0];
    }
}
