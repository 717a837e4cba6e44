package newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.query.CatalogueQuery;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;
import newsgraph.query.ResultFormat;
import newsgraph.store.ArticleStore;
import newsgraph.store.Stores;

/** {@code newsgraph query}: a catalogue query by name, a .rq file, or inline SPARQL. */
final class QueryCommand implements Command {
    private static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("table (default), csv, tsv, json or xml").get();
    private static final Option EXPR = Option.builder("e").longOpt("expr").hasArg().argName("SPARQL")
            .desc("run this SPARQL text").get();
    private static final Option LIST = Option.builder().longOpt("list").desc("list the catalogue's queries").get();
    private static final Option PARAM = Option.builder().longOpt("param").hasArg().argName("NAME=VALUE")
            .desc("set a query parameter (its VALUES ?NAME block); repeatable").get();
    private static final Option TIMEOUT = Option.builder().longOpt("query-timeout").hasArg().argName("SECONDS")
            .desc("stop the query after this long (default " + QueryRunner.DEFAULT_TIMEOUT_MILLIS / 1000
                    + "; 0: no limit)").get();

    @Override
    public String lessWork() {
        return "a LIMIT, a narrower query";
    }

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "answer a SPARQL query: a catalogue NAME, a FILE.rq, or -e 'SPARQL'";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] [--format table|csv|tsv|json|xml] [--param NAME=VALUE] [--query-timeout SECONDS] (NAME | FILE.rq | -e SPARQL | --list)";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        o.addOption(FORMAT).addOption(EXPR).addOption(LIST).addOption(PARAM).addOption(TIMEOUT);
        return o;
    }

    @Override
    public int run(CommandLine line, java.io.PrintStream out, java.io.PrintStream err) throws Exception {
        QueryCatalogue catalogue = Catalogue.open();
        if (line.hasOption(LIST)) {
            for (CatalogueQuery q : catalogue.list()) {
                out.printf("%-22s %s%n", q.name(), q.description());
            }
            return Main.OK;
        }
        String sparql = sparql(line, catalogue);
        Map<String, String> params = new LinkedHashMap<>();
        if (line.hasOption(PARAM)) {
            for (String p : line.getOptionValues(PARAM)) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--param wants NAME=VALUE, got '" + p + "'");
                }
                params.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        ResultFormat format;
        try {
            format = ResultFormat.parse(line.getOptionValue(FORMAT, "table"));
            sparql = QueryRunner.bind(sparql, params);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long timeout = timeoutMillis(line);
        try (ArticleStore store = Stores.openExisting(StoreOption.value(line))) {
            new QueryRunner(store, timeout).run(sparql, format, out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            out.flush();
        }
        return Main.OK;
    }

    private static long timeoutMillis(CommandLine line) throws UsageException {
        String v = line.getOptionValue(TIMEOUT);
        if (v == null) {
            return QueryRunner.DEFAULT_TIMEOUT_MILLIS;
        }
        try {
            double seconds = Double.parseDouble(v);
            if (seconds >= 0 && seconds <= 1e9) {
                return Math.round(seconds * 1000);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--query-timeout wants a number of seconds (0: no limit), got '" + v + "'");
    }

    private static String sparql(CommandLine line, QueryCatalogue catalogue) throws Exception {
        if (line.hasOption(EXPR)) {
            if (!line.getArgList().isEmpty()) {
                throw new UsageException("give either -e SPARQL or a query name, not both");
            }
            return line.getOptionValue(EXPR);
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException("give one query: a catalogue NAME, a FILE.rq or -e SPARQL");
        }
        String arg = line.getArgList().get(0);
        Path file = Path.of(arg);
        if (arg.endsWith(".rq") && Files.isRegularFile(file)) {
            return QueryCatalogue.load(file).sparql();
        }
        return catalogue.find(arg).map(CatalogueQuery::sparql).orElseThrow(() -> new UsageException(
                "no query '" + arg + "' in " + catalogue.dir() + " (newsgraph query --list shows them)"));
    }
}
