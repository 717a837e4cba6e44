package newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Polls the used heap (and, every few polls, the resident set split into anonymous and file-backed
 * memory) on its own thread and keeps the highest values seen.
 */
public final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private static final int RSS_EVERY = 5;

    private volatile long peak;
    private volatile long peakAnon = -1;
    private volatile long peakFile = -1;
    private int polls;
    private volatile boolean running = true;

    private HeapSampler() {
        thread = new Thread(this::poll, "newsgraph-heap-sampler");
        thread.setDaemon(true);
    }

    public static HeapSampler start() {
        HeapSampler s = new HeapSampler();
        s.sample();
        s.thread.start();
        return s;
    }

    /** Highest resident anonymous memory seen (heap, metaspace, stacks...), in bytes; -1 if unknown. */
    public long peakRssAnonBytes() {
        return peakAnon;
    }

    /** Highest resident file-backed memory seen (the store's mapped files, the jar...), in bytes; -1 if unknown. */
    public long peakRssFileBytes() {
        return peakFile;
    }

    /** Highest used heap seen so far, in bytes. */
    public long peakBytes() {
        return peak;
    }

    private void poll() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
        if (polls++ % RSS_EVERY == 0) {
            ProcessMemory.rssAnonAndFile().ifPresent(r -> {
                peakAnon = Math.max(peakAnon, r[0]);
                peakFile = Math.max(peakFile, r[1]);
            });
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
    }
}
