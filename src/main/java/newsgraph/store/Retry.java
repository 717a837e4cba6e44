package newsgraph.store;

import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Retries a request to a remote store: connection errors (refused, reset, timed out) and answers 5xx,
 * 408 and 429 are tried again after a delay that doubles from {@code firstMillis} up to {@code maxMillis},
 * {@code attempts} times in all. Every request the store client retries is idempotent (a PUT, a DELETE, a
 * query, an update that deletes and inserts what a second run would find done), so a request that did
 * reach the store before its answer was lost does no harm when repeated. Any other failure (401, 403,
 * 404, 400) is not retried: it becomes one clear line ({@link RemoteFailure}).
 */
public record Retry(int attempts, long firstMillis, long maxMillis) {
    /** About a minute of trying in all: long enough for a store to restart. */
    public static final Retry DEFAULT = new Retry(8, 500, 30_000);

    public Retry {
        if (attempts < 1 || firstMillis < 0 || maxMillis < firstMillis) {
            throw new GraphStore.StoreException(RemoteConfig.RETRIES + " wants a number of at least 1", null);
        }
    }

    Retry withAttempts(int n) {
        return new Retry(n, firstMillis, maxMillis);
    }

    /** Runs {@code request} ({@code what} says what it does, for messages) until it succeeds or may not be retried. */
    <T> T call(String what, String url, Supplier<T> request) {
        long delay = firstMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (!retryable(e) || attempt >= attempts) {
                    throw RemoteFailure.of(what, url, e, attempt);
                }
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GraphStore.StoreException(what + " at " + url + ": interrupted", e);
            }
            delay = Math.min(maxMillis, delay * 2);
        }
    }

    /** As {@link #call} for a request that answers nothing. */
    void run(String what, String url, Runnable request) {
        call(what, url, () -> {
            request.run();
            return null;
        });
    }

    static boolean retryable(Throwable e) {
        int status = RemoteFailure.status(e);
        if (status > 0) {
            return status >= 500 || status == 408 || status == 429;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof HttpTimeoutException) {
                return true; // refused, reset, closed, timed out: the store may be restarting
            }
        }
        return e instanceof HttpException || e instanceof QueryExceptionHTTP; // no status: no answer came
    }
}
