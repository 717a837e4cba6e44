package newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;

import newsgraph.store.GraphStore;

/**
 * The ingest use case, the same for {@code newsgraph ingest} and {@code newsgraph bench}: the pipeline
 * stores every article, then identity linking joins surname-only and short-name actors to their one
 * full-name actor across the whole store.
 */
public final class Ingest {
    /**
     * @param result    what the pipeline stored
     * @param linked    actor IRIs the linking rewrote
     * @param linkNanos time of the linking, after the pipeline
     */
    public record Outcome(IngestResult result, int linked, long linkNanos) {
    }

    private final IngestPipeline pipeline;

    public Ingest(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Ingests {@code paths} into {@code store}, then links identities. */
    public Outcome run(List<Path> paths, GraphStore store) throws InterruptedException {
        IngestResult result = pipeline.run(paths, store);
        long t0 = System.nanoTime();
        int linked = store.linkIdentities();
        return new Outcome(result, linked, System.nanoTime() - t0);
    }
}
