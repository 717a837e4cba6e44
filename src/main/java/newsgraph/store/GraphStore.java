package newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

import newsgraph.rdf.IriMinter;

/**
 * The embedded TDB2 store: one named graph per article. The default graph seen by queries is the
 * union of all article graphs.
 */
public final class GraphStore implements DatasetReader, ArticleStore {
    /**
     * Quad indexes of a new store: four of TDB2's default six. Every article graph is small (a few
     * hundred quads), so with the graph bound GSPO finds anything by scanning one graph; with the
     * graph free (the union default graph, {@code GRAPH ?g}) SPOG, POSG and OSPG serve every pattern.
     * GPOS and GOSP would only make each write a third dearer. TDB2 records the layout in the store's
     * {@code tdb.cfg}, so every later open uses it.
     */
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    /**
     * Node caches of every connection, a tenth of TDB2's defaults (200,000 and 1,000,000 entries). Every
     * node written passes through them, and an article's nodes are mostly its own (evidence IRIs,
     * sentence literals hundreds of characters long): at the default sizes the caches alone grew the heap
     * by hundreds of megabytes over Reuters-21578 and were hardly ever hit again. Each CLI command is a
     * fresh process, so queries start with empty caches either way.
     */
    static final int NODE_CACHE = 100_000;

    private static final StoreParams CONNECTION_PARAMS = StoreParams.builder()
            .node2NodeIdCacheSize(NODE_CACHE).nodeId2NodeCacheSize(NODE_CACHE).build();

    private static final StoreParams NEW_STORE_PARAMS = StoreParams.builder(CONNECTION_PARAMS)
            .quadIndexes(QUAD_INDEXES).build();

    private final Dataset dataset;
    private final Path location;

