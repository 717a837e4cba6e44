package newsgraph.store;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * Any SPARQL 1.1 store over HTTP, named by its dataset URL: each article is one named graph, written
 * with a Graph Store Protocol PUT ({@link RemoteBatch}); queries, exports and counts read with the SPARQL
 * 1.1 Protocol, rewritten so that their default graph is the union of the article graphs
 * ({@link UnionRewrite}). What the store records about itself ({@link StoreMeta}) is kept in the named
 * graph {@link StoreMeta#GRAPH}, which the queries, exports and counts leave out.
 */
public final class RemoteStore implements ArticleStore {
    private static final String META = FmtUtils.stringForNode(StoreMeta.GRAPH);
    private static final String ARTICLE_GRAPHS = "GRAPH ?g { ?article a <" + NG.Article.getURI() + "> }";

    private final RemoteHttp http;
    private ExecutorService pool;

    private RemoteStore(RemoteHttp http) {
        this.http = http;
    }

    /** Connects to the store, failing in one line unless its dataset answers a query. */
    public static RemoteStore open(RemoteConfig config) {
        RemoteHttp http = new RemoteHttp(config);
        http.probe();
        return new RemoteStore(http);
    }

    @Override
    public String where() {
        return http.config().dataset();
    }

    @Override
    public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> action) {
        return http.query(UnionRewrite.rewrite(query), timeoutMillis, action);
    }

    @Override
    public synchronized Batch beginBatch() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(http.config().connections(), r -> {
                Thread t = new Thread(r, "newsgraph-put-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return new RemoteBatch(http, pool);
    }

    @Override
    public Optional<String> startIngestRun() {
        Optional<String> unfinished = meta(StoreMeta.RUN_STARTED);
        setMeta("recording the run", StoreMeta.RUN_STARTED, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), null);
        return unfinished;
    }

    @Override
    public void finishIngestRun(String summary) {
        setMeta("recording the run", StoreMeta.LAST_RUN, Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + summary,
                StoreMeta.RUN_STARTED);
    }

    @Override
    public Optional<String> lastIngestRun() {
        return meta(StoreMeta.LAST_RUN);
    }

    @Override
    public long articleCount() {
        return count("counting the articles", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { " + ARTICLE_GRAPHS + " }");
    }

    /** Total number of triples in the article graphs. */
    public long quadCount() {
        return count("counting the triples", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != "
                + META + ") }");
    }

    @Override
    public List<String> graphNames() {
        return http.select("listing the articles", "SELECT DISTINCT ?g WHERE { " + ARTICLE_GRAPHS + " }", rs -> {
            List<String> names = new ArrayList<>();
            rs.forEachRemaining(b -> names.add(b.get("g").getURI()));
            return names;
        });
    }

    @Override
    public Graph graphCopy(String graphIri) {
        Graph g = http.get(graphIri);
        return g != null ? g : GraphFactory.createDefaultGraph();
    }

    @Override
    public int linkIdentities() {
        return IdentityLinker.link(new RemoteLinks(http));
    }

    @Override
    public CrossDocumentLinker.Result linkEvents(CrossDocumentLinker.Progress progress) {
        return RemoteEventLinks.link(http);
    }

    /** Deletes each article's graph (a Graph Store Protocol DELETE), then links identities again. */
    @Override
    public List<String> delete(List<String> ids) {
        List<String> missing = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (String id : ids) {
            String g = IriMinter.graph(id);
            if (http.delete(g)) {
                deleted.add(g);
            } else {
                missing.add(id);
            }
        }
        if (!deleted.isEmpty()) {
            forgetLinks(http, deleted);
            linkIdentities();
            linkEvents();
        }
        return missing;
    }

    @Override
    public void export(ExportFormat format, String docId, OutputStream out) {
        RemoteExport.write(http, format, docId, out);
    }

    @Override
    public StoreStats stats(String countsSparql) {
        Query counts = UnionRewrite.rewrite(org.apache.jena.query.QueryFactory.create(countsSparql));
        return http.query(counts, 0, qe -> StoreStats.of(where(), qe.execSelect().next(), quadCount(),
                lastIngestRun().orElse(null)));
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Forgets what linking did in {@code graphs} (replaced or deleted): one update. */
    static void forgetLinks(RemoteHttp http, List<String> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        graphs.forEach(g -> values.append(" <").append(g).append('>'));
        String shortOf = FmtUtils.stringForNode(StoreMeta.LINKED_SHORT);
        http.update("forgetting old identity links", "DELETE { GRAPH " + META + " { ?g " + shortOf + " ?s } } WHERE {"
                + " VALUES ?g {" + values + " } GRAPH " + META + " { ?g " + shortOf + " ?s } }");
    }

    private long count(String what, String sparql) {
        return http.select(what, sparql, rs -> rs.hasNext() ? ((Number) rs.next().get("n").getLiteralValue()).longValue() : 0L);
    }

    private Optional<String> meta(Node property) {
        return http.select("reading the store's records", "SELECT ?v WHERE { GRAPH " + META + " { "
                + FmtUtils.stringForNode(StoreMeta.STORE) + " " + FmtUtils.stringForNode(property) + " ?v } }",
                rs -> rs.hasNext() ? Optional.of(rs.next().get("v").getLiteralLexicalForm()) : Optional.<String>empty());
    }

    /** Sets {@code property} of the store to {@code value}, removing {@code drop} too if not null: one update. */
    private void setMeta(String what, Node property, String value, Node drop) {
        String store = FmtUtils.stringForNode(StoreMeta.STORE);
        StringBuilder u = new StringBuilder();
        for (Node p : drop == null ? List.of(property) : List.of(property, drop)) {
            u.append("DELETE WHERE { GRAPH ").append(META).append(" { ").append(store).append(' ')
                    .append(FmtUtils.stringForNode(p)).append(" ?v } } ;\n");
        }
        u.append("INSERT DATA { GRAPH ").append(META).append(" { ").append(store).append(' ')
                .append(FmtUtils.stringForNode(property)).append(' ').append(FmtUtils.stringForString(value)).append(" } }");
        http.update(what, u.toString());
    }
}
