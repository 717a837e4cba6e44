package newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import newsgraph.nlp.NlpModels;
import newsgraph.nlp.NlpPipeline;

/**
 * The floor an ingest is measured against: OpenNLP sentence splitting, tokenizing and POS tagging
 * alone ({@link NlpPipeline#tokenizeAndTag}) over texts already in memory, with the same number of
 * threads, each with its own pipeline.
 */
public final class TagFloor {
    private TagFloor() {
    }

    /** @param nanos wall time; @param tokens tokens tagged */
    public record Result(long nanos, long tokens) {
    }

    public static Result run(NlpModels models, List<String> texts, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    NlpPipeline nlp = new NlpPipeline(models);
                    long n = 0;
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        n += nlp.tokenizeAndTag(texts.get(i));
                    }
                    tokens.addAndGet(n);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, "newsgraph-floor-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        long nanos = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("floor run failed: " + failure.get(), failure.get());
        }
        return new Result(nanos, tokens.get());
    }
}
