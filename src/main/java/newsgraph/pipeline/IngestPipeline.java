package newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputFiles;
import newsgraph.ingest.InputReader;
import newsgraph.ingest.InputReaders;
import newsgraph.rdf.IriMinter;
import newsgraph.store.ArticleStore;
import newsgraph.store.GraphStore;

/**
 * Ingests files into the store in three stages: the caller's thread lists and reads the files,
 * {@code threads} workers turn articles into graphs, and one writer streams them into an open write
 * transaction, one named graph per article, and commits it every {@link #BATCH_ARTICLES} articles,
 * {@link #BATCH_TRIPLES} triples or {@link #COMMIT_NANOS} seconds, whichever comes first.
 *
 * <p>Results reach the writer through a bounded queue of futures in input order, so the reader
 * blocks when the workers or the writer fall behind (memory stays flat however many files there
 * are), and a later file with the same id always replaces an earlier one. A bad input or a failed
 * conversion costs that article only: it writes nothing and is reported once.
 */
public final class IngestPipeline {
    /**
     * A batch (one write transaction) ends at this many articles or triples. The writer streams each
     * article into the open transaction, so a batch costs no memory; but every TDB2 commit copies
     * each index block the transaction touched (TDB2 writes copy-on-write) and syncs, and a batch
     * touches blocks all over the indexes, so fewer commits mean less copying and a smaller store. On
     * all of Reuters-21578 (3.1 million triples), a commit every 250,000 triples left a 1.65 GiB store,
     * every million 1.04 GiB and a faster ingest; a commit every 64 articles (with six indexes) left
     * 10 GiB and took 182 s instead of about 100. A crash loses the open batch only.
     */
    public static final int BATCH_ARTICLES = 10_000;
    public static final long BATCH_TRIPLES = 1_000_000;

    /**
     * A batch is also committed once it has been open this long, so a crash loses at most these few
     * seconds of work; the writer commits an open batch when this time has passed even if no further
     * article arrives. About a thousand articles at full speed. The system property
     * {@code newsgraph.ingest.commitSeconds} changes it, for benchmarks.
     */
    public static final long COMMIT_NANOS = (long) (Double.parseDouble(
            System.getProperty("newsgraph.ingest.commitSeconds", "5")) * 1e9);

    /** Most articles converted ahead of the writer (the queue between workers and writer). */
    static final int MAX_QUEUE = 512;

    /** Default per-article time limit: far above the minute a --max-chars article takes on a slow machine. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofMinutes(5);

    /** How often the writer looks at the article it waits for (time limit, progress). */
    private static final long POLL_NANOS = 250_000_000L;
    /** An article converting this long is named in the progress line. */
    static final long SLOW_NANOS = 5_000_000_000L;

    private static final Pending END = new Pending(CompletableFuture.completedFuture(null), null, new AtomicLong(-1));

    private final Supplier<? extends ArticleConverter> converters;
    private final int threads;
    private final IngestListener listener;
    private final InputReader reader;
    private final int batchArticles;
    private final long batchTriples;
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

