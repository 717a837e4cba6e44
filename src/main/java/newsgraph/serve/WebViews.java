package newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import newsgraph.query.QueryRunner;
import newsgraph.rdf.IriMinter;

/**
 * The queries each view of the web app runs to load (the files in {@code newsgraph/web/queries/}),
 * with their parameters set as the pages set them: for benchmarks and tests outside a browser.
 */
public final class WebViews {
    public static final List<String> ACTOR = List.of("actor", "actor-meetings", "actor-meeting-others", "actor-partners",
            "actor-statements");
    public static final List<String> ARTICLE = List.of("article", "article-facts");

    private WebViews() {
    }

    /** The actor view's queries for the actor with this IRI. */
    public static List<String> actorView(String actorIri) {
        return bound(ACTOR, "actor", "<" + actorIri + ">");
    }

    /** The article view's queries for the article with this id. */
    public static List<String> articleView(String docId) {
        return bound(ARTICLE, "g", "<" + IriMinter.graph(docId) + ">");
    }

    private static List<String> bound(List<String> names, String parameter, String value) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(QueryRunner.bind(text(name), Map.of(parameter, value)));
        }
        return out;
    }

    /** The text of one of the web app's queries. */
    public static String text(String name) {
        try {
            byte[] body = WebApp.resource("queries/" + name + ".rq");
            if (body == null) {
                throw new IllegalArgumentException("the web app has no query " + name);
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
