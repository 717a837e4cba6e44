package newsgraph.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import newsgraph.store.RemoteConfig;
import newsgraph.store.RemoteStore;
import scala.Tuple2;

/**
 * The Spark job: input files in, N-Quads shards and a per-article summary out.
 *
 * <pre>
 * OUT/shards/part-NNNNN.nq.gz   one per task: gzipped N-Quads, one named graph per article
 * OUT/summary/part-NNNNN        JSON Lines: one object per article or failed input (ArticleRow)
 * </pre>
 *
 * The driver lists the inputs ({@link InputListing}) and hands contiguous runs of them to the tasks
 * ({@link PartitionTask}); graphs never pass through the driver. IRIs are deterministic, so shards from
 * any number of executors load into the same graph as one {@code newsgraph ingest} of the same files.
 */
final class ShardJob {
    static final String SHARDS = "shards";
    static final String SUMMARY = "summary";

    /** Inputs per task, at most, when the partitions are not given: a task of 500 Reuters articles takes a minute or so. */
    static final int FILES_PER_TASK = 500;

    private ShardJob() {
    }

    /**
     * Runs the job over {@code inputs} (Hadoop paths or URIs) into the new folder {@code outDir}.
     *
     * @param partitions tasks, or 0 for three per core (more when there are many inputs)
     * @throws IllegalArgumentException if {@code outDir} exists and is not empty
     */
    static JobResult run(SparkSession spark, List<String> inputs, String outDir, JobSettings settings, int partitions)
            throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(outDir);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IllegalArgumentException(outDir + " exists and is not empty; give a new folder for the output");
        }
        Path shards = new Path(out, SHARDS);
        fs.mkdirs(shards);
        List<InputFile> files = InputListing.list(inputs, settings.reader(), conf);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions > 0 ? partitions : defaultPartitions(files.size(), jsc.defaultParallelism());
        JavaRDD<ArticleRow> rows = jsc.parallelize(files, Math.max(1, Math.min(slices, files.size())))
                .mapPartitions(new PartitionTask(settings, new HadoopConf(conf), fs.makeQualified(shards).toString()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        RemoteStore remote = settings.store() == null ? null
                : RemoteStore.open(RemoteConfig.fromEnvironment(settings.store(), System.getenv()));
        try {
            if (remote != null) {
                remote.startIngestRun();
            }
            Set<String> lost = supersede(rows, shards, conf, remote); // the first action: runs the tasks
            Broadcast<Set<String>> lostKeys = jsc.broadcast(lost);
            JavaRDD<ArticleRow> summary = rows.map(r -> lostKeys.value().contains(key(r)) ? r.superseded() : r);
            JobResult result = summary.map(JobResult::of).fold(JobResult.none(), JobResult::plus);
            summary.map(ArticleRow::toJson).saveAsTextFile(new Path(out, SUMMARY).toString());
            fs.delete(new Path(shards, ShardWriter.ATTEMPTS), true);
            if (remote != null) {
                // once over the union, as after an ingest
                remote.linkIdentities();
                remote.linkEvents();
                remote.finishIngestRun(result.line());
            }
            return result;
        } finally {
            rows.unpersist(false);
            if (remote != null) {
                remote.close();
            }
        }
    }

    static int defaultPartitions(int files, int cores) {
        return Math.max(cores * 3, (files + FILES_PER_TASK - 1) / FILES_PER_TASK);
    }

    /**
     * Drops the superseded copies of ids stored more than once from their shards, and puts the winners into
     * the remote store again (if there is one: the tasks' PUTs landed in any order); returns the losers' keys.
     */
    private static Set<String> supersede(JavaRDD<ArticleRow> rows, Path shards, Configuration conf,
                                         RemoteStore remote) throws IOException {
        JavaRDD<ArticleRow> stored = rows.filter(ArticleRow::isStored);
        Set<String> twice = new HashSet<>(stored.mapToPair(r -> new Tuple2<>(r.id(), 1))
                .reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys().collect());
        Set<String> lost = new HashSet<>();
        if (twice.isEmpty()) {
            return lost;
        }
        List<ArticleRow> same = stored.filter(r -> twice.contains(r.id())).collect();
        List<ArticleRow> losers = Superseded.losers(same);
        Set<String> shardNames = new HashSet<>();
        losers.forEach(l -> {
            shardNames.add(l.shard());
            lost.add(key(l));
        });
        if (remote != null) {
            List<ArticleRow> winners = same.stream().filter(r -> !lost.contains(key(r))).toList();
            Set<String> winnerShards = new HashSet<>();
            winners.forEach(w -> winnerShards.add(w.shard()));
            RemoteWinners.put(remote, Superseded.lines(winners,
                    stored.filter(r -> winnerShards.contains(r.shard())).collect(), shards, conf));
        }
        Superseded.drop(losers, stored.filter(r -> shardNames.contains(r.shard())).collect(), shards, conf);
        return lost;
    }

    private static String key(ArticleRow r) {
        return r.order() + ":" + r.record();
    }
}
