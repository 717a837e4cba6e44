package newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

import newsgraph.rdf.IriMinter;
import newsgraph.store.ArticleStore;

/**
 * The writer's side of the store: streams each converted article into the open write transaction (one
 * named graph per article, replacing the article's old graph) and commits it when the
 * {@link CommitPolicy} says so; only then are its articles reported as stored and counted. Used by the
 * writer thread only.
 */
final class BatchCommitter {
    private final ArticleStore store;
    private final CommitPolicy policy;
    private final IngestListener listener;
    private final StageClock clock;

    private ArticleStore.Batch batch;
    private long openedAt;
    private long lastAddAt;
    private final List<ArticleSummary> summaries = new ArrayList<>();
    private long batchTriples;

    // what the committed batches held
    private int stored;
    private long triples;
    private long words;
    private long actors;
    private long countries;
    private long statements;
    private long meetings;

    BatchCommitter(ArticleStore store, CommitPolicy policy, IngestListener listener, StageClock clock) {
        this.store = store;
        this.policy = policy;
        this.listener = listener;
        this.clock = clock;
    }

    /** Writes the article into the open batch (opening one if none is), and commits when the policy says so. */
    void add(ConvertedArticle article) {
        long t0 = System.nanoTime();
        if (batch == null) {
            batch = store.beginBatch();
            openedAt = t0;
        }
        batch.replace(IriMinter.graph(article.summary().id()), article.model());
        lastAddAt = System.nanoTime();
        clock.add(Stage.STORE, lastAddAt - t0);
        summaries.add(article.summary());
        batchTriples += article.summary().triples();
        if (policy.due(summaries.size(), batchTriples, lastAddAt - openedAt, triples)) {
            commit();
        }
    }

    /** The writer is waiting for the next article: commits the open batch if it has been idle long enough. */
    void waiting() {
        if (batch != null && policy.idle(System.nanoTime() - lastAddAt)) {
            commit();
        }
    }

    /** Nanoseconds until {@link #waiting()} would commit, or -1 if no batch is open. */
    long untilIdleCommit() {
        return batch == null ? -1 : Math.max(0, lastAddAt + policy.minNanos() - System.nanoTime());
    }

    /** Commits the open batch, if any, and reports its articles as stored. */
    void commit() {
        if (batch == null) {
            return;
        }
        long t0 = System.nanoTime();
        batch.commit();
        batch = null;
        clock.add(Stage.STORE, System.nanoTime() - t0);
        for (ArticleSummary s : summaries) {
            stored++;
            triples += s.triples();
            words += s.words();
            actors += s.actors();
            countries += s.countries();
            statements += s.statements();
            meetings += s.meetings();
            listener.stored(s);
        }
        summaries.clear();
        batchTriples = 0;
    }

    /** Drops the open batch, if any: a batch not committed (the store failed, the run was interrupted) leaves nothing. */
    void abandon() {
        if (batch != null) {
            ArticleStore.Batch b = batch;
            batch = null;
            b.close();
        }
    }

    /** The run's result from what was committed, with the failures and times the caller knows. */
    IngestResult result(int failed, long wallNanos) {
        return new IngestResult(stored, failed, triples, words, actors, countries, statements, meetings, wallNanos,
                clock.snapshot());
    }
}
