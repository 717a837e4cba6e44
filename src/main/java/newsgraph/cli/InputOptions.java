package newsgraph.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.ingest.InputFormat;
import newsgraph.ingest.InputReader;
import newsgraph.ingest.InputReaders;
import newsgraph.ingest.JsonLinesFields;
import newsgraph.ingest.TextCleaner;

/** The options that say how input files are read: --format and --jsonl-fields. */
final class InputOptions {
    private static final String FORMATS = Arrays.stream(InputFormat.values()).map(InputFormat::label)
            .collect(Collectors.joining("|"));
    private static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName(FORMATS)
            .desc("read every file in this format (default: by extension; in folders then every file not hidden)").get();
    private static final Option JSONL_FIELDS = Option.builder().longOpt("jsonl-fields").hasArg().argName("ROLE=FIELD,...")
            .desc("JSON Lines field names, e.g. text=article_body,date=pubDate|created (roles: id, url, title, text, date,"
                    + " author, source)").get();

    private InputOptions() {
    }

    static void addTo(Options options) {
        options.addOption(FORMAT).addOption(JSONL_FIELDS);
    }

    static InputReader reader(CommandLine line) throws UsageException {
        InputFormat forced = null;
        if (line.hasOption(FORMAT)) {
            String name = line.getOptionValue(FORMAT);
            forced = InputFormat.named(name)
                    .orElseThrow(() -> new UsageException("--format must be one of " + FORMATS + ", not '" + name + "'"));
        }
        JsonLinesFields fields = JsonLinesFields.DEFAULTS;
        if (line.hasOption(JSONL_FIELDS)) {
            try {
                fields = fields.with(line.getOptionValue(JSONL_FIELDS));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--jsonl-fields: " + e.getMessage());
            }
        }
        return new InputReaders(forced, fields, new TextCleaner());
    }
}
