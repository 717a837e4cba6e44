package newsgraph.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.sql.SparkSession;

import newsgraph.ingest.ArticleReader;
import newsgraph.store.RemoteConfig;

/**
 * {@code newsgraph-spark ingest|bench}: the Spark job's entry point, for {@code spark-submit} and for
 * the local launcher. The only place that calls System.exit.
 */
public final class SparkMain {
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("DIR")
            .desc("the output folder, new or empty (any Hadoop filesystem URI): shards/ and summary/").get();
    static final Option MASTER = Option.builder().longOpt("master").hasArg().argName("URL")
            .desc("Spark master (default: spark-submit's, else local[*])").get();
    static final Option PARTITIONS = Option.builder().longOpt("partitions").hasArg().argName("N")
            .desc("tasks (default: three per core, at least one per " + ShardJob.FILES_PER_TASK + " input files)").get();
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("txt|html|jsonl|warc")
            .desc("read every file in this format (default: by extension)").get();
    static final Option JSONL_FIELDS = Option.builder().longOpt("jsonl-fields").hasArg().argName("ROLE=FIELD,...")
            .desc("JSON Lines field names, as for newsgraph ingest").get();
    static final Option MAX_CHARS = Option.builder().longOpt("max-chars").hasArg().argName("N")
            .desc("refuse an article longer than N characters (default " + ArticleReader.DEFAULT_MAX_CHARS + ")").get();
    static final Option STORE = Option.builder().longOpt("store").hasArg().argName("URL")
            .desc("also put each article into this SPARQL 1.1 store (its http(s):// dataset URL), then link"
                    + " identities there; credentials from the executors' environment, as for newsgraph ingest").get();
    static final Option NER_MODEL = Option.builder().longOpt("ner-model").hasArg().argName("URI")
            .desc("an OpenNLP name-finder model (any Hadoop filesystem) instead of the shipped one").get();

    private SparkMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !(args[0].equals("ingest") || args[0].equals("bench"))) {
            err.println("usage: newsgraph-spark ingest --out DIR [OPTIONS] INPUT...   (the job)");
            err.println("       newsgraph-spark bench [OPTIONS] CORPUS                  (single process against Spark)");
            err.println("       newsgraph-spark COMMAND --help                          (its options)");
            return 2;
        }
        boolean bench = args[0].equals("bench");
        Options options = bench ? SparkBench.options() : ingestOptions();
        try {
            CommandLine line = new DefaultParser().parse(options, Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption("help")) {
                new HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100, "newsgraph-spark " + args[0]
                        + " [OPTIONS] " + (bench ? "CORPUS" : "INPUT..."), "", options, 2, 2, "");
                return 0;
            }
            if (line.getArgList().isEmpty() || !bench && !line.hasOption(OUT)) {
                throw new ParseException(bench ? "give a corpus" : "give --out DIR and at least one input");
            }
            return bench ? SparkBench.run(line, out, err) : ingest(line, out);
        } catch (ParseException | IllegalArgumentException e) {
            err.println("newsgraph-spark " + args[0] + ": " + e.getMessage() + "  (--help for the options)");
            return 2;
        } catch (Exception e) {
            err.println("newsgraph-spark " + args[0] + ": " + (e.getMessage() == null ? e : e.getMessage()));
            if (System.getenv("NEWSGRAPH_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static Options ingestOptions() {
        Options o = new Options().addOption(OUT).addOption(MASTER).addOption(PARTITIONS).addOption(STORE);
        addReadOptions(o);
        return o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static void addReadOptions(Options o) {
        o.addOption(FORMAT).addOption(JSONL_FIELDS).addOption(MAX_CHARS).addOption(NER_MODEL);
    }

    static JobSettings settings(CommandLine line) throws ParseException {
        JobSettings s = new JobSettings(line.getOptionValue(FORMAT), line.getOptionValue(JSONL_FIELDS),
                number(line, MAX_CHARS, ArticleReader.DEFAULT_MAX_CHARS), line.getOptionValue(NER_MODEL),
                line.getOptionValue(STORE));
        if (s.store() != null && !RemoteConfig.isRemote(s.store())) {
            throw new ParseException("--store wants the http(s):// dataset URL of a SPARQL store, not '" + s.store()
                    + "' (a TDB2 store is filled by newsgraph load)");
        }
        s.reader(); // a bad format or fields spec is a usage error here, not a failed task later
        return s;
    }

    static int number(CommandLine line, Option option, int fallback) throws ParseException {
        if (!line.hasOption(option)) {
            return fallback;
        }
        String v = line.getOptionValue(option);
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ParseException("--" + option.getLongOpt() + " wants a positive number, got '" + v + "'");
    }

    /** A session on the given master, else spark-submit's, else every core of this machine. */
    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("newsgraph");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        return b.getOrCreate();
    }

    private static int ingest(CommandLine line, PrintStream out) throws Exception {
        JobSettings settings = settings(line);
        int partitions = number(line, PARTITIONS, 0);
        List<String> inputs = line.getArgList();
        SparkSession spark = session(line.getOptionValue(MASTER));
        try {
            long t0 = System.nanoTime();
            JobResult r = ShardJob.run(spark, inputs, line.getOptionValue(OUT), settings, partitions);
            out.println(r.line() + String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - t0) / 1e9));
            out.println("shards: " + line.getOptionValue(OUT) + "/" + ShardJob.SHARDS + "  summary: "
                    + line.getOptionValue(OUT) + "/" + ShardJob.SUMMARY
                    + "  (load the shards with: newsgraph load --store DIR " + line.getOptionValue(OUT) + ")");
            return r.failed() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
