package newsgraph.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import newsgraph.rdf.RdfMapper;

/**
 * {@code newsgraph load} into a store that has no bulk loader here (a remote SPARQL store): the shards
 * are read as a stream and each article's graph is written as the ingest writes it, through the store's
 * batches (for a remote store, one Graph Store Protocol PUT per article: it replaces the article), then
 * identities are linked once. An article's quads must come together, as the Spark job writes them.
 */
final class ShardPut {
    /** Articles per batch: a commit waits for all of them to be answered. */
    static final int BATCH = 500;

    private ShardPut() {
    }

    static ShardLoader.Result load(ArticleStore store, List<Path> files) {
        long t0 = System.nanoTime();
        store.startIngestRun();
        Writer w = new Writer(store);
        try {
            files.forEach(f -> {
                w.file = f;
                RDFParser.source(f.toString()).parse(w);
            });
            w.flushGraph();
            w.commit();
        } finally {
            w.close();
        }
        long t1 = System.nanoTime();
        int linked = store.linkIdentities();
        store.linkEvents(); // then events and claims across articles, as after an ingest
        long t2 = System.nanoTime();
        store.finishIngestRun(String.format(Locale.ROOT, "loaded %,d quads from %,d N-Quads files", w.quads, files.size()));
        return new ShardLoader.Result(files.size(), w.quads, store.articleCount(), -1, linked, t1 - t0, t2 - t1);
    }

    /** Gathers consecutive quads of one graph into a model and hands each complete graph to a batch. */
    private static final class Writer extends StreamRDFBase {
        private final Set<Node> done = new HashSet<>();
        private final ArticlePuts puts;
        private Node graph;
        private Model model;
        private long quads;
        Path file;

        Writer(ArticleStore store) {
            this.puts = new ArticlePuts(store, BATCH);
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(graph)) {
                flushGraph();
                graph = quad.getGraph();
                if (!done.add(graph)) {
                    throw new IllegalArgumentException(file + ": the quads of " + graph.getURI() + " do not come"
                            + " together; loading into a remote store needs each graph in one run, as the Spark job"
                            + " writes it");
                }
                model = RdfMapper.newModel();
            }
            model.getGraph().add(quad.asTriple());
            quads++;
        }

        void flushGraph() {
            if (graph == null) {
                return;
            }
            puts.put(graph.getURI(), model);
            graph = null;
        }

        void commit() {
            puts.commit();
        }

        void close() {
            puts.close();
        }
    }
}
