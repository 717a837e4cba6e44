package newsgraph.pipeline;

import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import newsgraph.ingest.BadInputException;

/**
 * The writer thread of a run: takes the queued inputs in input order, waits for each one's conversion
 * (abandoning it past the per-article time limit), hands converted articles to the {@link BatchCommitter}
 * and reports failures and progress. A failure of the store or of the machinery (not of one article) is
 * put into {@code fatal}; the writer then drains the queue without storing, so the reader never blocks.
 */
final class IngestWriter implements Runnable {
    /** How often the writer looks at the article it waits for (time limit, progress). */
    private static final long POLL_NANOS = 250_000_000L;

    private final BlockingQueue<Pending> queue;
    private final AtomicReference<Throwable> fatal;
    private final BatchCommitter committer;
    private final IngestListener listener;
    private final InputCount count;
    private final long timeoutNanos;
    private final long start;
    private int done;
    private int failed;

    IngestWriter(BlockingQueue<Pending> queue, AtomicReference<Throwable> fatal, BatchCommitter committer,
                 IngestListener listener, InputCount count, long timeoutNanos, long start) {
        this.queue = queue;
        this.fatal = fatal;
        this.committer = committer;
        this.listener = listener;
        this.count = count;
        this.timeoutNanos = timeoutNanos;
        this.start = start;
    }

    /** Inputs that failed; read by the caller after joining this thread. */
    int failed() {
        return failed;
    }

    @Override
    public void run() {
        try {
            for (Pending next = next(); next != Pending.END; next = next()) {
                if (fatal.get() != null) {
                    next.future().cancel(true);
                    continue; // keep draining so the reader never blocks on a full queue
                }
                try {
                    take(await(next));
                } catch (ExecutionException e) {
                    // conversion catches each article's failures; what gets here is systemic
                    // (a converter that cannot be built, an Error)
                    fatal.compareAndSet(null, e.getCause());
                } catch (RuntimeException | Error e) {
                    fatal.compareAndSet(null, e); // the store failed
                }
            }
            if (fatal.get() == null) {
                committer.commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fatal.compareAndSet(null, e);
        } finally {
            try {
                committer.abandon();
            } catch (RuntimeException | Error e) {
                fatal.compareAndSet(null, e);
            }
        }
    }

    /** The next input; while none comes, commits the open batch once it has been idle long enough. */
    private Pending next() throws InterruptedException {
        for (long wait = committer.untilIdleCommit(); wait >= 0; wait = committer.untilIdleCommit()) {
            Pending p = queue.poll(wait, TimeUnit.NANOSECONDS);
            if (p != null) {
                return p;
            }
            if (fatal.get() != null) {
                break;
            }
            try {
                committer.waiting();
            } catch (RuntimeException | Error e) {
                fatal.compareAndSet(null, e); // the store failed
            }
        }
        return queue.take();
    }

    /**
     * The outcome of {@code p}, or a failure once it has been converting longer than the time limit (the
     * worker is interrupted: annotation stops at its next sentence). Meanwhile progress goes on being shown.
     */
    private Pending.Outcome await(Pending p) throws InterruptedException, ExecutionException {
        while (true) {
            if (p.article() == null || p.future().isDone()) {
                return p.future().get();
            }
            long started = p.started().get();
            long now = System.nanoTime();
            if (started != 0 && timeoutNanos > 0 && now - started >= timeoutNanos) {
                p.future().cancel(true);
                return new Pending.Outcome(null, new BadInputException(p.article().source(), String.format(
                        Locale.ROOT, "abandoned after %d s, over the per-article time limit (--article-timeout);"
                                + " %,d characters", TimeUnit.NANOSECONDS.toSeconds(timeoutNanos),
                        p.article().text().length())));
            }
            long wait = started == 0 || timeoutNanos == 0 ? POLL_NANOS
                    : Math.min(POLL_NANOS, started + timeoutNanos - now);
            try {
                return p.future().get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                committer.waiting(); // a slow article does not hold back the commit of those before it
                if (started != 0 && now - started >= IngestPipeline.SLOW_NANOS) {
                    listener.working(p.article().source(), p.article().text().length(), now - started);
                }
                listener.progress(done, count.shown(), System.nanoTime() - start);
            }
        }
    }

    private void take(Pending.Outcome o) {
        if (o.failure() != null) {
            failed++;
            listener.failed(o.failure());
        } else {
            committer.add(o.done());
        }
        done++;
        listener.progress(done, count.shown(), System.nanoTime() - start);
    }
}
