package newsgraph.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import newsgraph.store.GraphStore;

/**
 * {@code newsgraph serve --allow-update} over a new TDB2 store, in a process of its own: Fuseki's Jetty 12
 * wants Servlet 6, Spark 4 Servlet 5, so the two cannot share a JVM. Used as the remote SPARQL store of the
 * benchmark and the tests; needs the CLI's jar ({@code target/newsgraph.jar}, made by {@code mvn install}).
 */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final String url;

    private ServeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** The CLI's jar in the project folder, if built. */
    static Path jar(Path projectRoot) {
        return projectRoot.resolve("target/newsgraph.jar");
    }

    /** Serves a new, empty store made in {@code storeDir} ({@code serve} opens existing stores only). */
    static ServeProcess start(Path jar, Path storeDir) throws IOException {
        GraphStore.open(storeDir).closeAndRelease(); // and this JVM lets go of it: one process per store
        Process p = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "serve", "--allow-update", "--port", "0",
                "--store", storeDir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        // "newsgraph serve: web app http://...:PORT/, SPARQL endpoint http://...:PORT/newsgraph ..."
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            said.append(line).append(' ');
            int at = line.indexOf("SPARQL endpoint ");
            if (at >= 0) {
                String url = line.substring(at + 16).split("\\s")[0];
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the server was stopped
                    }
                }, "newsgraph-serve-output");
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(p, url);
            }
        }
        p.destroyForcibly();
        throw new IOException("newsgraph serve did not start (" + jar + "): " + said.toString().strip());
    }

    String url() {
        return url;
    }

    /** CPU time the server has used so far, seconds. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static boolean available(Path jar) {
        return Files.isRegularFile(jar);
    }
}