    /** A batch is committed when it holds {@code batchArticles} articles or {@code batchTriples} triples. */
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
        if (threads < 1 || batchArticles < 1 || batchTriples < 1 || articleTimeout.isNegative()) {
            throw new IllegalArgumentException("threads and batch sizes must be at least 1, the time limit not negative");
        }
        this.timeoutNanos = articleTimeout.toNanos();
        this.converters = converters;
        this.threads = threads;
        this.listener = listener;
        this.reader = reader;
        this.batchArticles = batchArticles;
        this.batchTriples = batchTriples;
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
        return Math.max(Math.max(8, threads * 4), Math.min(batchArticles, MAX_QUEUE));
    }

    /** A converted article, or why it could not be. */
    private record Outcome(ConvertedArticle done, BadInputException failure) {
    }

    /** An article handed to a worker: its result, and when the worker began it (0 until then). */
    private record Pending(Future<Outcome> future, Article article, AtomicLong started) {
    }

    /** The state of one {@link #run}. */
    private final class Run {
        private final ArticleStore store;
        private final StageClock clock = new StageClock();
        private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(queueSize());
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private final long start = System.nanoTime();
        // inputs listed plus the articles beyond the first that a file held; final once reading is done
        private volatile int total;
        private volatile boolean totalKnown = true;

        // written by the writer thread only; read by the caller after joining it
        private int done;
        private int stored;
        private int failed;
        private long triples;
        private long words;
        private long actors;
        private long countries;
        private long statements;
        private long meetings;

        // the open write transaction the writer streams articles into, and what it holds
        private ArticleStore.Batch batch;
        private long batchDeadline;
        private final List<ArticleSummary> batchSummaries = new ArrayList<>();
        private long batchSize;

        Run(ArticleStore store) {
            this.store = store;
        }

        IngestResult execute(List<Path> paths) throws InterruptedException {
            List<InputFiles.Input> inputs = new ArrayList<>();
            paths.forEach(p -> inputs.addAll(InputFiles.list(p, reader::wants)));
            total = inputs.size();
            // a dump's articles are counted as they are read: no total before reading ends
            totalKnown = inputs.stream().noneMatch(i -> i.problem() == null && reader.mayHoldMany(i.file()));
            ThreadLocal<ArticleConverter> converter = ThreadLocal.withInitial(converters);
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("newsgraph-worker"));
            Thread writer = daemonThreads("newsgraph-writer").newThread(this::write);
            writer.start();
            try {
                for (InputFiles.Input input : inputs) {
                    if (fatal.get() != null) {
                        break;
                    }
                    if (input.problem() != null) {
                        queue.put(failed(input.problem()));
                        continue;
                    }
                    FileSink sink = new FileSink(workers, converter);
                    try {
                        reader.read(input.file(), sink);
                    } catch (BadInputException e) {
                        sink.reject(e);
                    } catch (RuntimeException | StackOverflowError e) {
                        sink.reject(failure(input.file(), e));
                    } finally {
                        sink.finish();
                    }
                }
                totalKnown = true;
                queue.put(END);
                writer.join();
            } finally {
                workers.shutdownNow();
                writer.interrupt();
            }
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
            IngestResult result = new IngestResult(stored, failed, triples, words, actors, countries, statements,
                    meetings, System.nanoTime() - start, clock.snapshot());
            listener.finished(result);
            return result;
        }

        /**
         * Queues what a reader reads from one file, timing the reading (not the waits on a full queue)
         * as {@link Stage#READ}. A file's first outcome takes its place among the listed inputs; each
         * further one adds to the total, which is then not known until reading ends.
         */
        private final class FileSink implements ArticleSink {
            private final ExecutorService workers;
            private final ThreadLocal<ArticleConverter> converter;
            private long readingSince = System.nanoTime();
            private int outcomes;

            FileSink(ExecutorService workers, ThreadLocal<ArticleConverter> converter) {
                this.workers = workers;
                this.converter = converter;
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
                put(() -> failed(badRecord));
            }

            private void put(Supplier<Pending> outcome) throws InterruptedException {
                clock.add(Stage.READ, System.nanoTime() - readingSince);
                if (fatal.get() == null) {
                    if (++outcomes > 1) {
                        totalKnown = false;
                        total++;
                    }
                    queue.put(outcome.get());
                } // else the writer has given up: the rest of this file is read and dropped
                readingSince = System.nanoTime();
            }

            /** The file is read; a file that gave nothing (a dump of requests only) leaves the total. */
            void finish() {
                clock.add(Stage.READ, System.nanoTime() - readingSince);
                if (outcomes == 0) {
                    total--;
                }
            }
        }

        private Outcome convert(ArticleConverter c, Article article) {
            try {
                return new Outcome(c.convert(article, clock), null);
            } catch (Exception | StackOverflowError e) {
                // one article's bad luck (an extractor bug, a pathological sentence) must not stop the batch
                return new Outcome(null, failure(article.source(), e));
            }
        }

        /** The writer thread: takes outcomes in input order and commits them in batches. */
        private void write() {
            try {
                for (Pending next = next(); next != END; next = next()) {
                    if (fatal.get() != null) {
                        next.future().cancel(true);
                        continue; // keep draining so the reader never blocks on a full queue
                    }
                    try {
                        take(await(next));
                    } catch (ExecutionException e) {
                        // convert() catches each article's failures; what gets here is systemic
                        // (a converter that cannot be built, an Error)
                        fatal.compareAndSet(null, e.getCause());
                    } catch (RuntimeException | Error e) {
                        fatal.compareAndSet(null, e); // the store failed
                    }
                }
                if (fatal.get() == null) {
                    flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                fatal.compareAndSet(null, e);
            } finally {
                if (batch != null) {
                    // a batch not committed (the store failed, or the run was interrupted) leaves nothing
                    try {
                        batch.close();
                    } catch (RuntimeException | Error e) {
                        fatal.compareAndSet(null, e);
                    }
                    batch = null;
                }
            }
        }

        /** The next outcome; while waiting for it, commits the open batch when its time is up. */
        private Pending next() throws InterruptedException {
            while (batch != null) {
                long wait = batchDeadline - System.nanoTime();
                Pending f = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
                if (f != null) {
                    return f;
                }
                if (fatal.get() != null) {
                    break;
                }
                try {
                    flush();
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
        private Outcome await(Pending p) throws InterruptedException, ExecutionException {
            while (true) {
                if (p.article() == null || p.future().isDone()) {
                    return p.future().get();
                }
                long started = p.started().get();
                long now = System.nanoTime();
                if (started != 0 && timeoutNanos > 0 && now - started >= timeoutNanos) {
                    p.future().cancel(true);
                    return new Outcome(null, new BadInputException(p.article().source(), String.format(Locale.ROOT,
                            "abandoned after %d s, over the per-article time limit (--article-timeout); %,d characters",
                            TimeUnit.NANOSECONDS.toSeconds(timeoutNanos), p.article().text().length())));
                }
                long wait = started == 0 || timeoutNanos == 0 ? POLL_NANOS
                        : Math.min(POLL_NANOS, started + timeoutNanos - now);
                try {
                    return p.future().get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (batch != null && System.nanoTime() - batchDeadline >= 0) {
                        flush(); // a slow article does not hold back the commit of those before it
                    }
                    if (started != 0 && now - started >= SLOW_NANOS) {
                        listener.working(p.article().source(), p.article().text().length(), now - started);
                    }
                    listener.progress(done, totalKnown ? total : -1, System.nanoTime() - start);
                }
            }
        }

        private void take(Outcome o) {
            if (o.failure() != null) {
                failed++;
                listener.failed(o.failure());
            } else {
                add(o.done());
            }
            done++;
            listener.progress(done, totalKnown ? total : -1, System.nanoTime() - start);
        }

        private void add(ConvertedArticle article) {
            long t0 = System.nanoTime();
            if (batch == null) {
                batch = store.beginBatch();
                batchDeadline = System.nanoTime() + COMMIT_NANOS;
            }
            batch.replace(IriMinter.graph(article.summary().id()), article.model());
            clock.add(Stage.STORE, System.nanoTime() - t0);
            batchSummaries.add(article.summary());
            batchSize += article.summary().triples();
            if (batchSummaries.size() >= batchArticles || batchSize >= batchTriples
                    || System.nanoTime() - batchDeadline >= 0) {
                flush();
            }
        }

        /** Commits the open batch and reports its articles as stored. */
        private void flush() {
            if (batch == null) {
                return;
            }
            long t0 = System.nanoTime();
            batch.commit();
            batch = null;
            clock.add(Stage.STORE, System.nanoTime() - t0);
            for (ArticleSummary s : batchSummaries) {
                stored++;
                triples += s.triples();
                words += s.words();
                actors += s.actors();
                countries += s.countries();
                statements += s.statements();
                meetings += s.meetings();
                listener.stored(s);
            }
            batchSummaries.clear();
            batchSize = 0;
        }
    }

    private static Pending failed(BadInputException e) {
        return new Pending(CompletableFuture.completedFuture(new Outcome(null, e)), null, new AtomicLong(-1));
    }

    private static BadInputException failure(Path file, Throwable e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new BadInputException(file, "cannot process: " + reason, e);
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
