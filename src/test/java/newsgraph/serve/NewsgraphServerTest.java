package newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newsgraph.cli.SeedStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.store.GraphStore;

/** The server over the seed store, on a free port, spoken to over HTTP as any SPARQL client would. */
class NewsgraphServerTest {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NAMESPACE + ">\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    private static final String DOC = "000_4953d76cae9f7eec";

    private static GraphStore store;
    private static NewsgraphServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        Path seeds = SeedStore.path();
        store = GraphStore.openExisting(seeds);
        server = NewsgraphServer.start(store.dataset(), config(0, Duration.ofSeconds(2)),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    private static ServeConfig config(int port, Duration timeout) {
        return new ServeConfig("127.0.0.1", port, timeout, false, new QueryCatalogue(Path.of("queries")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A refused write over its own connection: the server may close a connection whose request body it did
     *  not read, and a pooled connection reused after that answers with no bytes (seen under load). */
    private static HttpResponse<String> sendWrite(HttpRequest.Builder request) throws Exception {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return fresh.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept));
    }

    private static HttpResponse<String> select(String sparql, String accept) throws Exception {
        return get("newsgraph?query=" + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8), accept);
    }

    private static long count(String where) throws Exception {
        HttpResponse<String> r = select("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    private static long quads() throws Exception {
        return count("GRAPH ?g { ?s ?p ?o }");
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        assertTrue(server.url().startsWith("http://localhost:" + server.port() + "/"));
        assertEquals(server.url() + "newsgraph", server.endpoint());
    }

    @Test
    void queryAnsweredInJson() throws Exception {
        assertEquals(5, count("?a a ng:Article"));
    }

    @Test
    void queryAnsweredInCsvAndTsv() throws Exception {
        String q = "SELECT ?doc WHERE { ?a a ng:Article ; ng:docId ?doc } ORDER BY ?doc LIMIT 2";
        HttpResponse<String> csv = select(q, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("doc\r\n" + DOC + "\r\n001_f1cd706057b0bc08\r\n", csv.body());
        HttpResponse<String> tsv = select(q, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?doc\n\"" + DOC + "\""), tsv.body());
        HttpResponse<String> xml = select(q, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal>" + DOC + "</literal>"), xml.body());
    }

    @Test
    void datesAreTypedByPrecisionAndComparable() throws Exception {
        long days = count("?m ng:date ?d FILTER(datatype(?d) = xsd:date)");
        long months = count("?m ng:date ?d FILTER(datatype(?d) = xsd:gYearMonth)");
        assertTrue(days > 0 && months > 0, days + " days, " + months + " months");
        assertEquals(0, count("?m ng:date ?d FILTER(datatype(?d) = xsd:string)"));
        assertTrue(count("?m ng:date ?d FILTER(datatype(?d) = xsd:date && ?d >= \"2013-11-01\"^^xsd:date)") > 0);
        assertEquals(0, count("?m ng:date ?d FILTER(datatype(?d) = xsd:date && ?d < \"2000-01-01\"^^xsd:date)"));
    }

    @Test
    void updateRefusedAndNothingChanged() throws Exception {
        long before = quads();
        String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        HttpResponse<String> direct = sendWrite(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
        assertTrue(direct.statusCode() >= 400, "status " + direct.statusCode());
        HttpResponse<String> form = sendWrite(HttpRequest.newBuilder(URI.create(server.endpoint() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))));
        assertTrue(form.statusCode() >= 400, "status " + form.statusCode());
        assertEquals(before, quads());
        assertEquals(0, count("GRAPH <urn:x> { ?s ?p ?o }"));
    }

    @Test
    void graphStorePutRefusedAndNothingChanged() throws Exception {
        String graph = IriMinter.graph(DOC);
        long before = quads();
        long graphBefore = count("GRAPH <" + graph + "> { ?s ?p ?o }");
        HttpResponse<String> put = sendWrite(HttpRequest.newBuilder(URI.create(server.endpoint() + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(405, put.statusCode());
        HttpResponse<String> delete = sendWrite(HttpRequest.newBuilder(URI.create(server.endpoint() + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8))).DELETE());
        assertEquals(405, delete.statusCode());
        assertEquals(before, quads());
        assertEquals(graphBefore, count("GRAPH <" + graph + "> { ?s ?p ?o }"));
    }

    @Test
    void oneArticleGraphByGraphStoreGet() throws Exception {
        HttpResponse<String> r = get("newsgraph?graph=" + URLEncoder.encode(IriMinter.graph(DOC), StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(IriMinter.article(DOC)), NG.docId, DOC));
        assertFalse(m.listSubjectsWithProperty(NG.docId, "001_f1cd706057b0bc08").hasNext(), "only that article");
    }

    @Test
    void timeoutStopsARunawayQuery() throws Exception {
        HttpResponse<String> r = select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "application/sparql-results+json");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertEquals(5, count("?a a ng:Article"), "the server still answers");
    }

    @Test
    void webAppAndItsQueriesFromTheJar() throws Exception {
        HttpResponse<String> page = get("", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>newsgraph</title>"));
        assertEquals(200, get("app.js", "*/*").statusCode());
        HttpResponse<String> q = get("queries/actor-statements.rq", "*/*");
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("ng:speaker"));
        assertTrue(get("catalogue.json", "application/json").body().contains("\"name\" : \"meetings\""));
        assertEquals(404, get("no-such-page.html", "text/html").statusCode());
        assertEquals(null, WebApp.resource("queries/../app.js"), "no climbing out of the folder");
        assertEquals(null, WebApp.resource("../web/app.js"));
    }

    @Test
    void oneLogLinePerRequest() throws Exception {
        String marker = "ping-" + System.nanoTime();
        get("no-such-" + marker, "text/html");
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.lines().filter(l -> l.contains(marker)).count(), log);
        assertTrue(log.lines().anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1 GET /no-such-" + marker + " 404 \\d+ ms")), log);
    }

    @Test
    void portInUseIsOneClearError() {
        var e = assertThrows(NewsgraphServer.ServeException.class,
                () -> NewsgraphServer.start(store.dataset(), config(server.port(), Duration.ofSeconds(2)), System.out));
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port()), e.getMessage());
    }
}
