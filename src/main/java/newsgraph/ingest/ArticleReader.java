package newsgraph.ingest;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one article file: strict UTF-8, rejects empty and binary input with a one-line reason, then
 * cleans the text and extracts its metadata.
 */
public final class ArticleReader implements InputReader {
    /** Bytes looked at to decide whether a file is binary. */
    private static final int SNIFF_BYTES = 8192;
    /** More control bytes than this share means the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.25;

    /** Longest article read by default, in chars: about 150,000 words, far beyond any news article. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final TextCleaner cleaner;
    private final ArticleAssembler assembler;
    private final int maxChars;

    public ArticleReader() {
        this(new TextCleaner(), DEFAULT_MAX_CHARS);
    }

    /** @param maxChars a longer text is refused (its cost would hold up the batch) */
    public ArticleReader(int maxChars) {
        this(new TextCleaner(), maxChars);
    }

    public ArticleReader(TextCleaner cleaner) {
        this(cleaner, DEFAULT_MAX_CHARS);
    }

    public ArticleReader(TextCleaner cleaner, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1");
        }
        this.cleaner = cleaner;
        this.assembler = new ArticleAssembler(cleaner);
        this.maxChars = maxChars;
    }

    private BadInputException tooLong(Path file, String chars) {
        return new BadInputException(file, "too long: " + chars + " characters, more than --max-chars "
                + maxChars + " allows");
    }

    public Article read(Path file) throws BadInputException {
        // a char takes at least one byte and at most three (a surrogate pair four): far over, not even read
        long size = sizeOf(file);
        if (size > 3L * maxChars) {
            throw tooLong(file, "about " + size / 3 + " or more");
        }
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new BadInputException(file, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(file, "binary file, not text");
        }
        String text = decodeUtf8(file, bytes);
        if (text.length() > maxChars) {
            throw tooLong(file, String.valueOf(text.length()));
        }
        if (Markup.dominates(text)) {
            throw new BadInputException(file, "looks like an HTML page, not plain text: read it as HTML "
                    + "(name it .html, or give --format html)");
        }
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
     * The {@code .txt} files under {@code path} (see {@link InputFiles}), in sorted order.
     *
     * @throws BadInputException the first path under {@code path} that cannot be an input
     */
    public static List<Path> listInputs(Path path) throws BadInputException {
        return listInputs(path, file -> InputFormat.of(file).orElse(null) == InputFormat.TXT);
    }

    /** As {@link #listInputs(Path)}, a folder contributing the files {@code wanted} accepts. */
    public static List<Path> listInputs(Path path, Predicate<Path> wanted) throws BadInputException {
        List<Path> files = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.list(path, wanted)) {
            if (input.problem() != null) {
                throw input.problem();
            }
            files.add(input.file());
        }
        return files;
    }

    /** The file name without its extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The whole file, or why it cannot be read. */
    static byte[] readBytes(Path file) throws BadInputException {
        sizeOf(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, ioReason(e), e);
        }
    }

    /** The size of a regular file; anything else (a FIFO would block the read, perhaps forever) is refused. */
    static long sizeOf(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory");
        }
        if (!Files.exists(file) && Files.isSymbolicLink(file)) {
            throw new BadInputException(file, InputFiles.linkProblem(file));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadInputException(file, InputFiles.NOT_REGULAR);
        }
        try {
            return Files.size(file);
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
