package newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputReaders;

/**
 * The benchmark's input files: a folder, or a {@code .tar.gz} unpacked into a temporary folder that
 * {@link #close()} removes.
 */
public final class Corpus implements AutoCloseable {
    private final List<Path> files;
    private final Path unpacked;

    private Corpus(List<Path> files, Path unpacked) {
        this.files = files;
        this.unpacked = unpacked;
    }

    /** The sorted input files of {@code path} (any format), the first {@code limit} of them if limit > 0. */
    public static Corpus open(Path path, int limit) throws IOException, BadInputException, InterruptedException {
        Path unpacked = null;
        Path root = path;
        if (isTarGz(path)) {
            unpacked = Files.createTempDirectory("newsgraph-corpus-");
            untar(path, unpacked);
            root = unpacked;
        }
        try {
            List<Path> all = ArticleReader.listInputs(root, new InputReaders()::wants);
            return new Corpus(limit > 0 && all.size() > limit ? List.copyOf(all.subList(0, limit)) : all, unpacked);
        } catch (BadInputException | RuntimeException e) {
            Folders.delete(unpacked);
            throw e;
        }
    }

    public List<Path> files() {
        return files;
    }

    @Override
    public void close() {
        Folders.delete(unpacked);
    }

    static boolean isTarGz(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".tar.gz") || name.endsWith(".tgz"));
    }

    // the JDK reads gzip but not tar; the system tar is on every machine this benchmark runs on
    private static void untar(Path archive, Path into) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            Folders.delete(into);
            throw new IOException("cannot unpack " + archive + (output.isEmpty() ? "" : ": " + output));
        }
    }
}
