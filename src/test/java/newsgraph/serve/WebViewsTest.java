package newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newsgraph.cli.SeedStore;
import newsgraph.query.QueryRunner;
import newsgraph.query.ResultFormat;
import newsgraph.store.GraphStore;

/** The web app's page queries on the seed store, as the pages bind them. */
class WebViewsTest {
    private static final String LAVROV = "https://newsgraph.org/id/person/srg-lvrv";
    private static GraphStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void open() {
        store = GraphStore.openExisting(SeedStore.path());
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static String csv(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(sparql, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void actorViewAnswersEveryQuery() {
        List<String> queries = WebViews.actorView(LAVROV);
        assertEquals(WebViews.ACTOR.size(), queries.size());
        for (int i = 0; i < queries.size(); i++) {
            assertTrue(runner.count(queries.get(i)) > 0, WebViews.ACTOR.get(i) + " has rows");
        }
        String actor = csv(queries.get(0));
        assertTrue(actor.contains("Sergei Lavrov,Person,Foreign Minister,Russia,"), actor);
        String others = csv(queries.get(2));
        assertTrue(others.contains("Lakhdar Brahimi") && !others.contains("Sergei Lavrov"), others);
    }

    @Test
    void articleViewHasTheTextAndEveryKindOfFact() {
        List<String> queries = WebViews.articleView("002_434039b970fa378d");
        assertTrue(csv(queries.get(0)).contains("Russia steps up diplomatic push for Syria peace talks"));
        String facts = csv(queries.get(1));
        for (String kind : new String[]{",statement,", ",meeting,", ",actor,", ",country,"}) {
            assertTrue(facts.contains(kind), kind);
        }
    }

    @Test
    void everyPageQueryParsesWithItsDefaults() {
        for (String name : new String[]{"search-actors", "search-countries", "search-statements", "meeting",
                "meeting-articles"}) {
            assertTrue(runner.count(WebViews.text(name)) >= 0, name);
        }
        assertTrue(runner.count(WebViews.text("search-actors")) > 0, "Lavrov is found by his surname");
    }
}
