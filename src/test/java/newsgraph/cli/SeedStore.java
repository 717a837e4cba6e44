package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

import newsgraph.nlp.NlpModels;

/** A store of the five seed articles, ingested once per test run through the command line, for tests elsewhere. */
public final class SeedStore {
    private static Path store;

    private SeedStore() {
    }

    public static synchronized Path path() {
        Assumptions.assumeTrue(SeedStore.class.getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-seeds-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path s = dir.resolve("store");
                MainTest.Outcome o = MainTest.run("ingest", "--quiet", "--store", s.toString(), "seeds");
                assertEquals(0, o.code(), o.err());
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
