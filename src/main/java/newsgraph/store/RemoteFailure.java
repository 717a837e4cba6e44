package newsgraph.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** One clear line for a request to a remote store that failed for good. */
final class RemoteFailure {
    private RemoteFailure() {
    }

    /** The HTTP status of a failed request, or 0 if no answer came (a connection error). */
    static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
                return q.getStatusCode();
            }
        }
        return 0;
    }

    static GraphStore.StoreException of(String what, String url, RuntimeException e, int attempts) {
        int status = status(e);
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        String why = switch (status) {
            case 0 -> "cannot reach the store: " + cause(e) + tries;
            case 401 -> "401 Unauthorized: the store wants credentials, or refused the ones given; set "
                    + RemoteConfig.USER + " and " + RemoteConfig.PASSWORD + ", or " + RemoteConfig.CREDENTIALS
                    + "=FILE (one line user:password)";
            case 403 -> "403 Forbidden: the store refused this request to the user given (can it write? is the"
                    + " endpoint read-only?)";
            case 404 -> "404 Not Found: no SPARQL dataset there; give the dataset URL (Fuseki:"
                    + " http://HOST:3030/NAME)";
            default -> status + " " + message(e) + tries;
        };
        return new GraphStore.StoreException(what + " at " + url + ": " + why, e);
    }

    private static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (root instanceof java.net.ConnectException || root instanceof java.nio.channels.ClosedChannelException) {
            return "connection refused or closed (is the store running? is the URL right?)";
        }
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + message(root) + ")");
    }
}
