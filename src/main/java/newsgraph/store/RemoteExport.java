package newsgraph.store;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

import newsgraph.rdf.IriMinter;

/**
 * Export from a remote store: one article is fetched with a Graph Store Protocol GET and written as the
 * local store writes it; the whole store is read with one SELECT over the article graphs (the store's own
 * graph left out) and streamed quad by quad, so memory stays flat (JSON-LD excepted, as locally). Quads
 * come in the store's order: TriG may then name a graph more than once, which is still one dataset.
 */
final class RemoteExport {
    private static final String NOT_META = "FILTER(?g != " + FmtUtils.stringForNode(StoreMeta.GRAPH) + ")";

    private RemoteExport() {
    }

    static void write(RemoteHttp http, ExportFormat format, String docId, OutputStream out) {
        if (docId != null) {
            String name = IriMinter.graph(docId);
            Graph g = http.get(name);
            if (g == null || g.isEmpty()) {
                throw new IllegalArgumentException("no article '" + docId + "' in the store");
            }
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            one.addGraph(NodeFactory.createURI(name), g);
            StoreExport.write(one, format, docId, out);
            return;
        }
        Map<String, String> prefixes = StoreExport.prefixes();
        switch (format) {
            case TTL -> StoreExport.stream(out, RDFFormat.TURTLE_BLOCKS, prefixes, s -> http.selectOnce("exporting",
                    "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + NOT_META + " }", rs -> {
                        rs.forEachRemaining(b -> s.triple(org.apache.jena.graph.Triple.create(b.get("s"), b.get("p"),
                                b.get("o"))));
                        return null;
                    }));
            case JSONLD -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                prefixes.forEach(copy.prefixes()::add);
                quads(http, copy::add);
                RDFDataMgr.write(out, copy, format.rdf());
            }
            default -> StoreExport.stream(out, format.rdf(), prefixes, s -> quads(http, s::quad));
        }
    }

    private static void quads(RemoteHttp http, java.util.function.Consumer<org.apache.jena.sparql.core.Quad> sink) {
        http.selectOnce("exporting", "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + NOT_META + " }", rs -> {
            rs.forEachRemaining(b -> {
                Node g = b.get("g");
                sink.accept(org.apache.jena.sparql.core.Quad.create(g, b.get("s"), b.get("p"), b.get("o")));
            });
            return null;
        });
    }
}
