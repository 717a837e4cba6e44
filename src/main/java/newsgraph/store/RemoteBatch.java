package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

/**
 * A batch of articles for a remote store: each article is one Graph Store Protocol PUT (the store holds
 * its old graph or its new one, never part of either), sent by a small pool so that up to
 * {@link RemoteConfig#connections()} are in flight while the writer goes on. {@link #commit()} waits for
 * every PUT of the batch to be answered 2xx (retrying as {@link Retry} says); only then are the batch's
 * articles counted as stored. A PUT that fails for good fails the batch; the articles stored before
 * stay, and a re-run puts the rest (PUT replaces, so a re-run is idempotent).
 */
final class RemoteBatch implements ArticleStore.Batch {
    private final RemoteHttp http;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final Map<String, Future<?>> pending = new HashMap<>();
    private final List<String> graphs = new ArrayList<>();
    private volatile RuntimeException failure;
    private boolean open = true;

    RemoteBatch(RemoteHttp http, ExecutorService pool) {
        this.http = http;
        this.pool = pool;
        this.inFlight = new Semaphore(http.config().connections());
    }

    @Override
    public void replace(String name, Model model) {
        if (!open) {
            throw new IllegalStateException("batch already ended");
        }
        if (failure != null) {
            throw failure;
        }
        Future<?> before = pending.get(name);
        if (before != null) {
            await(before); // the same article twice in a batch: the later one must land last
        }
        Graph graph = model.getGraph();
        inFlight.acquireUninterruptibly();
        pending.put(name, pool.submit(() -> {
            try {
                http.put(name, graph);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                inFlight.release();
            }
        }));
        graphs.add(name);
    }

    @Override
    public int size() {
        return graphs.size();
    }

    @Override
    public void commit() {
        if (!open) {
            return;
        }
        open = false;
        pending.values().forEach(RemoteBatch::await);
        if (failure != null) {
            throw failure;
        }
        // what linking did in these graphs is gone with their old contents
        RemoteStore.forgetLinks(http, graphs);
    }

    /** Waits for the PUTs in flight; those answered stay stored (a PUT cannot be taken back). */
    @Override
    public void close() {
        if (open) {
            open = false;
            pending.values().forEach(RemoteBatch::await);
        }
    }

    private static void await(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // kept in failure
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
