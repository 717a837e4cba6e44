package newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import newsgraph.store.ExportFormat;
import newsgraph.store.ArticleStore;
import newsgraph.store.Stores;

/** {@code newsgraph export}: Turtle of the union graph, or TriG / N-Quads / JSON-LD keeping the article graphs. */
final class ExportCommand implements Command {
    private static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("ttl (default), trig, nq or jsonld").get();
    private static final Option DOC = Option.builder().longOpt("doc").hasArg().argName("ID")
            .desc("only this article (its file name without extension)").get();
    private static final Option OUT = Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").get();

    @Override
    public String lessWork() {
        return "one article with --doc";
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the graph as Turtle (union of articles), TriG, N-Quads or JSON-LD (one graph per article)";
    }

    @Override
    public String usage() {
        return "[--store DIR|URL] [--format ttl|trig|nq|jsonld] [--doc ID] [-o FILE]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        StoreOption.addTo(o);
        return o.addOption(FORMAT).addOption(DOC).addOption(OUT);
    }

    @Override
    public int run(CommandLine line, java.io.PrintStream out, java.io.PrintStream err) throws Exception {
        ExportFormat format;
        try {
            format = ExportFormat.parse(line.getOptionValue(FORMAT, "ttl"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String doc = line.getOptionValue(DOC);
        try (ArticleStore store = Stores.openExisting(StoreOption.value(line))) {
            if (!line.hasOption(OUT)) {
                store.export(format, doc, out);
                out.flush();
                return Main.OK;
            }
            writeFile(Path.of(line.getOptionValue(OUT)), sink -> store.export(format, doc, sink));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return Main.OK;
    }

    /**
     * Writes to a temporary file beside {@code target} and moves it into place when complete, so a failed
     * export leaves no empty or half-written file behind.
     */
    private static void writeFile(Path target, java.util.function.Consumer<OutputStream> body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": no such folder " + dir);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " is not writable");
        }
        Path part = Files.createTempFile(dir, "." + target.getFileName() + "-", ".part");
        try {
            try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(part))) {
                body.accept(sink);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
