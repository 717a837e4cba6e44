package newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads a JSON Lines dump ({@code .jsonl}, or gzipped {@code .jsonl.gz}), one article per line, as a
 * stream: the file is never held in memory. A line that is no JSON object, has no text, or leaves no
 * text after cleaning is reported with its line number and skipped; blank lines are ignored.
 *
 * <p>The id is the record's id field, else one made from its URL ({@link ArticleIds#fromUrl}), else
 * a hash of its text; the text goes through the same cleaning as a {@code .txt} file, and the fields
 * (title, date, author, source, URL) win over what the text's own date line and byline say.
 */
public final class JsonLinesReader implements InputReader {
    private final ArticleAssembler assembler;
    private final JsonLinesFields fields;

    public JsonLinesReader(TextCleaner cleaner, JsonLinesFields fields) {
        this.assembler = new ArticleAssembler(cleaner);
        this.fields = fields;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException {
        int lineNo = 0;
        int records = 0;
        try (BufferedReader lines = open(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                try {
                    sink.accept(record(file, lineNo, line));
                } catch (BadInputException e) {
                    sink.reject(e);
                }
            }
        } catch (IOException e) {
            String where = lineNo == 0 ? "" : "after line " + lineNo + ": ";
            throw new BadInputException(file, where + ArticleReader.ioReason(e), e);
        }
        if (records == 0) {
            throw new BadInputException(file, "empty file");
        }
    }

    @Override
    public boolean wants(Path file) {
        return InputFormat.of(file).orElse(null) == InputFormat.JSONL;
    }

    private Article record(Path file, int lineNo, String line) throws BadInputException {
        String where = "line " + lineNo + ": ";
        JsonValue value;
        try {
            value = JSON.parseAny(line);
        } catch (RuntimeException e) {
            throw new BadInputException(file, where + "bad JSON: " + e.getMessage());
        }
        if (!value.isObject()) {
            throw new BadInputException(file, where + "not a JSON object");
        }
        JsonObject o = value.getAsObject();
        String text = JsonValues.text(o, fields.text());
        if (text == null) {
            throw new BadInputException(file, where + "no text (fields " + String.join(", ", fields.text()) + ")");
        }
        String url = JsonValues.text(o, fields.url());
        String givenId = JsonValues.text(o, fields.id());
        String id = givenId != null ? ArticleIds.fromField(givenId)
                : url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromText(text);
        List<String> authors = fields.author().stream()
                .flatMap(k -> JsonValues.names(o.get(k)).stream()).distinct().toList();
        ArticleMeta stated = new ArticleMeta(JsonValues.text(o, fields.title()),
                StatedDates.parse(JsonValues.text(o, fields.date())), null, JsonValues.text(o, fields.source()),
                authors, url);
        return assembler.assemble(id, file, where, text, stated);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        // a line that is not valid UTF-8 keeps its place with replacement characters; JSON is UTF-8 by RFC 8259
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
