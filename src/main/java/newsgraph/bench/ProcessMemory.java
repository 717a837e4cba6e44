package newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The process's peak resident set size, from Linux's {@code /proc/self/status}. */
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
}
