package newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads one article file: strict UTF-8, rejects empty and binary input with a one-line reason, then
 * cleans the text and extracts its metadata.
 */
public final class ArticleReader implements InputReader {
    /** Bytes looked at to decide whether a file is binary. */
    private static final int SNIFF_BYTES = 8192;
    /** More control bytes than this share means the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.25;

    private final TextCleaner cleaner;
    private final ArticleAssembler assembler;

    public ArticleReader() {
        this(new TextCleaner());
    }

    public ArticleReader(TextCleaner cleaner) {
        this.cleaner = cleaner;
        this.assembler = new ArticleAssembler(cleaner);
    }

    public Article read(Path file) throws BadInputException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new BadInputException(file, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(file, "binary file, not text");
        }
        String text = decodeUtf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (cleaner.normalize(text).isBlank()) {
            throw new BadInputException(file, "empty file");
        }
        return assembler.assemble(idOf(file), file, "", text, ArticleMeta.empty());
    }

    @Override
    public void read(Path file, ArticleSink sink) throws BadInputException, InterruptedException {
        sink.accept(read(file));
    }

    @Override
    public boolean wants(Path file) {
        return InputFormat.of(file).orElse(null) == InputFormat.TXT;
    }

    /**
     * The input files under {@code path}: a file as it is, a directory searched recursively for
     * {@code .txt} files, in sorted order.
     */
    public static List<Path> listInputs(Path path) throws BadInputException {
        return listInputs(path, file -> InputFormat.of(file).orElse(null) == InputFormat.TXT);
    }

    /** As {@link #listInputs(Path)}, a folder contributing the files {@code wanted} accepts. */
    public static List<Path> listInputs(Path path, Predicate<Path> wanted) throws BadInputException {
        if (!Files.exists(path)) {
            throw new BadInputException(path, "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(wanted)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(path, ioReason(e), e);
        } catch (UncheckedIOException e) {
            // Files.walk reports a failure inside the tree this way
            throw new BadInputException(path, ioReason(e.getCause()), e);
        }
    }

    /** The file name without its extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The whole file, or why it cannot be read. */
    static byte[] readBytes(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, ioReason(e), e);
        }
    }

    static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // FileSystemException's message repeats the path; its reason alone is the useful part
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName();
    }

    // NUL never occurs in text; other control bytes do (tabs, form feeds), but not as most of a file
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // the input buffer stops at the first byte of the bad sequence
            throw new BadInputException(file, "invalid UTF-8 at byte " + in.position());
        }
        out.flip();
        return out.toString();
    }
}
