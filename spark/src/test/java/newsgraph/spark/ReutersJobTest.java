package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.bench.Corpus;

/**
 * The acceptance test: the job in {@code local[2]} over the seeds and the first 500 Reuters-21578
 * articles, its shards loaded with {@code newsgraph load}, gives the sorted N-Quads of a
 * {@code newsgraph ingest} of the same files. The corpus is the shared one beside the project
 * ({@code ../shared/corpus/reuters21578.tar.gz}); without it the test is skipped.
 */
class ReutersJobTest {
    static final int ARTICLES = 500;

    @TempDir
    Path tmp;

    @Test
    void sparkAndLoadEqualIngestOnSeedsAnd500Reuters() throws Exception {
        Path root = LocalSpark.projectRoot();
        Path tar = root.resolve("../shared/corpus/reuters21578.tar.gz").normalize();
        assumeTrue(Files.isRegularFile(tar), "skipped: no Reuters corpus at " + tar + " (the shared evaluation folder)");
        Path reuters = Files.createDirectories(tmp.resolve("reuters"));
        try (Corpus corpus = Corpus.open(tar, ARTICLES)) {
            for (Path f : corpus.files()) {
                Files.copy(f, reuters.resolve(f.getFileName()));
            }
        }
        List<Path> inputs = List.of(root.resolve("seeds"), reuters);

        LocalSpark.ingest(inputs, tmp.resolve("ingested"));
        JobResult r = LocalSpark.sparkAndLoad(inputs, tmp.resolve("job"), tmp.resolve("loaded"));

        List<String> expected = LocalSpark.sortedQuads(tmp.resolve("ingested"));
        ShardJobTest.assertSameLines(expected, LocalSpark.sortedQuads(tmp.resolve("loaded")));
        assertEquals(ARTICLES + 5, r.stored() + r.failed(), "every input has its summary row");
    }
}
