package newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.RdfMapper;
import newsgraph.store.GraphStore;

/** {@code newsgraph export}: Turtle of the union graph, or TriG / N-Quads keeping the article graphs. */
final class ExportCommand implements Command {
    private static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("ttl (default), trig or nq").get();
    private static final Option DOC = Option.builder().longOpt("doc").hasArg().argName("ID")
            .desc("only this article (its file name without extension)").get();
    private static final Option OUT = Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").get();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as Turtle (union of articles), TriG or N-Quads (one graph per article)";
    }

    @Override
    public String usage() {
        return "[--store DIR] [--format ttl|trig|nq] [--doc ID] [-o FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        return o.addOption(FORMAT).addOption(DOC).addOption(OUT);
    }

    @Override
    public int run(CommandLine line, java.io.PrintStream out, java.io.PrintStream err) throws Exception {
        String format = line.getOptionValue(FORMAT, "ttl").toLowerCase(Locale.ROOT);
        if (!format.matches("ttl|turtle|trig|nq|nquads")) {
            throw new UsageException("unknown format '" + format + "' (ttl, trig, nq)");
        }
        try (GraphStore store = GraphStore.openExisting(StoreOption.location(line))) {
            Dataset ds = store.dataset();
            String doc = line.getOptionValue(DOC);
            if (doc != null && !store.graphNames().contains(IriMinter.graph(doc))) {
                throw new UsageException("no article '" + doc + "' in the store");
            }
            OutputStream sink = line.hasOption(OUT)
                    ? new BufferedOutputStream(Files.newOutputStream(Path.of(line.getOptionValue(OUT))))
                    : out;
            try {
                Txn.executeRead(ds, () -> write(ds, doc, format, sink));
            } finally {
                sink.flush();
                if (sink != out) {
                    sink.close();
                }
            }
        }
        return Main.OK;
    }

    private static void write(Dataset ds, String doc, String format, OutputStream sink) {
        if (format.startsWith("t") && !format.equals("trig")) {
            Model m = RdfMapper.newModel();
            m.add(doc == null ? ds.getUnionModel() : ds.getNamedModel(IriMinter.graph(doc)));
            RDFDataMgr.write(sink, m, RDFFormat.TURTLE_PRETTY);
            return;
        }
        Dataset view = ds;
        if (doc != null) {
            view = DatasetFactory.create();
            view.addNamedModel(IriMinter.graph(doc), ds.getNamedModel(IriMinter.graph(doc)));
        }
        if (format.equals("trig")) {
            view.getPrefixMapping().setNsPrefixes(RdfMapper.newModel().getNsPrefixMap());
            RDFDataMgr.write(sink, view, Lang.TRIG);
        } else {
            RDFDataMgr.write(sink, view, Lang.NQUADS);
        }
    }
}
