package newsgraph.cli;

import java.time.Duration;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.ingest.ArticleReader;
import newsgraph.pipeline.IngestPipeline;

/** The limits one article may not pass, so that no single input holds up a batch: --max-chars, --article-timeout. */
final class LimitOptions {
    static final Option MAX_CHARS = Option.builder().longOpt("max-chars").hasArg().argName("N")
            .desc(String.format(Locale.ROOT, "refuse an article longer than N characters (default %,d)",
                    ArticleReader.DEFAULT_MAX_CHARS)).get();
    static final Option ARTICLE_TIMEOUT = Option.builder().longOpt("article-timeout").hasArg().argName("SECONDS")
            .desc("abandon an article still being processed after SECONDS, the rest goes on (default "
                    + IngestPipeline.DEFAULT_ARTICLE_TIMEOUT.toSeconds() + "; 0: no limit)").get();

    private LimitOptions() {
    }

    static Options addTo(Options o) {
        return o.addOption(MAX_CHARS).addOption(ARTICLE_TIMEOUT);
    }

    static int maxChars(CommandLine line) throws UsageException {
        return CountOption.value(line, MAX_CHARS, ArticleReader.DEFAULT_MAX_CHARS);
    }

    static Duration articleTimeout(CommandLine line) throws UsageException {
        if (!line.hasOption(ARTICLE_TIMEOUT)) {
            return IngestPipeline.DEFAULT_ARTICLE_TIMEOUT;
        }
        String v = line.getOptionValue(ARTICLE_TIMEOUT);
        try {
            long s = Long.parseLong(v.strip());
            if (s >= 0) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--article-timeout wants a number of seconds (0 for no limit), got '" + v + "'");
    }
}
