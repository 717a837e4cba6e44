package newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The embedded TDB2 store: one named graph per article. The default graph seen by queries is the
 * union of all article graphs.
 */
public final class GraphStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;

    private GraphStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(ds, dir);
    }

    /** Opens an existing store; a missing one is an error rather than an empty answer. */
    public static GraphStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (run newsgraph ingest first, or give --store)", null);
        }
        return open(dir);
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the graphs of whole articles in one write transaction: either every article of the
     * batch is stored, or none is.
     */
    public void replaceAll(Map<String, Model> graphsByName) {
        Txn.executeWrite(dataset, () -> graphsByName.forEach((name, model) -> {
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
        }));
    }

    /** Names of the article graphs. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new java.util.ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            return names;
        });
    }

    /** Total number of quads in all article graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
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
