package newsgraph.cli;

import java.nio.file.Path;

/**
 * The project folder: {@code -Dnewsgraph.home} (set by the launcher), else $NEWSGRAPH_HOME, else the
 * working directory. Default paths inside the project resolve against it, so the launcher works from
 * any directory.
 */
final class ProjectHome {
    private ProjectHome() {
    }

    static Path dir() {
        String home = System.getProperty("newsgraph.home", System.getenv("NEWSGRAPH_HOME"));
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    static Path resolve(String relative) {
        return dir().resolve(relative).normalize();
    }
}
