package newsgraph.spark;

import java.nio.file.Path;

/** The project folder on this machine: {@code -Dnewsgraph.home} (the launcher sets it), else the folder above. */
final class LocalPaths {
    private LocalPaths() {
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("newsgraph.home", "..")).toAbsolutePath().normalize();
    }
}
