package newsgraph.spark;

import java.io.Serial;
import java.io.Serializable;

import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.InputFormat;
import newsgraph.ingest.InputReader;
import newsgraph.ingest.InputReaders;
import newsgraph.ingest.JsonLinesFields;
import newsgraph.ingest.TextCleaner;

/**
 * What the job's tasks need to know, shipped with each task: how to read the inputs (the options of
 * {@code newsgraph ingest}) and where the name-finder model is.
 *
 * @param format      {@code txt|html|jsonl|warc} for every file, or null to go by extension
 * @param jsonlFields {@code --jsonl-fields} spec, or null for the defaults
 * @param maxChars    a longer article is refused
 * @param nerModel    the Hadoop URI of a name-finder model to use instead of the shipped one, or null
 * @param store       the http(s):// dataset URL of a SPARQL store each task also puts its graphs into, or null
 */
record JobSettings(String format, String jsonlFields, int maxChars, String nerModel, String store)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static JobSettings defaults() {
        return new JobSettings(null, null, ArticleReader.DEFAULT_MAX_CHARS, null, null);
    }

    /**
     * The reader, as {@code newsgraph ingest} builds it from the same options.
     *
     * @throws IllegalArgumentException for an unknown format or a bad fields spec
     */
    InputReader reader() {
        InputFormat forced = format == null ? null : InputFormat.named(format)
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "'"));
        JsonLinesFields fields = jsonlFields == null ? JsonLinesFields.DEFAULTS : JsonLinesFields.DEFAULTS.with(jsonlFields);
        return new InputReaders(forced, fields, new TextCleaner(), maxChars);
    }
}
