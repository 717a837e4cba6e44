package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.cli.MainTest.Outcome;
import newsgraph.store.TestFuseki;

/**
 * The CLI on a remote store: a real Fuseki, in-process, over a TDB2 dataset in a temporary folder. The
 * remote store must end up holding exactly what a local ingest of the same files holds.
 */
class RemoteStoreTest {
    @TempDir
    Path tmp;

    private static Outcome ok(String... args) {
        Outcome o = MainTest.run(args);
        assertEquals(0, o.code(), String.join(" ", args) + ": " + o.err());
        return o;
    }

    private static List<String> sortedLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    private static String triples(Outcome stats) {
        return stats.out().lines().filter(l -> l.startsWith("triples:")).findFirst().orElseThrow();
    }

    /** The local store's sorted N-Quads: the reference a remote ingest of the seeds must equal. */
    private static List<String> localQuads() {
        return sortedLines(ok("export", "--format", "nq", "--store", SeedStore.path().toString()).out());
    }

    @Test
    void seedsIngestAgainQueryExportAndDelete() {
        Path local = SeedStore.path();
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), null)) {
            String url = fuseki.url();
            ok("ingest", "--quiet", "--store", url, "seeds");
            String first = triples(ok("stats", "--store", url));
            ok("ingest", "--quiet", "--store", url, "seeds");
            Outcome stats = ok("stats", "--store", url);
            assertEquals(first, triples(stats), "re-ingesting replaces each article's graph");
            Outcome localStats = ok("stats", "--store", local.toString());
            for (String field : List.of("articles:", "triples:", "actors:", "countries:", "statements:", "meetings:")) {
                assertEquals(line(localStats, field), line(stats, field), field);
            }
            assertTrue(line(stats, "last ingest:").contains("5 articles"), stats.out());
            assertEquals(localQuads(), sortedLines(ok("export", "--format", "nq", "--store", url).out()));
            for (String q : List.of("actors", "statements", "meetings", "countries", "articles")) {
                assertEquals(ok("query", "--format", "tsv", "--store", local.toString(), q).out(),
                        ok("query", "--format", "tsv", "--store", url, q).out(), q);
            }
            assertEquals(ok("query", "--store", local.toString(), "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").out(),
                    ok("query", "--store", url, "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").out(),
                    "the default graph is the union of the article graphs, without the store's own graph");
            String doc = "000_4953d76cae9f7eec";
            assertEquals(sortedLines(ok("export", "--format", "nq", "--doc", doc, "--store", local.toString()).out()),
                    sortedLines(ok("export", "--format", "nq", "--doc", doc, "--store", url).out()));
            ok("validate", "--store", url, "--doc", doc);
            Outcome deleted = ok("delete", "--store", url, doc);
            assertTrue(deleted.out().contains("the store holds 4"), deleted.out());
            Outcome again = MainTest.run("delete", "--store", url, doc);
            assertEquals(1, again.code());
            assertTrue(again.err().contains("no such article"), again.err());
            Outcome compact = MainTest.run("compact", "--store", url);
            assertEquals(1, compact.code());
            assertEquals(1, compact.err().lines().count(), compact.err());
        }
    }

    private static String line(Outcome o, String field) {
        return o.out().lines().filter(l -> l.startsWith(field)).findFirst().orElse("(no " + field + ")");
    }

    @Test
    void theServerStoppedAndRestartedMidIngestLeavesNoArticleHalfWritten() {
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), null)) {
            String url = fuseki.url();
            // the third PUT stops the server; it is back a second later, and the client's retries carry on
            fuseki.restartAtPut(3, 1000);
            ok("ingest", "--quiet", "--threads", "1", "--store", url, "seeds");
            assertEquals(localQuads(), sortedLines(ok("export", "--format", "nq", "--store", url).out()));

            // a store that fails for good mid-ingest: the run stops in one line; a re-run completes it
            Path fresh = tmp.resolve("tdb2");
            try (TestFuseki other = TestFuseki.start(fresh, null)) {
                other.fault(n -> n == 3 ? 400 : 0);
                Outcome failed = MainTest.run("ingest", "--quiet", "--threads", "1", "--store", other.url(), "seeds");
                assertEquals(1, failed.code(), failed.err());
                assertTrue(failed.err().contains("400"), failed.err());
                other.fault(n -> 0);
                Outcome rerun = ok("ingest", "--quiet", "--store", other.url(), "seeds");
                assertTrue(rerun.out().contains("did not finish") || rerun.err().contains("did not finish"),
                        rerun.out() + rerun.err());
                assertEquals(localQuads(), sortedLines(ok("export", "--format", "nq", "--store", other.url()).out()));
            }
        }
    }

    @Test
    void serverErrorsAreRetried() {
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), null)) {
            fuseki.fault(n -> n <= 2 ? 503 : 0); // the first two PUTs answered 503
            ok("ingest", "--quiet", "--threads", "1", "--store", fuseki.url(), "seeds");
            assertEquals(localQuads(), sortedLines(ok("export", "--format", "nq", "--store", fuseki.url()).out()));
            assertTrue(fuseki.puts() >= 7, "5 articles and 2 retries: " + fuseki.puts());
        }
    }

    @Test
    void unauthorisedMissingAndUnreachableStoresFailInOneLine() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwd"), "admin: secret\n");
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), passwords)) {
            Outcome o = MainTest.run("stats", "--store", fuseki.url());
            assertEquals(1, o.code());
            assertTrue(o.err().contains("401") && o.err().contains("NEWSGRAPH_STORE_USER"), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
        }
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb2"), null)) {
            String missing = "http://localhost:" + fuseki.port() + "/nothing";
            Outcome o = MainTest.run("query", "--store", missing, "actors");
            assertEquals(1, o.code());
            assertTrue(o.err().contains("404"), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
        }
        Outcome creds = MainTest.run("stats", "--store", "http://user:pw@localhost:1/ds");
        assertEquals(1, creds.code());
        assertFalse(creds.err().contains("pw"), "the password is not echoed: " + creds.err());
    }
}
