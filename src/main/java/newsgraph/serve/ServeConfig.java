package newsgraph.serve;

import java.time.Duration;
import java.util.Objects;

import newsgraph.query.QueryCatalogue;

/**
 * How {@code newsgraph serve} runs: where it listens, how long a query may run, whether SPARQL Update
 * and Graph Store Protocol writes are allowed, and the catalogue the web app offers.
 *
 * @param bind address to listen on (127.0.0.1 unless the user asks otherwise)
 * @param port TCP port; 0 picks a free one
 */
public record ServeConfig(String bind, int port, Duration queryTimeout, boolean allowUpdate,
        QueryCatalogue catalogue) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The dataset's path on the server. */
    public static final String DATASET = "/newsgraph";

    public ServeConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(catalogue, "catalogue");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