    private GraphStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. A folder that holds anything but a TDB2
     * database is refused: TDB2 would make a database among the files there.
     */
    public static GraphStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a store folder", null);
        }
        if (Files.isDirectory(dir) && !TdbFolder.isNew(dir) && !TdbFolder.isStore(dir)) {
            throw new StoreException(dir + " is not a newsgraph store (a folder with other files in it);"
                    + " give a new or empty folder, or the folder of an existing store", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        return connect(dir);
    }

    private static GraphStore connect(Path dir) {
        // a new store gets the layout below; an existing one keeps the one it was made with (tdb.cfg):
        // TDB2 takes only the per-connection settings (caches) from the parameters given for it
        Dataset ds = DatasetFactory.wrap(TdbFolder.connect(dir, NEW_STORE_PARAMS, CONNECTION_PARAMS));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(ds, dir);
    }

    /**
     * Opens an existing store; a missing folder, or one that holds no store, is an error rather than an
     * empty answer (and no database is created there).
     */
    public static GraphStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (run newsgraph ingest first, or give --store)", null);
        }
        if (!TdbFolder.isStore(dir)) {
            throw new StoreException(dir + " is not a newsgraph store (no TDB2 database in it; run newsgraph"
                    + " ingest first, or give --store)", null);
        }
        return connect(dir);
    }

    public Path location() {
        return location;
    }

    @Override
    public String where() {
        return location.toString();
    }

    /**
     * The TDB2 dataset, for code that hands it to a library (a SPARQL server, tests); the commands read
     * through {@link #read}, {@link #export}, {@link #stats} and the query runner.
     */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * Writes the article {@code docId} (or every article if null) in {@code format}.
     *
     * @throws IllegalArgumentException if the store has no such article
     */
    @Override
    public void export(ExportFormat format, String docId, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            if (docId != null && !dataset.containsNamedModel(IriMinter.graph(docId))) {
                throw new IllegalArgumentException("no article '" + docId + "' in the store");
            }
            StoreExport.write(dataset, format, docId, out);
        });
    }

    /** What the store holds; {@code countsSparql} is the catalogue's {@code stats} query. */
    @Override
    public StoreStats stats(String countsSparql) {
        return Txn.calculateRead(dataset, () -> StoreStats.count(location.toString(), dataset, countsSparql, quadCount(),
                StoreMeta.lastRun(dataset.asDatasetGraph()).orElse(null)));
    }

    /**
     * Links surname-only and short-name actors to their one full-name actor across the store
     * ({@link IdentityLinker}); returns how many IRIs were linked.
     */
    @Override
    public int linkIdentities() {
        return IdentityLinker.link(dataset);
    }

    @Override
    public CrossDocumentLinker.Result linkEvents(CrossDocumentLinker.Progress progress) {
        return CrossDocumentLinker.link(dataset, CrossDocumentLinker.PIECE, CrossDocumentLinker.WHOLE_AT_MOST, progress);
    }

    /**
     * Closes the store and lets TDB2 forget it: TDB2 keeps every database it opened for the JVM's life,
     * which a long-lived process opening many stores (the benchmark) must not let pile up.
     */
    public void closeAndRelease() {
        TDBInternal.expel(dataset.asDatasetGraph());
        dataset.close();
    }

    /**
     * Replaces the graphs of whole articles in one write transaction: either every article of the
     * batch is stored, or none is. A commit costs a sync and a copy of every index block the
     * transaction touched (TDB2 writes copy-on-write), so fewer, bigger batches are much cheaper.
     */
    public void replaceAll(Map<String, Model> graphsByName) {
        try (TdbBatch batch = beginBatch()) { // the ingest's write path, so there is only one
            graphsByName.forEach(batch::replace);
            batch.commit();
        }
    }

    /**
     * Starts a write transaction that article graphs are streamed into one at a time, so that a
     * batch never has to be held in memory: {@link TdbBatch#replace} writes an article's graph at once,
     * {@link TdbBatch#commit()} makes everything written since the start durable together. Must be used
     * by one thread, the one that called this.
     */
    @Override
    public TdbBatch beginBatch() {
        return new TdbBatch(dataset);
    }

    /**
     * Records that an ingest run starts now, and tells of the run before it if that one never
     * finished (the process was killed or crashed): its committed batches are in the store.
     *
     * @return when the unfinished run before started, if there was one
     */
    @Override
    public Optional<String> startIngestRun() {
        return Txn.calculateWrite(dataset, () -> {
            Optional<String> unfinished = StoreMeta.runInProgress(dataset.asDatasetGraph());
            StoreMeta.runStarted(dataset.asDatasetGraph(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            return unfinished;
        });
    }

    /** Records that the ingest run is over, with its summary line (shown by {@code stats}). */
    @Override
    public void finishIngestRun(String summary) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + summary;
        Txn.executeWrite(dataset, () -> StoreMeta.runFinished(dataset.asDatasetGraph(), line));
    }

    /** The summary of the last finished ingest run, prefixed with when it finished. */
    @Override
    public Optional<String> lastIngestRun() {
        return Txn.calculateRead(dataset, () -> StoreMeta.lastRun(dataset.asDatasetGraph()));
    }

    /** Number of article graphs. */
    @Override
    public long articleCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.asDatasetGraph().listGraphNodes(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /**
     * Deletes the articles {@code ids} in one write transaction, then links identities and events again
     * over what is left (a deleted article may have been the one full name or the last report of an event).
     *
     * @return the ids that were not in the store
     */
    @Override
    public List<String> delete(List<String> ids) {
        List<String> missing = new java.util.ArrayList<>();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String id : ids) {
                Node g = NodeFactory.createURI(IriMinter.graph(id));
                if (!dsg.containsGraph(g)) {
                    missing.add(id);
                    continue;
                }
                dsg.removeGraph(g);
                StoreMeta.forgetGraph(dsg, g);
            }
        });
        if (missing.size() < ids.size()) {
            linkIdentities();
            linkEvents();
        }
        return missing;
    }

    /**
     * Compacts the store and closes it ({@link Compaction}).
     *
     * @return the store's size on disk before and after, in bytes
     */
    public long[] compact() {
        long before = sizeOnDisk();
        Compaction.run(this);
        return new long[]{before, sizeOnDisk()};
    }

    /** Bytes the store takes on disk (allocated; where that cannot be told, the files' lengths). */
    public long sizeOnDisk() {
        return DiskUsage.allocated(location).orElseGet(() -> DiskUsage.apparent(location));
    }

    /** Names of the article graphs. */
    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new java.util.ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            return names;
        });
    }

    @Override
    public org.apache.jena.graph.Graph graphCopy(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Total number of quads in all article graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }

    /** The store could not be opened or written. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
