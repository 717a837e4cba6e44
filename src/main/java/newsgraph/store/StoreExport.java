package newsgraph.store;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.RdfMapper;

/**
 * Writes article graphs out of the store. Everything is written from inside a read transaction and
 * nothing is written to the store (the old TriG export set prefixes on the stored dataset, which a
 * read transaction refuses). Turtle, TriG and N-Quads of the whole store are streamed quad by quad,
 * so memory stays flat however big the store; only one article's Turtle (pretty, nested) and JSON-LD
 * (whose writer needs the whole graph) are built in memory first.
 */
final class StoreExport {
    private StoreExport() {
    }

    /** Writes the article {@code docId} (all articles if null) in {@code format}. */
    static void write(Dataset dataset, ExportFormat format, String docId, OutputStream out) {
        write(dataset.asDatasetGraph(), format, docId, out);
    }

    /** As above, from any dataset graph (a remote article copied into memory). */
    static void write(DatasetGraph dsg, ExportFormat format, String docId, OutputStream out) {
        Node only = docId == null ? null : NodeFactory.createURI(IriMinter.graph(docId));
        Map<String, String> prefixes = prefixes();
        switch (format) {
            case TTL -> {
                if (only != null) {
                    Model m = RdfMapper.newModel();
                    dsg.getGraph(only).find().forEachRemaining(m.getGraph()::add);
                    RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                } else {
                    stream(out, RDFFormat.TURTLE_BLOCKS, prefixes, s -> dsg.getUnionGraph().find()
                            .forEachRemaining(s::triple));
                }
            }
            case JSONLD -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                prefixes.forEach(copy.prefixes()::add);
                for (Node g : graphs(dsg, only)) {
                    Graph target = copy.getGraph(g);
                    dsg.getGraph(g).find().forEachRemaining(target::add);
                }
                RDFDataMgr.write(out, copy, format.rdf());
            }
            default -> stream(out, format.rdf(), prefixes, s -> {
                for (Node g : graphs(dsg, only)) {
                    dsg.findNG(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(s::quad);
                }
            });
        }
    }

    static Map<String, String> prefixes() {
        return RdfMapper.newModel().getNsPrefixMap();
    }

    private static Iterable<Node> graphs(DatasetGraph dsg, Node only) {
        if (only != null) {
            return java.util.List.of(only);
        }
        return () -> dsg.listGraphNodes();
    }

    static void stream(OutputStream out, RDFFormat format, Map<String, String> prefixes,
                               java.util.function.Consumer<StreamRDF> body) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        prefixes.forEach(s::prefix);
        body.accept(s);
        s.finish();
    }
}
