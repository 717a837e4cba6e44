package newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Bulk-loads N-Quads shards (the Spark job's output: one named graph per article) into the store with
 * Jena's TDB2 bulk loader, then links identities once over the union, as an ingest does after its last
 * batch. An article already in the store is replaced: its graph is deleted before the load (a bulk load
 * only adds). The loader writes the store's own indexes (it keeps four of TDB2's six quad indexes, see
 * {@link GraphStore}), so the plans are built from the indexes the store has.
 */
public final class ShardLoader {
    /** Jena's loader plans: how many indexes are built at once (threads) and in how many passes. */
    public enum Plan {
        /** The primary index while parsing, then the others together: Jena's default. */
        PHASED,
        /** Every index while parsing, one thread each: fastest with cores and memory to spare. */
        PARALLEL,
        /** The primary index while parsing, then the others one at a time: least memory. */
        LIGHT
    }

    /**
     * @param articles  article graphs in the store after the load
     * @param replaced  articles that were in the store and came again in the shards
     * @param linked    actor IRIs the identity linking rewrote
     */
    public record Result(int files, long quads, long articles, int replaced, int linked, long loadNanos,
                         long linkNanos) {
        public String line() {
            return String.format(Locale.ROOT, "loaded %,d quads from %,d files in %.1f s%s, linked %,d actor IRIs in"
                            + " %.1f s; the store holds %,d articles", quads, files, loadNanos / 1e9,
                    replaced < 0 ? "" : String.format(Locale.ROOT, " (%,d articles replaced)", replaced), linked,
                    linkNanos / 1e9, articles);
        }
    }

    private ShardLoader() {
    }

    /**
     * The N-Quads files a path stands for: the file itself, or the {@code .nq} and {@code .nq.gz} files of a
     * folder (of the Spark job's output folder, those in its {@code shards} folder), sorted.
     */
    public static List<Path> shardFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new IOException(path + ": no such file or directory");
            }
            return List.of(path);
        }
        Path dir = Files.isDirectory(path.resolve("shards")) ? path.resolve("shards") : path;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> isShard(f.getFileName().toString())).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException(dir + ": no N-Quads files (.nq, .nq.gz) in this folder");
            }
            return found;
        }
    }

    private static boolean isShard(String name) {
        return !name.startsWith(".") && (name.endsWith(".nq") || name.endsWith(".nq.gz"));
    }

    /**
     * Loads {@code files} into a remote store (or any other): each article's graph through the store's
     * batches, then links identities ({@link ShardPut}); {@code replaced} is then not counted (-1).
     */
    public static Result put(ArticleStore store, List<Path> files) {
        return ShardPut.load(store, files);
    }

    /** Loads {@code files} into {@code store}, then links identities; {@code progress} gets Jena's loader lines. */
    public static Result load(GraphStore store, List<Path> files, Plan plan, MonitorOutput progress) {
        long t0 = System.nanoTime();
        int replaced;
        if (store.articleCount() == 0) {
            replaced = 0; // nothing to replace, and the cross-article links are made anew over the whole store
            Txn.executeWrite(store.dataset(), () -> CrossDocumentLinker.relinkWholeStore(store.dataset().asDatasetGraph()));
        } else {
            replaced = deleteGraphsIn(store, files);
        }
        store.startIngestRun();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        DataLoader loader = LoaderFactory.createLoader(plan(plan, TDBInternal.getDatasetGraphTDB(dsg)), dsg, progress);
        loader.startBulk();
        try {
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long quads = loader.countQuads();
        long t1 = System.nanoTime();
        int linked = store.linkIdentities();
        store.linkEvents(); // then events and claims across articles, as after an ingest
        long t2 = System.nanoTime();
        Result r = new Result(files.size(), quads, store.articleCount(), replaced, linked, t1 - t0, t2 - t1);
        store.finishIngestRun(String.format(Locale.ROOT, "loaded %,d quads from %,d N-Quads files", quads, files.size()));
        return r;
    }

    /**
     * Deletes the article graphs the shards hold that the store holds already, and marks all of them changed
     * for cross-article linking; returns how many it deleted.
     */
    private static int deleteGraphsIn(GraphStore store, List<Path> files) {
        Set<Node> graphs = new HashSet<>();
        StreamRDFBase names = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graphs.add(quad.getGraph());
            }
        };
        // by name, as the loader reads them: Jena unpacks a .gz and takes the syntax from the extension
        files.forEach(f -> RDFParser.source(f.toString()).parse(names));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateWrite(store.dataset(), () -> {
            int n = 0;
            for (Node g : graphs) {
                if (dsg.containsGraph(g)) {
                    dsg.removeGraph(g);
                    StoreMeta.forgetGraph(dsg, g);
                    n++;
                } else {
                    StoreMeta.changed(dsg, g); // new: the next cross-article pass looks at it
                }
            }
            return n;
        });
    }

    /** The plan over the store's own indexes: the first of each kind is primary. */
    static LoaderPlan plan(Plan plan, DatasetGraphTDB tdb) {
        String[] triples = names(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
        String[] quads = names(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
        return switch (plan) {
            case PARALLEL -> new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(), triples, quads,
                    new String[][]{}, new String[][]{});
            case PHASED -> new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(), first(triples), first(quads),
                    new String[][]{rest(triples)}, new String[][]{rest(quads)});
            case LIGHT -> new LoaderPlan(LoaderPlans.loaderPlanLight.dataInputType(), first(triples), first(quads),
                    each(rest(triples)), each(rest(quads)));
        };
    }

    private static String[] names(TupleIndex[] indexes) {
        return Arrays.stream(indexes).map(TupleIndex::getName).toArray(String[]::new);
    }

    private static String[] first(String[] names) {
        return new String[]{names[0]};
    }

    private static String[] rest(String[] names) {
        return Arrays.copyOfRange(names, 1, names.length);
    }

    private static String[][] each(String[] names) {
        List<String[]> out = new ArrayList<>();
        for (String n : names) {
            out.add(new String[]{n});
        }
        return out.toArray(String[][]::new);
    }
}
