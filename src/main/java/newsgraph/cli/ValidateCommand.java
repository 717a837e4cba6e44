package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.rdf.GraphShapes;
import newsgraph.rdf.IriMinter;
import newsgraph.store.ArticleStore;
import newsgraph.store.Stores;

/** {@code newsgraph validate}: checks each article graph against the SHACL shapes, one line per violation. */
final class ValidateCommand implements Command {
    private static final Option DOC = Option.builder().longOpt("doc").hasArg().argName("ID")
            .desc("validate this article only").get();
    private static final Option SHAPES = Option.builder().longOpt("shapes").hasArg().argName("FILE")
            .desc("SHACL shapes (default: the project's " + GraphShapes.FILE + ")").get();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check every article graph against the SHACL shapes (" + GraphShapes.FILE + ")";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] [--doc ID] [--shapes FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        return o.addOption(DOC).addOption(SHAPES);
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        Path file = line.hasOption(SHAPES) ? Path.of(line.getOptionValue(SHAPES)) : ProjectHome.resolve(GraphShapes.FILE);
        GraphShapes shapes;
        try {
            shapes = GraphShapes.load(file);
        } catch (RuntimeException e) {
            err.println("newsgraph: cannot read the shapes: " + e.getMessage());
            return Main.FAILED;
        }
        try (ArticleStore store = Stores.openExisting(StoreOption.value(line))) {
            String doc = line.getOptionValue(DOC);
            List<String> graphs = store.graphNames().stream().sorted().toList();
            if (doc != null) {
                if (!graphs.contains(IriMinter.graph(doc))) {
                    throw new UsageException("no article '" + doc + "' in the store");
                }
                graphs = List.of(IriMinter.graph(doc));
            }
            int bad = 0;
            int violations = 0;
            for (String g : graphs) {
                String id = g.substring(g.lastIndexOf('/') + 1);
                List<String> found = shapes.violations(store.graphCopy(g));
                for (String v : found) {
                    out.println(id + ": " + v);
                }
                violations += found.size();
                bad += found.isEmpty() ? 0 : 1;
            }
            out.printf("validated %d articles: %d conform, %d with %d violations%n", graphs.size(),
                    graphs.size() - bad, bad, violations);
            return bad == 0 ? Main.OK : Main.FAILED;
        }
    }
}
