package newsgraph.cli;

import org.apache.commons.cli.CommandLine;

import newsgraph.query.CatalogueQuery;
import newsgraph.store.ArticleStore;
import newsgraph.store.Stores;

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
    public int run(CommandLine line, java.io.PrintStream out, java.io.PrintStream err) throws Exception {
        CatalogueQuery counts = Catalogue.open().find("stats").orElseThrow(() -> new java.io.FileNotFoundException(
                "no stats.rq in the query catalogue " + Catalogue.open().dir()));
        try (ArticleStore store = Stores.openExisting(StoreOption.value(line))) {
            store.stats(counts.sparql()).print(out);
        }
        return Main.OK;
    }
}
