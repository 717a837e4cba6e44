package newsgraph.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One line per request: time, client, method, path (and query string, cut short), status, duration.
 * Fuseki's own two-line action log is silenced in favour of this one.
 */
final class RequestLog implements Filter {
    static final int MAX_TARGET = 160;

    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            if (req instanceof HttpServletRequest http && resp instanceof HttpServletResponse r) {
                out.println(line(Instant.now(), http.getRemoteAddr(), http.getMethod(), target(http), r.getStatus(),
                        (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    static String line(Instant when, String client, String method, String target, int status, long millis) {
        return when.truncatedTo(ChronoUnit.MILLIS) + " " + client + " " + method + " " + target + " " + status
                + " " + millis + " ms";
    }

    private static String target(HttpServletRequest http) {
        String q = http.getQueryString();
        String t = http.getRequestURI() + (q == null ? "" : "?" + q);
        t = t.replaceAll("\\s+", " ");
        return t.length() <= MAX_TARGET ? t : t.substring(0, MAX_TARGET - 3) + "...";
    }
}
