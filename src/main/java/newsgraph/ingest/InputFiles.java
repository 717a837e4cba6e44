package newsgraph.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The inputs a command-line path stands for: a file as it is, a folder searched recursively for
 * the files a reader wants (by extension), following symbolic links (a link to a folder is walked like the folder; a link
 * back to a folder already being walked is a loop and reported, not followed). Whatever cannot be an
 * input is listed with its reason instead of being skipped in silence: a FIFO, device or socket (reading
 * one could block forever), a dangling link, a link loop, a folder holding no input file.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** One input: a file to read, or a path that cannot be one and why. */
    public record Input(Path file, BadInputException problem) {
        static Input ok(Path file) {
            return new Input(file, null);
        }

        static Input bad(Path path, String reason) {
            return new Input(path, new BadInputException(path, reason));
        }
    }

    /** The {@code .txt} inputs under {@code path}, in path order. */
    public static List<Input> list(Path path) {
        return list(path, file -> InputFormat.of(file).orElse(null) == InputFormat.TXT);
    }

    /** The inputs under {@code path}, a folder contributing the files {@code wanted} accepts, in path order. */
    public static List<Input> list(Path path, Predicate<Path> wanted) {
        if (!Files.exists(path)) {
            return List.of(Input.bad(path, Files.isSymbolicLink(path) ? linkProblem(path) : "no such file or directory"));
        }
        if (!Files.isDirectory(path)) {
            return List.of(Files.isRegularFile(path) ? Input.ok(path) : Input.bad(path, NOT_REGULAR));
        }
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Walker(found, wanted));
        } catch (IOException e) {
            found.add(Input.bad(path, ArticleReader.ioReason(e)));
        }
        if (found.isEmpty()) {
            found.add(Input.bad(path, "no input files (" + String.join(", ", Arrays.stream(InputFormat.values())
                    .flatMap(f -> f.extensions().stream()).toList()) + ") in this folder"));
        }
        found.sort(Comparator.comparing(Input::file));
        return found;
    }

    static final String NOT_REGULAR = "not a regular file (a FIFO, device or socket), not read";

    /** Why a link cannot be followed: its target is missing, or it leads round in a loop. */
    static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "symbolic link cannot be followed";
        } catch (NoSuchFileException e) {
            return "dangling symbolic link (its target does not exist)";
        } catch (FileSystemException e) {
            return "symbolic link cannot be followed: " + (e.getReason() != null ? e.getReason() : "loop");
        } catch (IOException e) {
            return "symbolic link cannot be followed: " + ArticleReader.ioReason(e);
        }
    }

    /** Collects .txt files and every problem met on the way. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final List<Input> found;
        private final Predicate<Path> wanted;

        Walker(List<Input> found, Predicate<Path> wanted) {
            this.found = found;
            this.wanted = wanted;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // with links followed, a link still shows as a link only when it cannot be followed
            if (attrs.isSymbolicLink()) {
                found.add(Input.bad(file, linkProblem(file)));
            } else if (wanted.test(file)) {
                found.add(attrs.isRegularFile() ? Input.ok(file) : Input.bad(file, NOT_REGULAR));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                found.add(Input.bad(file, "symbolic link loop (leads back to a folder already being read), not followed"));
            } else {
                found.add(Input.bad(file, ArticleReader.ioReason(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                found.add(Input.bad(dir, ArticleReader.ioReason(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
