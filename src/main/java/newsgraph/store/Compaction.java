package newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.tdb2.DatabaseMgr;

/**
 * TDB2 compaction of a store. TDB2 writes copy-on-write, so every commit leaves old index blocks
 * behind and a re-ingest grows the folder; compaction copies the live data into a new generation
 * ({@code Data-NNNN}) and deletes the old ones. TDB2 makes the new generation with its default six
 * quad indexes, but every later open reads the store's own layout ({@link GraphStore#QUAD_INDEXES},
 * recorded in the store's {@code tdb.cfg}) and never opens the other two, so their files are deleted
 * once the store is closed.
 */
final class Compaction {
    private Compaction() {
    }

    /** Compacts {@code store} and closes it. */
    static void run(GraphStore store) {
        DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        store.closeAndRelease();
        Set<String> kept = new HashSet<>(List.of(GraphStore.QUAD_INDEXES));
        kept.addAll(List.of("SPO", "POS", "OSP", "GPU")); // triple indexes and the graph-name index
        try (var generations = Files.list(store.location())) {
            for (Path gen : generations.filter(TdbFolder::isGeneration).toList()) {
                try (var files = Files.list(gen)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        String index = name.replaceFirst("\\.(dat|idn|bpt)$", "");
                        if (!index.equals(name) && index.matches("G[SPO]{3}|[SPO]{3}G") && !kept.contains(index)) {
                            Files.delete(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new GraphStore.StoreException("compacted, but cannot tidy " + store.location() + ": "
                    + e.getMessage(), e);
        }
    }
}
