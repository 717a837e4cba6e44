package newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The process's peak resident set size (Linux's {@code /proc/self/status}) and CPU time. */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** VmHWM in bytes, or empty where /proc is not there. */
    public static OptionalLong peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    // "VmHWM:   123456 kB"
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report nothing rather than guess
        }
        return OptionalLong.empty();
    }

    /** CPU time of the whole process so far (all threads, user and system), in nanoseconds; -1 if unknown. */
    public static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The garbage collectors in use, e.g. "PS Scavenge + PS MarkSweep". */
    public static String collectors() {
        return String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    /**
     * The resident set now, split as Linux counts it: {@code [RssAnon, RssFile]} in bytes (heap and
     * other private memory; pages of memory-mapped files, such as the store's), or empty.
     */
    public static java.util.Optional<long[]> rssAnonAndFile() {
        try {
            long anon = -1;
            long file = -1;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("RssAnon:")) {
                    anon = kilobytes(line.substring(8)) * 1024;
                } else if (line.startsWith("RssFile:")) {
                    file = kilobytes(line.substring(8)) * 1024;
                }
            }
            return anon < 0 || file < 0 ? java.util.Optional.empty() : java.util.Optional.of(new long[]{anon, file});
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static long kilobytes(String value) {
        return Long.parseLong(value.trim().split("\\s+")[0]);
    }
}
