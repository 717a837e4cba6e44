package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.nlp.NerTrainer;

/** {@code newsgraph train-ner}: rebuilds the name-finder model from the shared NER corpus. */
final class TrainNerCommand implements Command {
    static final String DEFAULT_DATA = "../shared/ner";
    static final String DEFAULT_OUTPUT = "src/main/resources/newsgraph/models/en-ner-news.bin";

    private static final Option DATA = Option.builder().longOpt("data").hasArg().argName("DIR")
            .desc("NER corpus folder in OpenNLP format (default: " + DEFAULT_DATA + ")").get();
    private static final Option OUT = Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("where to write the model (default: " + DEFAULT_OUTPUT + ")").get();

    @Override
    public String name() {
        return "train-ner";
    }

    @Override
    public String summary() {
        return "train the name-finder model from the NER corpus and print its scores";
    }

    @Override
    public String usage() {
        return "[--data DIR] [-o FILE]";
    }

    @Override
    public Options options() {
        return new Options().addOption(DATA).addOption(OUT);
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        Path data = line.hasOption(DATA) ? Path.of(line.getOptionValue(DATA)) : ProjectHome.resolve(DEFAULT_DATA);
        Path model = line.hasOption(OUT) ? Path.of(line.getOptionValue(OUT)) : ProjectHome.resolve(DEFAULT_OUTPUT);
        if (!Files.isDirectory(data)) {
            err.println("newsgraph: " + data + ": no such folder (the NER corpus; give --data DIR)");
            return Main.FAILED;
        }
        NerTrainer.fromClasspath().run(data, model, out);
        if (!line.hasOption(OUT)) {
            out.println("the launcher rebuilds the jar with the new model on its next run");
        }
        return Main.OK;
    }
}
