package newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A real Fuseki server, in-process, over a TDB2 dataset in a folder, for the remote-store tests: it can
 * be stopped and started again on the same port, and a fault can be injected into the n-th PUT.
 */
public final class TestFuseki implements AutoCloseable {
    private final DatasetGraph dataset;
    private final Path passwords;
    private final AtomicInteger puts = new AtomicInteger();
    private volatile IntUnaryOperator fault = n -> 0;
    private volatile int restartAtPut = -1;
    private FusekiServer server;
    private int port;

    private TestFuseki(Path dir, Path passwords) {
        this.dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
        this.passwords = passwords;
    }

    /** A server over the TDB2 store in {@code dir}; with {@code passwords} (Jetty realm file) every request needs them. */
    public static TestFuseki start(Path dir, Path passwords) {
        TestFuseki f = new TestFuseki(dir, passwords);
        f.startServer(0);
        return f;
    }

    private synchronized void startServer(int onPort) {
        FusekiServer.Builder b = FusekiServer.create().port(onPort).loopback(true).add("/ds", dataset, true)
                .addFilter("/*", new Faults());
        if (passwords != null) {
            b.passwordFile(passwords.toString()).auth(AuthScheme.BASIC);
        }
        server = b.build().start();
        port = server.getHttpPort();
    }

    /** The dataset URL. */
    public String url() {
        return "http://localhost:" + port + "/ds";
    }

    public int port() {
        return port;
    }

    /** PUT requests seen so far. */
    public int puts() {
        return puts.get();
    }

    /** Answers the n-th PUT (counting from 1) with the status {@code fault} gives, or normally if it gives 0. */
    public void fault(IntUnaryOperator f) {
        fault = f;
    }

    /** When the n-th PUT arrives, the server is stopped and, {@code millis} later, started again on the same port. */
    public void restartAtPut(int n, long millis) {
        restartAtPut = n;
        pause = millis;
    }

    private volatile long pause;

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public void restart() {
        stop();
        startServer(port);
    }

    @Override
    public void close() {
        stop();
        TDBInternal.expel(dataset);
    }

    /** The dataset, for the test to read after the server is done. */
    public DatasetGraph dataset() {
        return dataset;
    }

    private final class Faults implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            if ("PUT".equals(((HttpServletRequest) req).getMethod())) {
                int n = puts.incrementAndGet();
                int status = fault.applyAsInt(n);
                if (status > 0) {
                    ((HttpServletResponse) resp).sendError(status);
                    return;
                }
                if (n == restartAtPut) {
                    Thread t = new Thread(() -> {
                        stop();
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        startServer(port);
                    }, "test-fuseki-restart");
                    t.start();
                    try {
                        t.join(100); // let the stop begin while this PUT is in progress
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            chain.doFilter(req, resp);
        }
    }
}
