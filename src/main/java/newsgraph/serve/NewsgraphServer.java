package newsgraph.serve;

import java.io.PrintStream;
import java.net.BindException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Apache Jena Fuseki, embedded, over the store: the dataset {@link ServeConfig#DATASET} (SPARQL Query
 * and Graph Store Protocol reads; updates and GSP writes only with {@code allowUpdate}), the web app at
 * {@code /}, and one log line per request.
 */
public final class NewsgraphServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final ServeConfig config;

    private NewsgraphServer(FusekiServer fuseki, ServeConfig config) {
        this.fuseki = fuseki;
        this.config = config;
    }

    /** Builds and starts the server; the request log goes to {@code log}. */
    public static NewsgraphServer start(Dataset dataset, ServeConfig config, PrintStream log) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        // ARQ stops a query at its next step once this is over, and Fuseki answers with an error
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        FusekiServer fuseki = FusekiServer.create()
                .port(config.port())
                .add(ServeConfig.DATASET, dsg, config.allowUpdate())
                .addFilter("/*", new RequestLog(log))
                .addFilter("/*", new WebApp(config.catalogue()))
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(config.bind());
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new ServeException(startFailure(config, e), e);
        }
        return new NewsgraphServer(fuseki, config);
    }

    private static String startFailure(ServeConfig config, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + config.bind() + ":" + config.port()
                        + " (port in use, or not an address of this machine; try --port N or --bind ADDR)";
            }
        }
        return "cannot start the server on " + config.bind() + ":" + config.port() + ": " + e.getMessage();
    }

    /** The port listened on (the one picked, when the config asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The web app's address, e.g. {@code http://localhost:3030/}. */
    public String url() {
        String host = config.bind().equals("0.0.0.0") || config.bind().equals("127.0.0.1") ? "localhost" : config.bind();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** The SPARQL endpoint of the dataset. */
    public String endpoint() {
        return url() + ServeConfig.DATASET.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** The server could not start. */
    public static final class ServeException extends RuntimeException {
        ServeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
