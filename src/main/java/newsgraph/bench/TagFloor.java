package newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import newsgraph.nlp.NlpModels;

/**
 * The floor an ingest is measured against: stock OpenNLP sentence splitting, tokenizing and POS
 * tagging alone ({@link SentenceDetectorME}, {@link TokenizerME}, {@link POSTaggerME} with the model's
 * beam, no caches) over texts already in memory, with the same number of threads, each with its own
 * tools over the shared models.
 */
public final class TagFloor {
    private TagFloor() {
    }

    /** @param nanos wall time; @param tokens tokens tagged */
    public record Result(long nanos, long tokens) {
    }

    /** One thread's stock OpenNLP tools. */
    static final class Tools {
        private final SentenceDetectorME sentences;
        private final TokenizerME tokenizer;
        private final POSTaggerME tagger;

        Tools(NlpModels models) {
            sentences = new SentenceDetectorME(models.sentences());
            tokenizer = new TokenizerME(models.tokens());
            tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
        }

        /** Splits, tokenizes and tags {@code text}; the number of tokens. */
        int tokenizeAndTag(String text) {
            int n = 0;
            for (Span s : sentences.sentPosDetect(text)) {
                String[] words = tokenizer.tokenize(s.getCoveredText(text).toString());
                tagger.tag(words);
                n += words.length;
            }
            return n;
        }
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
                    Tools nlp = new Tools(models);
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
