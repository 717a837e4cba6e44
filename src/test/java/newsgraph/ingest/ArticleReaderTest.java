package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsArticleWithIdFromFileName() throws Exception {
        Path file = write("story-42.txt", "Dam repairs begin\n\nEngineers began repairing the dam on Monday.\n");
        Article a = reader.read(file);
        assertEquals("story-42", a.id());
        assertEquals(file, a.source());
        assertEquals("Dam repairs begin", a.meta().title());
        assertEquals("Engineers began repairing the dam on Monday.", a.text());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals("empty file", e.reason());
        assertEquals(file, e.path());
        assertEquals(file + ": empty file", e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        Path file = write("blank.txt", " \n\t\u00A0\u200B\n\n");
        assertEquals("empty file", assertThrows(BadInputException.class, () -> reader.read(file)).reason());
    }

    @Test
    void fileWithNulBytesIsBinary() throws Exception {
        Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals("binary file, not text", assertThrows(BadInputException.class, () -> reader.read(file)).reason());
    }

    @Test
    void fileOfControlBytesIsBinary() throws Exception {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        Path file = write("control.txt", bytes);
        assertEquals("binary file, not text", assertThrows(BadInputException.class, () -> reader.read(file)).reason());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws Exception {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's'}; // Latin-1 e-acute
        Path file = write("latin1.txt", bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals("invalid UTF-8 at byte 3", e.reason());
        assertEquals(file + ": invalid UTF-8 at byte 3", e.getMessage());
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsInvalid() throws Exception {
        byte[] bytes = {'P', 'r', 'i', 'c', 'e', ' ', (byte) 0xE2, (byte) 0x82};
        Path file = write("cut.txt", bytes);
        assertEquals("invalid UTF-8 at byte 6", assertThrows(BadInputException.class, () -> reader.read(file)).reason());
    }

    @Test
    void byteOrderMarkIsStripped() throws Exception {
        byte[] text = "Bridge reopens after repairs to its deck.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Article a = reader.read(write("bom.txt", bytes));
        assertEquals("Bridge reopens after repairs to its deck.", a.text());
    }

    @Test
    void fileWithOnlyFurnitureHasNoText() throws Exception {
        Path file = write("furniture.txt", "Advertisement\nShare this article\nRead more\n");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals("no article text left after cleaning", e.reason());
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("nowhere.txt");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        assertEquals("no such file or directory", e.reason());
        assertEquals(file + ": no such file or directory", e.getMessage());
    }

    @Test
    void directoryIsNotReadAsAFile() {
        assertEquals("is a directory", assertThrows(BadInputException.class, () -> reader.read(dir)).reason());
    }

    @Test
    void listInputsWalksDirectoriesForTxtFilesInOrder() throws Exception {
        Path b = write("b.txt", "x");
        Path a = write("a.txt", "x");
        Path nested = write("sub/deeper/c.txt", "x");
        write("notes.md", "x");
        write("sub/data.csv", "x");
        assertEquals(List.of(a, b, nested), ArticleReader.listInputs(dir));
    }

    @Test
    void listInputsTakesAFileAsItIs() throws Exception {
        Path file = write("single.text", "x");
        assertEquals(List.of(file), ArticleReader.listInputs(file));
    }

    @Test
    void listInputsOfMissingPathFails() {
        Path missing = dir.resolve("gone");
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.listInputs(missing));
        assertEquals("no such file or directory", e.reason());
        assertEquals(missing, e.path());
    }

    @Test
    void reasonIsKeptOnOneLine() {
        BadInputException e = new BadInputException(Path.of("x.txt"), "first\nsecond");
        assertEquals("x.txt: first second", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.reason().startsWith("first"));
    }

    @Test
    void anArticleOverMaxCharsIsRefusedWithItsLength() throws Exception {
        Path f = write("long.txt", "The minister spoke. ".repeat(100));
        BadInputException e = assertThrows(BadInputException.class, () -> new ArticleReader(1_000).read(f));
        assertEquals("too long: 2000 characters, more than --max-chars 1000 allows", e.reason());
        assertEquals("long", new ArticleReader(2_000).read(f).id());
        // far over the limit, the file is refused by its size, before it is read
        Path huge = write("huge.txt", "x".repeat(10_000));
        assertTrue(assertThrows(BadInputException.class, () -> new ArticleReader(1_000).read(huge)).reason()
                .startsWith("too long: about 3333 or more characters"));
    }

    @Test
    void anHtmlPageSavedAsTextIsRefused() throws Exception {
        Path page = write("page.txt", "<!DOCTYPE html>\n<html><head><title>Talks</title></head><body>"
                + "<p>The minister said talks would go on.</p></body></html>\n");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(page));
        assertTrue(e.reason().contains("HTML") && e.reason().contains(".html"), e.reason());
    }

    @Test
    void htmlMarkupWithoutADoctypeIsRefusedButAnArticleQuotingATagIsNot() throws Exception {
        StringBuilder b = new StringBuilder("<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                + " <a href=\"/about\">Reuters</a></div>\n<h1>Talks go on</h1>\n");
        for (int i = 0; i < 6; i++) {
            b.append("<p>The minister said on Monday that the talks in Geneva would continue.</p>\n");
        }
        assertTrue(Markup.dominates(b.toString()));
        assertThrows(BadInputException.class, () -> reader.read(write("fragment.txt", b.toString())));
        String article = "Shares of <Tandem Computers Inc> rose. The <b> tag makes text bold, the editor said.\n";
        assertFalse(Markup.dominates(article));
        assertEquals("quoting", reader.read(write("quoting.txt", article)).id());
    }
}
