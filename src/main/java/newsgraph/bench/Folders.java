package newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

import newsgraph.store.DiskUsage;

/** Size and removal of folder trees (temporary stores and unpacked corpora). */
public final class Folders {
    private Folders() {
    }

    /** Sum of the sizes of the regular files under {@code dir}. */
    public static long size(Path dir) {
        return DiskUsage.apparent(dir);
    }

    /** Bytes actually allocated under {@code dir} ({@link DiskUsage#allocated}). */
    public static OptionalLong allocated(Path dir) {
        return DiskUsage.allocated(dir);
    }

    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
