package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines dump with good records, a broken line, a record without text and blank lines. */
class JsonLinesReaderTest {
    private static final Path DUMP = Path.of("src/test/resources/ingest/dump.jsonl");
    private final JsonLinesReader reader = new JsonLinesReader(new TextCleaner(), JsonLinesFields.DEFAULTS);

    @TempDir
    Path tmp;

    @Test
    void readsGoodLinesAndReportsEachBadLineWithItsNumber() throws Exception {
        CollectingSink sink = CollectingSink.read(reader, DUMP);
        assertEquals(List.of("ledger-0001", "harbourledger-example-a-2", sink.articles.get(2).id()),
                sink.articles.stream().map(Article::id).toList());
        assertEquals(List.of(
                DUMP + ": line 3: bad JSON",
                DUMP + ": line 4: no text (fields text, body, content)",
                DUMP + ": line 7: not a JSON object"),
                sink.bad.stream().map(e -> e.getMessage().replaceAll("(bad JSON).*", "$1")).toList());
    }

    @Test
    void fieldsBecomeMetadataAndTheTextIsCleaned() throws Exception {
        List<Article> articles = CollectingSink.read(reader, DUMP).articles;
        Article first = articles.get(0);
        assertEquals("Dock workers in Varna ended a three-day strike on Friday after the port operator agreed to raise"
                + " wages, the union said.\n\nShips queued outside the harbour began to berth in the afternoon.", first.text());
        assertEquals(new ArticleMeta("Port strike ends", LocalDate.of(2024, 3, 8), null, "The Harbour Ledger",
                List.of("Ines Varga"), "https://harbourledger.example/a/1"), first.meta());
        assertEquals(DUMP, first.source());

        ArticleMeta second = articles.get(1).meta();
        assertEquals("Grain prices fall", second.title(), "title falls back to headline");
        assertEquals(LocalDate.of(2024, 3, 7), second.published(), "published, an ISO date-time");
        assertEquals(List.of("Tomas Reil", "Ana Petrova"), second.authors());
        assertEquals("https://www.harbourledger.example/a/2/", second.url());
    }

    @Test
    void aRecordWithNeitherIdNorUrlIsNamedByItsText() throws Exception {
        Article third = CollectingSink.read(reader, DUMP).articles.get(2);
        assertTrue(third.id().matches("text-[0-9a-f]{16}"), third.id());
        assertEquals(third.id(), CollectingSink.read(reader, DUMP).articles.get(2).id(), "stable across reads");
        assertNull(third.meta().url());
    }

    @Test
    void gzippedDumpsAndOtherFieldNames() throws Exception {
        Path gz = tmp.resolve("other.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("{\"guid\": 17, \"article_body\": \"The council approved the budget on Monday, the mayor said.\","
                    + " \"pubDate\": \"Mon, 4 Mar 2024 10:00:00 GMT\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        JsonLinesReader custom = new JsonLinesReader(new TextCleaner(),
                JsonLinesFields.DEFAULTS.with("id=guid, text=article_body,date=pubDate|created"));
        CollectingSink sink = CollectingSink.read(custom, gz);
        assertEquals(List.of(), sink.bad);
        Article a = sink.articles.get(0);
        assertEquals("17", a.id());
        assertEquals("The council approved the budget on Monday, the mayor said.", a.text());
        assertEquals(LocalDate.of(2024, 3, 4), a.meta().published(), "an RFC 1123 date");
    }

    @Test
    void fieldSpecsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> JsonLinesFields.DEFAULTS.with("body=x"));
        assertThrows(IllegalArgumentException.class, () -> JsonLinesFields.DEFAULTS.with("text="));
    }

    @Test
    void anEmptyDumpIsOneBadFile() throws Exception {
        Path empty = tmp.resolve("empty.jsonl");
        Files.writeString(empty, "\n\n");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(empty, new CollectingSink()));
        assertEquals(empty + ": empty file", e.getMessage());
    }
}
