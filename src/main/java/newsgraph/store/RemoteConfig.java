package newsgraph.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to reach a remote SPARQL 1.1 store: its dataset URL (queries, updates and the Graph Store Protocol
 * all go there unless an endpoint is given apart, as some stores want), the credentials, how many
 * requests may be in flight at once, and how failed requests are retried. Credentials come from the
 * environment or a file, never from the command line (where other users of the machine can read them).
 *
 * @param connections PUTs in flight at once during an ingest
 */
public record RemoteConfig(String dataset, String queryUrl, String updateUrl, String gspUrl, String user,
                           String password, int connections, Retry retry) {
    public static final String USER = "NEWSGRAPH_STORE_USER";
    public static final String PASSWORD = "NEWSGRAPH_STORE_PASSWORD";
    public static final String CREDENTIALS = "NEWSGRAPH_STORE_CREDENTIALS";
    public static final String CONNECTIONS = "NEWSGRAPH_STORE_CONNECTIONS";
    public static final String RETRIES = "NEWSGRAPH_STORE_RETRIES";
    static final int DEFAULT_CONNECTIONS = 4;

    public RemoteConfig {
        if (connections < 1) {
            throw new GraphStore.StoreException(CONNECTIONS + " wants a number of at least 1", null);
        }
    }

    /** True if {@code location} names a remote store (an {@code http://} or {@code https://} URL). */
    public static boolean isRemote(String location) {
        String l = location.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** The store at {@code url}, without credentials, default limits and retries (tests). */
    public static RemoteConfig of(String url) {
        return new RemoteConfig(checked(url), url, url, url, null, null, DEFAULT_CONNECTIONS, Retry.DEFAULT);
    }

    /** The store at {@code url}, everything else from the environment {@code env} (see the README, Remote store). */
    public static RemoteConfig fromEnvironment(String url, Map<String, String> env) {
        String dataset = checked(url);
        String user = env.get(USER);
        String password = env.get(PASSWORD);
        String file = env.get(CREDENTIALS);
        if (file != null && !file.isBlank() && user == null) {
            String[] pair = readCredentials(Path.of(file));
            user = pair[0];
            password = pair[1];
        }
        if (user != null && password == null) {
            throw new GraphStore.StoreException(USER + " is set but " + PASSWORD + " is not", null);
        }
        return new RemoteConfig(dataset, env.getOrDefault("NEWSGRAPH_STORE_QUERY_URL", dataset),
                env.getOrDefault("NEWSGRAPH_STORE_UPDATE_URL", dataset), env.getOrDefault("NEWSGRAPH_STORE_GSP_URL", dataset),
                user, password, number(env, CONNECTIONS, DEFAULT_CONNECTIONS),
                Retry.DEFAULT.withAttempts(number(env, RETRIES, Retry.DEFAULT.attempts())));
    }

    /** The same store with another retry policy. */
    public RemoteConfig withRetry(Retry r) {
        return new RemoteConfig(dataset, queryUrl, updateUrl, gspUrl, user, password, connections, r);
    }

    /** The same store with credentials. */
    public RemoteConfig withCredentials(String u, String p) {
        return new RemoteConfig(dataset, queryUrl, updateUrl, gspUrl, u, p, connections, retry);
    }

    private static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new GraphStore.StoreException("not a store URL: " + url + " (" + e.getMessage() + ")", e);
        }
        if (uri.getHost() == null) {
            throw new GraphStore.StoreException("not a store URL: " + url + " (no host)", null);
        }
        if (uri.getUserInfo() != null) {
            throw new GraphStore.StoreException("give the store's credentials in " + USER + " and " + PASSWORD
                    + " (or a file named by " + CREDENTIALS + "), not in the URL", null);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A credentials file: one line {@code user:password}. */
    private static String[] readCredentials(Path file) {
        String line;
        try {
            line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("");
        } catch (IOException e) {
            throw new GraphStore.StoreException("cannot read the credentials file " + file + " (" + CREDENTIALS + "): "
                    + e.getMessage(), e);
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new GraphStore.StoreException("the credentials file " + file + " wants one line user:password", null);
        }
        return new String[]{line.substring(0, colon), line.substring(colon + 1)};
    }

    private static int number(Map<String, String> env, String name, int otherwise) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new GraphStore.StoreException(name + " wants a whole number, got '" + v + "'", e);
        }
    }

    @Override
    public String toString() {
        return dataset; // never the password
    }
}
