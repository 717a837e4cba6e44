package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command-line path stands for: files, and a line for every path that cannot be an input. */
public class InputFilesTest {
    @TempDir
    Path dir;

    private Path write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "Text.\n");
    }

    /** Makes a FIFO with mkfifo(1); skips the test where there is none. */
    public static Path fifo(Path p) throws Exception {
        int code;
        try {
            code = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            code = -1;
        }
        Assumptions.assumeTrue(code == 0, "mkfifo is not available");
        return p;
    }

    @Test
    void aFifoArgumentIsRefusedNotRead() throws Exception {
        Path f = fifo(dir.resolve("pipe.txt"));
        List<InputFiles.Input> in = InputFiles.list(f);
        assertEquals(1, in.size());
        assertTrue(in.get(0).problem().reason().startsWith("not a regular file"), in.get(0).problem().reason());
        // read directly, it is refused too instead of blocking until a writer comes
        BadInputException e = assertThrows(BadInputException.class, () -> new ArticleReader().read(f));
        assertTrue(e.reason().startsWith("not a regular file"), e.reason());
    }

    @Test
    void aFifoInAFolderGetsALine() throws Exception {
        Path good = write("in/a.txt");
        Path f = fifo(dir.resolve("in/b.txt"));
        List<InputFiles.Input> in = InputFiles.list(dir.resolve("in"));
        assertEquals(List.of(good, f), in.stream().map(InputFiles.Input::file).toList());
        assertNull(in.get(0).problem());
        assertTrue(in.get(1).problem().reason().startsWith("not a regular file"));
    }

    @Test
    void aSymlinkedFolderIsWalked() throws Exception {
        Path a = write("real/a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        List<InputFiles.Input> in = InputFiles.list(link);
        assertEquals(List.of(link.resolve("a.txt")), in.stream().map(InputFiles.Input::file).toList());
        assertNull(in.get(0).problem());
        assertEquals(Files.readString(a), Files.readString(in.get(0).file()));
    }

    @Test
    void aLinkedSubfolderIsWalkedAndALoopIsReportedOnce() throws Exception {
        write("top/a.txt");
        write("other/b.txt");
        Files.createSymbolicLink(dir.resolve("top/other"), dir.resolve("other"));
        Path loop = Files.createSymbolicLink(dir.resolve("top/again"), dir.resolve("top"));
        List<InputFiles.Input> in = InputFiles.list(dir.resolve("top"));
        assertEquals(3, in.size(), in.toString());
        assertEquals(List.of(dir.resolve("top/a.txt"), loop, dir.resolve("top/other/b.txt")),
                in.stream().map(InputFiles.Input::file).toList());
        assertTrue(in.get(1).problem().reason().startsWith("symbolic link loop"), in.get(1).problem().reason());
    }

    @Test
    void danglingLinksGetALine() throws Exception {
        write("d/a.txt");
        Path dangling = Files.createSymbolicLink(dir.resolve("d/gone.txt"), dir.resolve("nowhere.txt"));
        List<InputFiles.Input> in = InputFiles.list(dir.resolve("d"));
        assertEquals(2, in.size());
        assertEquals(dangling, in.get(1).file());
        assertTrue(in.get(1).problem().reason().startsWith("dangling symbolic link"), in.get(1).problem().reason());
        List<InputFiles.Input> direct = InputFiles.list(dangling);
        assertTrue(direct.get(0).problem().reason().startsWith("dangling symbolic link"));
    }

    @Test
    void aLinkLoopBetweenFilesGetsALine() throws Exception {
        Path x = Files.createSymbolicLink(dir.resolve("x.txt"), dir.resolve("y.txt"));
        Files.createSymbolicLink(dir.resolve("y.txt"), dir.resolve("x.txt"));
        List<InputFiles.Input> in = InputFiles.list(x);
        assertTrue(in.get(0).problem().reason().startsWith("symbolic link cannot be followed"),
                in.get(0).problem().reason());
    }

    @Test
    void anEmptyFolderIsReported() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty/sub"));
        write("empty/notes.md");
        List<InputFiles.Input> in = InputFiles.list(dir.resolve("empty"));
        assertEquals(1, in.size());
        assertEquals(dir.resolve("empty"), in.get(0).file());
        assertTrue(in.get(0).problem().reason().startsWith("no input files (.txt, .html"), in.get(0).problem().reason());
        assertTrue(Files.isDirectory(empty));
    }
}
