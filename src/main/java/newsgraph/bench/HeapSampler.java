package newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Polls the used heap on its own thread and keeps the highest value seen. */
public final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
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
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
    }
}
