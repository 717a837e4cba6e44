package newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import newsgraph.pipeline.IngestParts;

/**
 * The models, gazetteer and lexicon of one executor JVM, loaded by its first task and shared by every
 * task it runs after (loading takes seconds and a few hundred megabytes; the parts are read-only and
 * thread-safe). The converters built on them hold OpenNLP's {@code *ME} objects, which are not: each
 * task makes its own ({@link IngestParts#newConverter()}), and a task runs on one thread.
 *
 * <p>The holder lives here, in the job, not in the extraction classes: the single-process ingest loads
 * its parts itself and passes them down.
 */
final class ExecutorParts {
    /** By name-finder model URI ("" for the shipped one): a long-lived executor may run jobs with either. */
    private static final Map<String, IngestParts> LOADED = new HashMap<>();

    private ExecutorParts() {
    }

    static synchronized IngestParts get(String nerModel, Configuration conf) {
        String key = nerModel == null ? "" : nerModel;
        IngestParts parts = LOADED.get(key);
        if (parts == null) {
            parts = IngestParts.load(nerModel == null ? null : localCopy(nerModel, conf));
            LOADED.put(key, parts);
        }
        return parts;
    }

    /** The model file on this executor's disk: OpenNLP reads a local file, the model may be on HDFS or S3. */
    private static java.nio.file.Path localCopy(String uri, Configuration conf) {
        try {
            Path source = new Path(uri);
            java.nio.file.Path dir = Files.createTempDirectory("newsgraph-model-");
            java.nio.file.Path local = dir.resolve(source.getName());
            source.getFileSystem(conf).copyToLocalFile(false, source, new Path(local.toUri()), true);
            local.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch the name-finder model " + uri + ": " + e.getMessage(), e);
        }
    }
}
