package newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputFiles;
import newsgraph.ingest.InputReader;
import newsgraph.ingest.InputReaders;
import newsgraph.store.ArticleStore;
import newsgraph.store.GraphStore;

/**
 * Ingests files into the store in three stages: the caller's thread lists and reads the files
 * ({@link QueueingSink}), {@code threads} workers turn articles into graphs, and one writer
 * ({@link IngestWriter}) streams them into an open write transaction, one named graph per article, and
 * commits it as the {@link CommitPolicy} says ({@link BatchCommitter}).
 *
 * <p>Results reach the writer through a bounded queue of futures in input order, so the reader
 * blocks when the workers or the writer fall behind (memory stays flat however many files there
 * are), and a later file with the same id always replaces an earlier one. A bad input or a failed
 * conversion costs that article only: it writes nothing and is reported once.
 */
public final class IngestPipeline {
    /**
     * A batch (one write transaction) ends at this many articles or triples at the most. The writer streams
     * each article into the open transaction, so a batch costs no memory; but every TDB2 commit copies each
     * index block the transaction touched (TDB2 writes copy-on-write) and syncs, so fewer commits mean less
     * copying and a smaller store. On all of Reuters-21578 (3.1 million triples), a commit every 250,000
     * triples left a 1.65 GiB store, every million 1.04 GiB and a faster ingest; a commit every 64 articles
     * (with six indexes) left 10 GiB and took 182 s instead of about 100. The limits bound what a crash
     * loses in a long run: 2,000 articles are about 20 s of work at full speed; what the extra commits
     * leave behind, {@code ingest --compact auto} takes back at the end of a run.
     */
    public static final int BATCH_ARTICLES = 2_000;
    public static final long BATCH_TRIPLES = 400_000;

    /**
     * The first batches of a run are committed after this long (later ones when they also hold a tenth of
     * what the run committed, see {@link CommitPolicy}), and an open batch no article has been added to for
     * this long is committed: a crash loses at most these few seconds of work while a run is young. About a
     * thousand articles at full speed. The system property {@code newsgraph.ingest.commitSeconds} changes
     * it, for benchmarks.
     */
    public static final long COMMIT_NANOS = (long) (Double.parseDouble(
            System.getProperty("newsgraph.ingest.commitSeconds", "5")) * 1e9);

    /** Most articles converted ahead of the writer (the queue between workers and writer). */
    static final int MAX_QUEUE = 512;

    /** Default per-article time limit: far above the minute a --max-chars article takes on a slow machine. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofMinutes(5);

    /** An article converting this long is named in the progress line. */
    static final long SLOW_NANOS = 5_000_000_000L;

    private final Supplier<? extends ArticleConverter> converters;
    private final int threads;
    private final IngestListener listener;
    private final InputReader reader;
    private final CommitPolicy policy;
    private final long timeoutNanos;

    /**
     * @param converters makes one converter per worker thread (OpenNLP's {@code *ME} objects are not thread-safe)
     * @param threads    worker threads, at least 1
     */
    public IngestPipeline(Supplier<? extends ArticleConverter> converters, int threads, IngestListener listener) {
        this(converters, threads, listener, new InputReaders(), BATCH_ARTICLES, BATCH_TRIPLES);
    }

    /** Reads the inputs with {@code reader} (a forced format, other JSON Lines fields). */
    public IngestPipeline(Supplier<? extends ArticleConverter> converters, int threads, IngestListener listener,
                          InputReader reader) {
        this(converters, threads, listener, reader, BATCH_ARTICLES, BATCH_TRIPLES);
    }

    /** A batch is committed when it holds {@code batchArticles} articles or {@code batchTriples} triples at the most. */
    public IngestPipeline(Supplier<? extends ArticleConverter> converters, int threads, IngestListener listener,
                          InputReader reader, int batchArticles, long batchTriples) {
        this(converters, threads, listener, reader, batchArticles, batchTriples, DEFAULT_ARTICLE_TIMEOUT);
    }

