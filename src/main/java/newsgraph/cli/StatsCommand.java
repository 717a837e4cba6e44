package newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import newsgraph.rdf.NG;
import newsgraph.store.GraphStore;

/** {@code newsgraph stats}: what the store holds. */
final class StatsCommand implements Command {
    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "count articles, triples, actors, countries, statements and meetings in the store";
    }

    @Override
    public String usage() {
        return "[--store DIR]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, java.io.PrintStream out, java.io.PrintStream err) {
        try (GraphStore store = GraphStore.openExisting(StoreOption.location(line))) {
            String q = "PREFIX ng: <" + NG.NAMESPACE + ">\n"
                    + "SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?p) AS ?persons)"
                    + " (COUNT(DISTINCT ?o) AS ?orgs) (COUNT(DISTINCT ?c) AS ?countries)"
                    + " (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?m) AS ?meetings) WHERE {"
                    + " { ?a a ng:Article } UNION { ?p a ng:Person } UNION { ?o a ng:Organization }"
                    + " UNION { ?c a ng:Country } UNION { ?s a ng:Statement } UNION { ?m a ng:Meeting } }";
            QuerySolution row = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    return qe.execSelect().next();
                }
            });
            out.printf("store:      %s%n", store.location());
            out.printf("articles:   %d%n", row.getLiteral("articles").getLong());
            out.printf("triples:    %d%n", store.quadCount());
            out.printf("actors:     %d (%d persons, %d organizations)%n",
                    row.getLiteral("persons").getLong() + row.getLiteral("orgs").getLong(),
                    row.getLiteral("persons").getLong(), row.getLiteral("orgs").getLong());
            out.printf("countries:  %d%n", row.getLiteral("countries").getLong());
            out.printf("statements: %d%n", row.getLiteral("statements").getLong());
            out.printf("meetings:   %d%n", row.getLiteral("meetings").getLong());
        }
        return Main.OK;
    }
}
