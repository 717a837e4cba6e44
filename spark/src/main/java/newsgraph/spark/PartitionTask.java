package newsgraph.spark;

import java.io.IOException;
import java.io.Serial;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputReader;
import newsgraph.pipeline.ArticleConverter;
import newsgraph.pipeline.ConvertedArticle;
import newsgraph.pipeline.StageClock;
import newsgraph.rdf.IriMinter;

/**
 * One task of the job: reads its input files with newsgraph's readers, converts each article with its
 * own converter (one OpenNLP pipeline per task, so per task thread, over the executor's shared
 * {@link ExecutorParts}), streams the graphs into the partition's shard and returns one summary row per
 * article or failed input. Rows are small, so a partition's rows are held; graphs never are.
 */
final class PartitionTask implements FlatMapFunction<Iterator<InputFile>, ArticleRow> {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final JobSettings settings;
    private final HadoopConf conf;
    private final String shardsDir;

    PartitionTask(JobSettings settings, HadoopConf conf, String shardsDir) {
        this.settings = settings;
        this.conf = conf;
        this.shardsDir = shardsDir;
    }

    @Override
    public Iterator<ArticleRow> call(Iterator<InputFile> files) throws Exception {
        TaskContext task = TaskContext.get();
        Configuration c = conf.get();
        ArticleConverter converter = ExecutorParts.get(settings.nerModel(), c).newConverter();
        InputReader reader = settings.reader();
        List<ArticleRow> rows = new ArrayList<>();
        String name = String.format("part-%05d.nq.gz", task.partitionId());
        try (ShardWriter shard = new ShardWriter(new Path(shardsDir), name, task.taskAttemptId(), c);
             RemotePuts remote = settings.store() == null ? null : RemotePuts.open(settings.store())) {
            while (files.hasNext()) {
                InputFile file = files.next();
                if (file.problem() != null) {
                    rows.add(ArticleRow.failed(null, file.uri(), file.order(), 0, file.uri() + ": " + file.problem()));
                    continue;
                }
                Sink sink = new Sink(file, converter, shard, remote, rows);
                try (LocalInput local = LocalInput.of(file.uri(), c)) {
                    reader.read(local.path(), sink);
                } catch (BadInputException e) {
                    sink.reject(e);
                } catch (StorageFailure e) {
                    throw e;
                } catch (IOException e) {
                    sink.failed(null, "cannot read: " + reason(e));
                } catch (RuntimeException | StackOverflowError e) {
                    sink.failed(null, "cannot process: " + reason(e));
                }
            }
            shard.commit();
            if (remote != null) {
                remote.commit();
            }
        }
        return rows.iterator();
    }

    /** Converts and writes each article of one file as the reader hands it on. */
    private static final class Sink implements ArticleSink {
        private final InputFile file;
        private final ArticleConverter converter;
        private final ShardWriter shard;
        private final RemotePuts remote;
        private final List<ArticleRow> rows;
        private int record;

        Sink(InputFile file, ArticleConverter converter, ShardWriter shard, RemotePuts remote, List<ArticleRow> rows) {
            this.file = file;
            this.converter = converter;
            this.shard = shard;
            this.remote = remote;
            this.rows = rows;
        }

        @Override
        public void accept(Article article) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ConvertedArticle done;
            try {
                done = converter.convert(article, new StageClock());
            } catch (Exception | StackOverflowError e) {
                // one article's bad luck must not stop the task, as in the single-process ingest
                failed(article.id(), "cannot process: " + reason(e));
                return;
            }
            long nanos = System.nanoTime() - t0;
            long cpu = THREADS.getCurrentThreadCpuTime() - c0;
            String graph = IriMinter.graph(done.summary().id());
            int seq;
            try {
                seq = shard.write(graph, done.model());
                if (remote != null) {
                    remote.put(graph, done.model());
                }
            } catch (IOException | RuntimeException e) {
                throw new StorageFailure(e);
            }
            rows.add(ArticleRow.stored(done.summary(), file.uri(), file.order(), record++, shard.name(), seq, nanos, cpu));
        }

        @Override
        public void reject(BadInputException bad) {
            failed(null, bad.reason());
        }

        void failed(String id, String reason) {
            rows.add(ArticleRow.failed(id, file.uri(), file.order(), record++, file.uri() + ": " + reason));
        }
    }

    /** The shard or the remote store could not be written: the task fails (Spark retries it), unlike a bad input. */
    static final class StorageFailure extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        StorageFailure(Exception cause) {
            super("cannot store: " + cause.getMessage(), cause);
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " ");
    }
}