    /**
     * @param articleTimeout an article still converting after this long is abandoned (reported as failed)
     *                       and the batch goes on; zero for no limit
     */
    public IngestPipeline(Supplier<? extends ArticleConverter> converters, int threads, IngestListener listener,
                          InputReader reader, int batchArticles, long batchTriples, Duration articleTimeout) {
        this(converters, threads, listener, reader,
                new CommitPolicy(batchArticles, batchTriples, COMMIT_NANOS, CommitPolicy.RUN_SHARE), articleTimeout);
    }

    IngestPipeline(Supplier<? extends ArticleConverter> converters, int threads, IngestListener listener,
                   InputReader reader, CommitPolicy policy, Duration articleTimeout) {
        if (threads < 1 || articleTimeout.isNegative()) {
            throw new IllegalArgumentException("threads must be at least 1, the time limit not negative");
        }
        this.timeoutNanos = articleTimeout.toNanos();
        this.converters = converters;
        this.threads = threads;
        this.listener = listener;
        this.reader = reader;
        this.policy = policy;
    }

    IngestListener listener() {
        return listener;
    }

    /**
     * Ingests every file under {@code paths} (a directory contributes the files the reader
     * {@linkplain InputReader#wants wants}, sorted); a file may hold many articles (a JSON Lines dump).
     *
     * @throws GraphStore.StoreException if the store cannot be written; what was committed before stays
     */
    public IngestResult run(List<Path> paths, ArticleStore store) throws InterruptedException {
        return new Run(store).execute(paths);
    }

    /**
     * Articles read ahead of the writer: up to a batch, at most {@link #MAX_QUEUE}, so that the workers
     * keep converting while the writer commits (a commit of a big batch takes seconds).
     */
    int queueSize() {
        return Math.max(Math.max(8, threads * 4), Math.min(policy.maxArticles(), MAX_QUEUE));
    }

    /** The state of one {@link #run}. */
    private final class Run {
        private final ArticleStore store;
        private final StageClock clock = new StageClock();
        private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(queueSize());
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private final long start = System.nanoTime();

        Run(ArticleStore store) {
            this.store = store;
        }

        IngestResult execute(List<Path> paths) throws InterruptedException {
            List<InputFiles.Input> inputs = new ArrayList<>();
            paths.forEach(p -> inputs.addAll(InputFiles.list(p, reader::wants)));
            InputCount count = new InputCount(inputs, reader);
            BatchCommitter committer = new BatchCommitter(store, policy, listener, clock);
            IngestWriter writing = new IngestWriter(queue, fatal, committer, listener, count, timeoutNanos, start);
            ThreadLocal<ArticleConverter> converter = ThreadLocal.withInitial(converters);
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("newsgraph-worker"));
            Thread writer = daemonThreads("newsgraph-writer").newThread(writing);
            writer.start();
            try {
                read(inputs, new QueueingSinks(workers, converter, count));
                count.readingDone();
                queue.put(Pending.END);
                writer.join();
            } finally {
                workers.shutdownNow();
                writer.interrupt();
            }
            rethrowFatal();
            IngestResult result = committer.result(writing.failed(), System.nanoTime() - start);
            listener.finished(result);
            return result;
        }

        /** Makes one sink per file. */
        private record QueueingSinks(ExecutorService workers, ThreadLocal<ArticleConverter> converter,
                                     InputCount count) {
        }

        /** Reads every input into the queue, until the writer gives up. */
        private void read(List<InputFiles.Input> inputs, QueueingSinks sinks) throws InterruptedException {
            for (InputFiles.Input input : inputs) {
                if (fatal.get() != null) {
                    break;
                }
                if (input.problem() != null) {
                    queue.put(Pending.failed(input.problem()));
                    continue;
                }
                QueueingSink sink = new QueueingSink(sinks.workers(), sinks.converter(), queue, fatal, clock,
                        sinks.count());
                try {
                    reader.read(input.file(), sink);
                } catch (BadInputException e) {
                    sink.reject(e);
                } catch (RuntimeException | StackOverflowError e) {
                    sink.reject(Pending.failure(input.file(), e));
                } finally {
                    sink.finish();
                }
            }
        }

        private void rethrowFatal() {
            Throwable t = fatal.get();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t != null) {
                throw new GraphStore.StoreException("ingest failed: " + t.getMessage(), t);
            }
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            // a failed run must never keep the JVM alive
            t.setDaemon(true);
            return t;
        };
    }
}
