package newsgraph.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * An input file as a local path, which is what newsgraph's readers take: a {@code file:} URI as it is,
 * anything else (HDFS, S3A, ...) copied into a temporary folder of the executor under its own name (the
 * name is part of the article's id and its {@code ng:sourceFile}), removed again by {@link #close()}.
 * A dump is copied whole before it is read, so the executor's local disk must hold its largest input.
 */
final class LocalInput implements AutoCloseable {
    private final java.nio.file.Path path;
    private final java.nio.file.Path tempDir;

    private LocalInput(java.nio.file.Path path, java.nio.file.Path tempDir) {
        this.path = path;
        this.tempDir = tempDir;
    }

    static LocalInput of(String uri, Configuration conf) throws IOException {
        Path source = new Path(uri);
        URI u = source.toUri();
        if (u.getScheme() == null || u.getScheme().equals("file")) {
            return new LocalInput(java.nio.file.Path.of(u.getPath()), null);
        }
        java.nio.file.Path dir = Files.createTempDirectory("newsgraph-input-");
        java.nio.file.Path local = dir.resolve(source.getName());
        try {
            source.getFileSystem(conf).copyToLocalFile(false, source, new Path(local.toUri()), true);
        } catch (IOException | RuntimeException e) {
            delete(dir, local);
            throw e;
        }
        return new LocalInput(local, dir);
    }

    java.nio.file.Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (tempDir != null) {
            delete(tempDir, path);
        }
    }

    private static void delete(java.nio.file.Path dir, java.nio.file.Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
