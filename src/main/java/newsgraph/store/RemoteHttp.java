package newsgraph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * The requests a remote store gets, through Jena's HTTP classes over one {@code java.net.http} client
 * (connections kept alive and shared by the threads): the Graph Store Protocol for whole graphs, the
 * SPARQL 1.1 Protocol for queries and updates. Each is retried as {@link Retry} says and, when it fails
 * for good, reported in one line.
 */
final class RemoteHttp {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final RemoteConfig config;
    private final HttpClient client;

    RemoteHttp(RemoteConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (config.user() != null) {
            // Jena answers the store's challenge (Basic or Digest) with these; they never appear in a URL
            for (String url : List.of(config.dataset(), config.queryUrl(), config.updateUrl(), config.gspUrl())) {
                AuthEnv.get().registerUsernamePassword(URI.create(url), config.user(), config.password());
            }
        }
    }

    RemoteConfig config() {
        return config;
    }

    /** Replaces the graph {@code name} with {@code graph} (one PUT: the store has the old graph or the new one). */
    void put(String name, Graph graph) {
        config.retry().run("storing " + name, config.gspUrl(), () -> GSP.service(config.gspUrl()).httpClient(client)
                .graphName(name).contentType(RDFFormat.NTRIPLES).PUT(graph));
    }

    /** The graph {@code name}, or null if the store has none by that name (404). */
    Graph get(String name) {
        return config.retry().call("reading " + name, config.gspUrl(), () -> {
            try {
                return GSP.service(config.gspUrl()).httpClient(client).graphName(name).GET();
            } catch (RuntimeException e) {
                if (RemoteFailure.status(e) == 404) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Deletes the graph {@code name}; false if the store had none by that name (404). */
    boolean delete(String name) {
        return config.retry().call("deleting " + name, config.gspUrl(), () -> {
            try {
                GSP.service(config.gspUrl()).httpClient(client).graphName(name).DELETE();
                return true;
            } catch (RuntimeException e) {
                if (RemoteFailure.status(e) == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Runs a SPARQL update ({@code what} says what for, in messages). */
    void update(String what, String sparqlUpdate) {
        config.retry().run(what, config.updateUrl(), () -> UpdateExecHTTP.service(config.updateUrl())
                .httpClient(client).update(sparqlUpdate).execute());
    }

    /** Runs a SELECT and reads its whole answer with {@code reader}; retried as a whole. */
    <T> T select(String what, String sparql, Function<RowSet, T> reader) {
        return config.retry().call(what, config.queryUrl(), () -> {
            try (var exec = QueryExecHTTP.service(config.queryUrl()).httpClient(client).query(sparql).build()) {
                return reader.apply(exec.select());
            }
        });
    }

    /** As {@link #select}, but not retried: {@code reader} writes what it reads as it goes (an export). */
    <T> T selectOnce(String what, String sparql, Function<RowSet, T> reader) {
        return config.retry().withAttempts(1).call(what, config.queryUrl(), () -> {
            try (var exec = QueryExecHTTP.service(config.queryUrl()).httpClient(client).query(sparql).build()) {
                return reader.apply(exec.select());
            }
        });
    }

    /**
     * Runs {@code query} and lets {@code action} read the answer as it streams in. Not retried: the
     * action may have written part of the answer already; a failure is reported in one line.
     */
    <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> action) {
        var builder = QueryExecutionHTTP.service(config.queryUrl()).httpClient(client).query(query);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = builder.build()) {
            return action.apply(qe);
        } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw RemoteFailure.of("querying", config.queryUrl(), e, 1);
        }
    }

    /** Fails in one line unless the dataset answers a query (a probe before any work). */
    void probe() {
        select("opening the store", "SELECT * WHERE { } LIMIT 1", rs -> {
            rs.forEachRemaining(b -> { });
            return null;
        });
    }

    static org.apache.jena.graph.Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
