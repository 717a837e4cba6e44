package newsgraph.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.BadInputException;

/**
 * Hands what a reader reads from one file to the workers and queues the results for the writer in input
 * order, timing the reading (not the waits on a full queue) as {@link Stage#READ}. A file's first
 * outcome takes its place among the listed inputs; each further one adds to the {@link InputCount}.
 */
final class QueueingSink implements ArticleSink {
    private final ExecutorService workers;
    private final ThreadLocal<ArticleConverter> converter;
    private final BlockingQueue<Pending> queue;
    private final AtomicReference<Throwable> fatal;
    private final StageClock clock;
    private final InputCount count;
    private long readingSince = System.nanoTime();
    private int outcomes;

    QueueingSink(ExecutorService workers, ThreadLocal<ArticleConverter> converter, BlockingQueue<Pending> queue,
                 AtomicReference<Throwable> fatal, StageClock clock, InputCount count) {
        this.workers = workers;
        this.converter = converter;
        this.queue = queue;
        this.fatal = fatal;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void accept(Article article) throws InterruptedException {
        AtomicLong started = new AtomicLong();
        put(() -> new Pending(workers.submit(() -> {
            started.set(System.nanoTime());
            return convert(converter.get(), article);
        }), article, started));
    }

    @Override
    public void reject(BadInputException badRecord) throws InterruptedException {
        put(() -> Pending.failed(badRecord));
    }

    private void put(Supplier<Pending> outcome) throws InterruptedException {
        clock.add(Stage.READ, System.nanoTime() - readingSince);
        if (fatal.get() == null) {
            if (++outcomes > 1) {
                count.another();
            }
            queue.put(outcome.get());
        } // else the writer has given up: the rest of this file is read and dropped
        readingSince = System.nanoTime();
    }

    /** The file is read; a file that gave nothing (a dump of requests only) leaves the total. */
    void finish() {
        clock.add(Stage.READ, System.nanoTime() - readingSince);
        if (outcomes == 0) {
            count.none();
        }
    }

    private Pending.Outcome convert(ArticleConverter c, Article article) {
        try {
            return new Pending.Outcome(c.convert(article, clock), null);
        } catch (Exception | StackOverflowError e) {
            // one article's bad luck (an extractor bug, a pathological sentence) must not stop the batch
            return new Pending.Outcome(null, Pending.failure(article.source(), e));
        }
    }
}
