package newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.BadInputException;
import newsgraph.ingest.InputReader;
import newsgraph.ingest.InputReaders;
import newsgraph.nlp.NlpModels;
import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.rdf.RdfMapper;
import newsgraph.store.GraphStore;

class IngestPipelineTest {
    @TempDir
    Path tmp;

    /** Records what the pipeline reports, as the writer thread reports it. */
    static class Recorder implements IngestListener {
        final List<String> stored = Collections.synchronizedList(new ArrayList<>());
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());
        volatile IngestResult result;

        @Override
        public void stored(ArticleSummary article) {
            stored.add(article.id());
        }

        @Override
        public void failed(BadInputException error) {
            failed.add(error.getMessage());
        }

        @Override
        public void finished(IngestResult r) {
            result = r;
        }
    }

    /** A stand-in for OpenNLP and extraction: the article's text as one triple, after a random pause. */
    static ConvertedArticle convertSimply(Article a, StageClock clock) throws InterruptedException {
        long t0 = System.nanoTime();
        Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // finish out of input order
        Model m = RdfMapper.newModel();
        m.createResource(IriMinter.article(a.id())).addProperty(NG.text, a.text());
        clock.add(Stage.NLP, System.nanoTime() - t0);
        return new ConvertedArticle(new ArticleSummary(a.id(), a.source(), 0, 0, 0, 0, m.size(),
                Words.count(a.text())), m);
    }

    private Path article(String relative, String sentence) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "The foreign minister said on Monday that the talks in Geneva would continue. "
                + sentence + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static String storedText(GraphStore store, String id) {
        return Txn.calculateRead(store.dataset(), () -> {
            Model g = store.dataset().getNamedModel(IriMinter.graph(id));
            var it = g.listObjectsOfProperty(NG.text);
            return it.hasNext() ? it.next().asLiteral().getString() : null;
        });
    }

    @Test
    void laterFileWithTheSameIdWinsWhateverTheThreadTiming() throws Exception {
        for (int i = 0; i < 30; i++) {
            article(String.format("a/%02d.txt", i), "Version one of article " + i + ".");
        }
        // b/ sorts after a/: its files replace a/'s, some inside the same batch, some in a later one
        for (int i = 0; i < 30; i += 3) {
            article(String.format("b/%02d.txt", i), "Version two of article " + i + ".");
        }
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> IngestPipelineTest::convertSimply, 4, rec,
                    new ArticleReader(), 7, 1_000).run(List.of(tmp.resolve("a"), tmp.resolve("b")), store);
            assertEquals(40, r.articles());
            assertEquals(0, r.failed());
            assertEquals(30, store.graphNames().size());
            for (int i = 0; i < 30; i++) {
                String id = String.format("%02d", i);
                String expected = (i % 3 == 0 ? "Version two" : "Version one") + " of article " + i + ".";
                assertTrue(storedText(store, id).endsWith(expected), id + ": " + storedText(store, id));
            }
        }
        List<String> expectedOrder = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expectedOrder.add(String.format("%02d", i));
        }
        for (int i = 0; i < 30; i += 3) {
            expectedOrder.add(String.format("%02d", i));
        }
        assertEquals(expectedOrder, rec.stored, "one line per article, in input order");
        assertEquals(rec.result.articles(), 40);
    }

    @Test
    void aFailingArticleCostsOnlyItself() throws Exception {
        article("in/1.txt", "Nothing unusual here.");
        article("in/2.txt", "This one makes the extractor throw.");
        article("in/3.txt", "Nothing unusual here either.");
        Files.write(tmp.resolve("in/4.txt"), new byte[0]);
        Files.write(tmp.resolve("in/5.txt"), new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b', '\n'});
        Path missing = tmp.resolve("missing");
        ArticleConverter flaky = (a, clock) -> {
            if (a.text().contains("throw")) {
                throw new IllegalStateException("extractor broke\non two lines");
            }
            return convertSimply(a, clock);
        };
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> flaky, 2, rec).run(List.of(tmp.resolve("in"), missing), store);
            assertEquals(2, r.articles());
            assertEquals(4, r.failed());
            assertTrue(r.hasFailures());
            assertEquals(List.of(IriMinter.graph("1"), IriMinter.graph("3")),
                    store.graphNames().stream().sorted().toList());
        }
        assertEquals(4, rec.failed.size(), rec.failed.toString());
        assertTrue(rec.failed.get(0).startsWith(tmp.resolve("in/2.txt") + ": "), rec.failed.get(0));
        assertTrue(rec.failed.get(0).contains("extractor broke"), rec.failed.get(0));
        assertTrue(rec.failed.get(1).startsWith(tmp.resolve("in/4.txt") + ": "), rec.failed.get(1));
        assertTrue(rec.failed.get(2).startsWith(tmp.resolve("in/5.txt") + ": "), rec.failed.get(2));
        assertTrue(rec.failed.get(3).startsWith(missing + ": "), rec.failed.get(3));
        rec.failed.forEach(line -> assertFalse(line.contains("\n"), "one line: " + line));
    }

    @Test
    void anArticleOverTheTimeLimitIsAbandonedAndTheRestStored() throws Exception {
        article("slow/1.txt", "Nothing unusual here.");
        article("slow/2.txt", "This one never ends.");
        article("slow/3.txt", "Nothing unusual here either.");
        AtomicBoolean interrupted = new AtomicBoolean();
        ArticleConverter stalling = (a, clock) -> {
            if (a.text().contains("never ends")) {
                try {
                    Thread.sleep(Long.MAX_VALUE); // a stand-in for a runaway article
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw e;
                }
            }
            return convertSimply(a, clock);
        };
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> stalling, 2, rec, new ArticleReader(), 10, 1_000,
                    Duration.ofSeconds(1)).run(List.of(tmp.resolve("slow")), store);
            assertEquals(2, r.articles(), rec.failed.toString());
            assertEquals(1, r.failed());
            assertEquals(List.of(IriMinter.graph("1"), IriMinter.graph("3")),
                    store.graphNames().stream().sorted().toList());
        }
        assertEquals(1, rec.failed.size());
        assertTrue(rec.failed.get(0).startsWith(tmp.resolve("slow/2.txt") + ": abandoned after 1 s"), rec.failed.get(0));
        assertTrue(rec.failed.get(0).contains("--article-timeout"), rec.failed.get(0));
        assertTrue(interrupted.get(), "the worker is told to stop");
    }

    @Test
    void memoryStaysBoundedWhenTheWriterIsSlow() throws Exception {
        for (int i = 0; i < 200; i++) {
            article(String.format("many/%03d.txt", i), "Article number " + i + ".");
        }
        assertTrue(maxInFlightWithASlowWriter(tmp.resolve("many"), new ArticleReader()) <= 25);
    }

    @Test
    void aDumpStreamsThroughTheSameBoundedQueue() throws Exception {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            dump.append("{\"id\": \"d").append(i).append("\", \"text\": \"The minister said on Monday that talks"
                    + " would continue. Article number ").append(i).append(".\"}\n");
        }
        Path file = Files.writeString(tmp.resolve("dump.jsonl"), dump, StandardCharsets.UTF_8);
        assertTrue(maxInFlightWithASlowWriter(file, new InputReaders()) <= 25);

        List<Integer> totals = Collections.synchronizedList(new ArrayList<>());
        java.util.Set<Integer> dones = Collections.synchronizedSet(new java.util.TreeSet<>());
        IngestListener progress = new IngestListener() {
            @Override
            public void progress(int done, int total, long elapsedNanos) {
                totals.add(total);
                dones.add(done);
            }
        };
        try (GraphStore store = GraphStore.open(tmp.resolve("store2"))) {
            new IngestPipeline(() -> IngestPipelineTest::convertSimply, 2, progress).run(List.of(file), store);
        }
        // every article reports its progress (a slow machine may add redraws while the writer waits)
        assertTrue(dones.containsAll(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList()), dones.toString());
        // unknown (-1) while the dump is being read, then all of it: never the one file listed
        assertTrue(totals.stream().allMatch(t -> t == -1 || t == 200), totals.toString());
    }

    /** Articles converted but not yet stored, at the most, when the writer is slow and batches are small. */
    private int maxInFlightWithASlowWriter(Path input, InputReader reader) throws Exception {
        AtomicInteger converted = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        IngestListener slowWriter = new IngestListener() {
            @Override
            public void stored(ArticleSummary article) {
                stored.incrementAndGet();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ArticleConverter counting = (a, clock) -> {
            ConvertedArticle c = convertSimply(a, clock);
            int inFlight = converted.incrementAndGet() - stored.get();
            maxInFlight.accumulateAndGet(inFlight, Math::max);
            return c;
        };
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> counting, 2, slowWriter, reader, 10, 1_000)
                    .run(List.of(input), store);
            assertEquals(200, r.articles());
        }
        // the bounded queue (8 futures) + one batch (10) + what the workers and the writer hold
        return maxInFlight.get();
    }

    /** Counts the commits of a run: the articles of a batch are reported stored together, after its commit. */
    static final class CommitCounter extends Recorder {
        final AtomicInteger commits = new AtomicInteger();
        private boolean inCommit;

        @Override
        public void stored(ArticleSummary article) {
            if (!inCommit) {
                commits.incrementAndGet();
                inCommit = true;
            }
            super.stored(article);
        }

        @Override
        public void progress(int done, int total, long elapsedNanos) {
            inCommit = false;
        }
    }

    @Test
    void aLongRunCommitsByWorkDoneNotByTime() throws Exception {
        for (int i = 0; i < 300; i++) {
            article(String.format("long/%03d.txt", i), "Article number " + i + ".");
        }
        // no time to wait for at all: every article would be a commit if time alone decided
        CommitPolicy policy = new CommitPolicy(10_000, 1_000_000, 0, 0.1);
        CommitCounter rec = new CommitCounter();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> IngestPipelineTest::convertSimply, 2, rec, new ArticleReader(),
                    policy, Duration.ZERO).run(List.of(tmp.resolve("long")), store);
            assertEquals(300, r.articles());
            assertEquals(300, store.graphNames().size());
        }
        // one triple an article: ten batches of one, then each a tenth of the run so far (about 44 in all)
        assertTrue(rec.commits.get() > 20 && rec.commits.get() < 60, rec.commits.get() + " commits");
    }

    @Test
    void aStalledArticleDoesNotHoldBackTheCommitOfThoseBeforeIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            article("stall/a" + i + ".txt", "Article number " + i + ".");
        }
        article("stall/b.txt", "The slow one.");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ArticleConverter stalling = (a, clock) -> {
            if (a.id().equals("b")) {
                release.await();
            }
            return convertSimply(a, clock);
        };
        // batches never full and never a due share: only idleness can commit before the end
        CommitPolicy policy = new CommitPolicy(10_000, 1_000_000, 200_000_000L, 1e9);
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Thread run = new Thread(() -> {
                try {
                    new IngestPipeline(() -> stalling, 2, rec, new ArticleReader(), policy, Duration.ZERO)
                            .run(List.of(tmp.resolve("stall")), store);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run.start();
            try {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (rec.stored.size() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(5, rec.stored.size(), "the five before the stalled one are committed while it stalls");
            } finally {
                release.countDown();
                run.join(20_000);
            }
            assertEquals(6, rec.stored.size());
        }
    }

    @Test
    void stageTimesAndTotalsAreReported() throws Exception {
        article("t/x.txt", "One more sentence.");
        article("t/y.txt", "And another one.");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(() -> IngestPipelineTest::convertSimply, 1, IngestListener.SILENT)
                    .run(List.of(tmp.resolve("t")), store);
            assertTrue(r.stages().read() > 0 && r.stages().nlp() > 0 && r.stages().store() > 0, r.toString());
            assertEquals(r.stages().total(), r.stages().read() + r.stages().nlp() + r.stages().extract()
                    + r.stages().rdf() + r.stages().store());
            assertEquals(2, r.triples());
            assertTrue(r.words() >= 2 * 15, r.toString());
            assertTrue(r.wallNanos() > 0);
            assertEquals(2, store.quadCount());
        }
    }

    @Test
    void seedsThroughTheRealPipeline() throws Exception {
        Assumptions.assumeTrue(getClass().getClassLoader().getResource(NlpModels.NER) != null,
                "the name-finder model " + NlpModels.NER + " is not built yet");
        IngestParts parts = IngestParts.load(null);
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            IngestResult r = new IngestPipeline(parts::newConverter, 2, rec).run(List.of(Path.of("seeds")), store);
            assertEquals(5, r.articles(), rec.failed.toString());
            assertEquals(0, r.failed());
            assertEquals(5, store.graphNames().size());
            assertTrue(r.actors() > 0 && r.countries() > 0, r.line());
            StageTimes t = r.stages();
            assertTrue(t.read() > 0 && t.nlp() > 0 && t.extract() > 0 && t.rdf() > 0 && t.store() > 0, t.toString());
            assertEquals(r.triples(), store.quadCount());
        }
    }
}
