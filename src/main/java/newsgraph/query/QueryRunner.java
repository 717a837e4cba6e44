package newsgraph.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import newsgraph.store.DatasetReader;

/** Runs SPARQL against the store in a read transaction and writes the answer in a chosen format. */
public final class QueryRunner {
    private final DatasetReader store;

    /** Runs queries on {@code store} (a {@link newsgraph.store.GraphStore}, or any dataset through {@link DatasetReader#of}). */
    public QueryRunner(DatasetReader store) {
        this.store = store;
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

    /** Runs a query and writes its answer; returns the number of result rows (or triples). */
    public long run(String sparql, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        return store.read(dataset -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    return write(rs, format, out);
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
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, model, Lang.TURTLE);
                return model.size();
            }
        });
    }

    /** Runs a SELECT and counts its rows without printing them (for benchmarks). */
    public long count(String sparql) {
        Query query = QueryFactory.create(sparql);
        return store.read(dataset -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    private static long write(ResultSet rs, ResultFormat format, OutputStream out) {
        var rewindable = rs.rewindable();
        long rows = rewindable.size();
        rewindable.reset();
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rewindable);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rewindable);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rewindable);
            case XML -> ResultSetFormatter.outputAsXML(out, rewindable);
            default -> ResultSetFormatter.out(out, rewindable);
        }
        return rows;
    }
}
