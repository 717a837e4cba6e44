package newsgraph.spark;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.RdfMapper;
import newsgraph.store.ArticleStore;
import newsgraph.store.RemoteStore;

/** Puts the winning copy of each id stored twice into the remote store again, from its shard lines. */
final class RemoteWinners {
    private RemoteWinners() {
    }

    static void put(RemoteStore remote, Map<ArticleRow, List<String>> winners) {
        if (winners.isEmpty()) {
            return;
        }
        try (ArticleStore.Batch batch = remote.beginBatch()) {
            winners.forEach((row, lines) -> batch.replace(IriMinter.graph(row.id()), model(lines)));
            batch.commit();
        }
    }

    private static Model model(List<String> lines) {
        Model m = RdfMapper.newModel();
        RDFParser.fromString(String.join("\n", lines), Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                m.getGraph().add(quad.asTriple());
            }
        });
        return m;
    }
}
