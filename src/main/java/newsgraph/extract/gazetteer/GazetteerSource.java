package newsgraph.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the gazetteer's data files are read from: the classpath or a folder. */
interface GazetteerSource {
    Reader open(String name);

    /** Whether the optional file {@code name} is there. */
    boolean has(String name);

    /** The project's files on the classpath, under {@link Gazetteer#RESOURCE_DIR}. */
    static GazetteerSource classpath() {
        return new GazetteerSource() {
            @Override
            public Reader open(String name) {
                InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(Gazetteer.RESOURCE_DIR + name);
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource not on the classpath: "
                            + Gazetteer.RESOURCE_DIR + name);
                }
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public boolean has(String name) {
                return true; // the project ships every file
            }
        };
    }

    /** The files of a folder. */
    static GazetteerSource folder(Path dir) {
        return new GazetteerSource() {
            @Override
            public Reader open(String name) {
                try {
                    return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read gazetteer file " + dir.resolve(name), e);
                }
            }

            @Override
            public boolean has(String name) {
                return Files.isRegularFile(dir.resolve(name));
            }
        };
    }
}
