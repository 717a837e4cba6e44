package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/** The remote store's client on its own: credentials, configuration from the environment, retries. */
class RemoteStoreTest {
    private static final Retry QUICK = new Retry(3, 10, 40);

    @TempDir
    Path tmp;

    private static Model article(String id) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IriMinter.article(id)).addProperty(RDF.type, NG.Article).addProperty(NG.docId, id);
        return m;
    }

    @Test
    void credentialsFromTheConfigurationAnswerTheStoresChallenge() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwd"), "writer: s3cret\n");
        try (TestFuseki fuseki = TestFuseki.start(tmp.resolve("tdb"), passwords)) {
            RemoteConfig config = RemoteConfig.of(fuseki.url()).withRetry(QUICK);
            try (RemoteStore store = RemoteStore.open(config.withCredentials("writer", "s3cret"))) {
                try (ArticleStore.Batch b = store.beginBatch()) {
                    b.replace(IriMinter.graph("a1"), article("a1"));
                    b.commit();
                }
                assertEquals(1, store.articleCount());
                assertEquals(2, store.quadCount());
            }
            GraphStore.StoreException e = assertThrows(GraphStore.StoreException.class,
                    () -> RemoteStore.open(config.withCredentials("writer", "wrong")));
            assertTrue(e.getMessage().contains("401"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), "the password is never shown: " + e.getMessage());
        } finally {
            org.apache.jena.http.auth.AuthEnv.get().clearAuthEnv();
        }
    }

    @Test
    void anUnreachableStoreIsRetriedThenOneLine() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort(); // free now, and nothing listens there after
        }
        RemoteConfig config = RemoteConfig.of("http://localhost:" + port + "/ds").withRetry(QUICK);
        GraphStore.StoreException e = assertThrows(GraphStore.StoreException.class, () -> RemoteStore.open(config));
        assertTrue(e.getMessage().contains("cannot reach the store") && e.getMessage().contains("after 3 attempts"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void theEnvironmentGivesCredentialsLimitsAndRetries() throws Exception {
        Path file = Files.writeString(tmp.resolve("creds"), "# the store\nreader:pa:ss\n");
        RemoteConfig c = RemoteConfig.fromEnvironment("https://store.example/ds/", Map.of(RemoteConfig.CREDENTIALS,
                file.toString(), RemoteConfig.CONNECTIONS, "8", RemoteConfig.RETRIES, "2"));
        assertEquals("https://store.example/ds", c.dataset());
        assertEquals("reader", c.user());
        assertEquals("pa:ss", c.password());
        assertEquals(8, c.connections());
        assertEquals(2, c.retry().attempts());
        assertFalse(c.toString().contains("pa:ss"));
        RemoteConfig plain = RemoteConfig.fromEnvironment("http://h:3030/ds", Map.of());
        assertEquals(null, plain.user());
        assertEquals(Retry.DEFAULT, plain.retry());
        GraphStore.StoreException half = assertThrows(GraphStore.StoreException.class,
                () -> RemoteConfig.fromEnvironment("http://h/ds", Map.of(RemoteConfig.USER, "u")));
        assertTrue(half.getMessage().contains(RemoteConfig.PASSWORD), half.getMessage());
        GraphStore.StoreException inUrl = assertThrows(GraphStore.StoreException.class,
                () -> RemoteConfig.fromEnvironment("http://u:secret@h/ds", Map.of()));
        assertFalse(inUrl.getMessage().contains("secret"), inUrl.getMessage());
        assertTrue(RemoteConfig.isRemote("HTTPS://h/ds") && !RemoteConfig.isRemote("newsgraph-data"));
    }
}
