package newsgraph.ingest;

import java.nio.file.Path;

/**
 * The reader for each input file: by its extension ({@link InputFormat#of}), or one format for all
 * files when it is forced ({@code --format}). A file named on its own with no known extension is read
 * as text; a folder search takes the files with a known extension, or with a forced format every file
 * not hidden.
 */
public final class InputReaders implements InputReader {
    private final InputFormat forced;
    private final ArticleReader txt;
    private final HtmlReader html;
    private final JsonLinesReader jsonl;
    private final WarcFileReader warc;

    /** Every format by extension, with the default JSON Lines fields. */
    public InputReaders() {
        this(null, JsonLinesFields.DEFAULTS, new TextCleaner());
    }

    /** @param forced the format every file is read in, or null to go by extension */
    public InputReaders(InputFormat forced, JsonLinesFields fields, TextCleaner cleaner) {
        this(forced, fields, cleaner, ArticleReader.DEFAULT_MAX_CHARS);
    }

    /** @param maxChars a longer text file is refused ({@link ArticleReader}) */
    public InputReaders(InputFormat forced, JsonLinesFields fields, TextCleaner cleaner, int maxChars) {
        this.forced = forced;
        this.txt = new ArticleReader(cleaner, maxChars);
        this.html = new HtmlReader(cleaner);
        this.jsonl = new JsonLinesReader(cleaner, fields);
        this.warc = new WarcFileReader(html);
    }

    @Override
    public void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException {
        readerFor(file).read(file, sink);
    }

    @Override
    public boolean wants(Path file) {
        if (forced != null) {
            return !file.getFileName().toString().startsWith(".");
        }
        return InputFormat.of(file).isPresent();
    }

    @Override
    public boolean mayHoldMany(Path file) {
        InputFormat format = formatOf(file);
        return format == InputFormat.JSONL || format == InputFormat.WARC;
    }

    private InputFormat formatOf(Path file) {
        return forced != null ? forced : InputFormat.of(file).orElse(InputFormat.TXT);
    }

    private InputReader readerFor(Path file) {
        return switch (formatOf(file)) {
            case TXT -> txt;
            case HTML -> html;
            case JSONL -> jsonl;
            case WARC -> warc;
        };
    }
}
