package newsgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import newsgraph.store.ArticleStore;
import newsgraph.store.Stores;

/** {@code newsgraph delete}: removes articles (their named graphs) from the store. */
final class DeleteCommand implements Command {
    @Override
    public String name() {
        return "delete";
    }

    @Override
    public String summary() {
        return "remove articles by id (file name without extension) from the store";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] ID...";
    }

    @Override
    public Options options() {
        return StoreOption.only();
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> ids = line.getArgList();
        if (ids.isEmpty()) {
            throw new UsageException("give the id of at least one article to delete");
        }
        try (ArticleStore store = Stores.openExisting(StoreOption.value(line))) {
            List<String> missing = store.delete(ids);
            for (String id : missing) {
                err.println("newsgraph: " + id + ": no such article in the store");
            }
            out.printf("deleted %d articles; the store holds %d%n", ids.size() - missing.size(), store.articleCount());
            return missing.isEmpty() ? Main.OK : Main.FAILED;
        }
    }
}
