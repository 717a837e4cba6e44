package newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;

/** A folder that holds (or will hold) a TDB2 database: telling one apart, and connecting to it. */
final class TdbFolder {
    private TdbFolder() {
    }

    /** True if {@code dir} holds no TDB2 database yet (missing or empty). */
    static boolean isNew(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return !Files.exists(dir);
        }
    }

    /** True if {@code dir} holds a TDB2 database: TDB2 keeps each generation in a {@code Data-NNNN} folder. */
    static boolean isStore(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(TdbFolder::isGeneration);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static boolean isGeneration(Path p) {
        return Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+");
    }

    /**
     * Connects to the database in {@code dir}, with {@code newStore} if there is none yet, else with
     * {@code existing}; a database another process holds is one clear line.
     */
    static DatasetGraph connect(Path dir, StoreParams newStore, StoreParams existing) {
        try {
            return isNew(dir) ? DatabaseMgr.connectDatasetGraph(dir.toString(), newStore)
                    : DatabaseMgr.connectDatasetGraph(dir.toString(), existing);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // TDB2 says "Failed to get a lock: file=...: held by process N" (or throws AlreadyLocked)
                if (t instanceof AlreadyLocked || String.valueOf(t.getMessage()).contains("held by process")) {
                    throw new GraphStore.StoreException("store busy: " + dir + " is locked by another process (an"
                            + " ingest, or a server); try again when it has finished", e);
                }
            }
            throw e;
        }
    }
}
