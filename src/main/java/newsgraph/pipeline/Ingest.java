package newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import newsgraph.store.ArticleStore;
import newsgraph.store.CrossDocumentLinker;

/**
 * The ingest use case, the same for {@code newsgraph ingest} and {@code newsgraph bench}: the pipeline
 * stores every article, then identity linking joins surname-only and short-name actors to their one
 * full-name actor across the whole store, and cross-document linking joins near-duplicate articles and
 * the meetings and statements several articles tell.
 */
public final class Ingest {
    /**
     * @param result    what the pipeline stored
     * @param linked    actor IRIs the linking rewrote
     * @param linkNanos time of the linking (identities, near-duplicates, events), after the pipeline
     * @param events    near-duplicates and events found by the linking
     */
    public record Outcome(IngestResult result, int linked, long linkNanos, CrossDocumentLinker.Result events) {
    }

    private final IngestPipeline pipeline;

    public Ingest(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Ingests {@code paths} into {@code store}, then links identities. The store records the run while it
     * goes and its summary when it is over, so that the next run can tell if this one stopped midway.
     */
    public Outcome run(List<Path> paths, ArticleStore store) throws InterruptedException {
        return run(paths, store, true);
    }

    /**
     * As {@link #run(List, ArticleStore)}; without {@code crossLinks} no near-duplicates, events or claims are
     * linked (for the benchmark, to measure what they cost).
     */
    public Outcome run(List<Path> paths, ArticleStore store, boolean crossLinks) throws InterruptedException {
        store.startIngestRun().ifPresent(started -> pipeline.listener().notice(String.format(Locale.ROOT,
                "the ingest started %s did not finish; the store holds the %,d articles committed before it stopped,"
                        + " and this run goes on from there", started, store.articleCount())));
        IngestResult result = pipeline.run(paths, store);
        long t0 = System.nanoTime();
        int linked = store.linkIdentities();
        long[] stageStart = {System.nanoTime()};
        CrossDocumentLinker.Result events = crossLinks ? store.linkEvents((stage, unit, done, total) -> {
            if (done == 0) {
                stageStart[0] = System.nanoTime(); // each stage has its own rate
            }
            pipeline.listener().linking(stage, unit, done, total, System.nanoTime() - stageStart[0]);
        }) : CrossDocumentLinker.Result.NONE;
        long linkNanos = System.nanoTime() - t0;
        store.finishIngestRun(result.line());
        return new Outcome(result, linked, linkNanos, events);
    }
}
