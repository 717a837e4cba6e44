package newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Disk taken by a folder tree: TDB2 pre-sizes its files sparsely, so their length says little. */
public final class DiskUsage {
    private DiskUsage() {
    }

    /** Sum of the lengths of the regular files under {@code dir}. */
    public static long apparent(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes actually allocated under {@code dir}, from {@code du}; empty where du cannot be run. */
    public static OptionalLong allocated(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(output.split("\\s+")[0]) * 1024);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
