package newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import newsgraph.query.CatalogueQuery;
import newsgraph.query.QueryCatalogue;

/**
 * The analyst web app: static files from the jar ({@code newsgraph/web/}) at {@code /}, and the query
 * catalogue at {@code /catalogue.json}. Everything else (the dataset, Fuseki's own paths) passes on.
 * The pages are plain HTML and JavaScript that ask the SPARQL endpoint for everything they show.
 */
final class WebApp implements Filter {
    static final String ROOT = "newsgraph/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "json", "application/json; charset=utf-8");

    private final QueryCatalogue catalogue;

    WebApp(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        boolean read = http.getMethod().equals("GET") || http.getMethod().equals("HEAD");
        if (!read || path.startsWith(ServeConfig.DATASET + "/") || path.equals(ServeConfig.DATASET)
                || path.startsWith("/$/")) {
            chain.doFilter(req, resp);
            return;
        }
        if (path.equals("/catalogue.json")) {
            send(out, "json", catalogueJson().getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = resource(path.equals("/") ? "index.html" : path.substring(1));
        if (body == null) {
            chain.doFilter(req, resp); // Fuseki answers 404
            return;
        }
        send(out, extension(path.equals("/") ? "index.html" : path), body);
    }

    private static void send(HttpServletResponse out, String ext, byte[] body) throws IOException {
        out.setStatus(200);
        out.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        out.setHeader("Cache-Control", "no-cache");
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    /** A file of the web app, or null; paths that climb out of the folder are never resolved. */
    static byte[] resource(String relative) throws IOException {
        if (relative.isEmpty() || relative.contains("..") || relative.contains("//") || relative.endsWith("/")) {
            return null;
        }
        try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    private String catalogueJson() {
        JsonArray all = new JsonArray();
        for (CatalogueQuery q : catalogue.list()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("description", q.description());
            o.put("sparql", q.sparql());
            all.add(o);
        }
        return JSON.toString(all);
    }
}
