package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The lexicon's files load, each one into a list the extractors use. */
class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.loadDefault();

    @Test
    void everyFileInTheFolderIsLoaded() throws IOException, URISyntaxException {
        Path dir = Path.of(Lexicon.class.getClassLoader().getResource(Lexicon.RESOURCE_DIR).toURI());
        TreeSet<String> inFolder = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> inFolder.add(f.getFileName().toString()));
        }
        assertEquals(inFolder, new TreeSet<>(LEXICON.files));
        assertEquals(LEXICON.files.size(), new TreeSet<>(LEXICON.files).size(), "each file is read once");
    }

    @Test
    void everyListIsFilledAndUsedByAnExtractor() throws IOException, IllegalAccessException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/newsgraph/extract"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("Lexicon.java")).toList()) {
                sources.add(Files.readString(f));
            }
        }
        for (Field f : lists()) {
            Object value = f.get(Modifier.isStatic(f.getModifiers()) ? null : LEXICON);
            int size = value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size();
            assertTrue(size > 0, f.getName());
        }
        assertTrue(lists().size() >= 40, "lists: " + lists().size());
        assertEquals(List.of(), unused(sources), "lists no extractor uses");
    }

    @Test
    void aListNamedOnlyInACommentOrAsPartOfALongerNameIsUnused() {
        List<String> all = lists().stream().map(Field::getName).toList();
        assertEquals(all, unused(List.of()));
        List<String> left = unused(List.of("// lexicon.roleNouns\n/* lexicon.months */ x = lexicon.monthsAgo;"
                + " y = lexicon.weekdays.contains(w); z = Lexicon.ARABIC_ARTICLES;"));
        assertTrue(left.containsAll(List.of("roleNouns", "months")), left.toString());
        assertFalse(left.contains("weekdays") || left.contains("ARABIC_ARTICLES"), left.toString());
    }

    /** The lists the lexicon gives: its public fields, and the static ones {@link ActorKeys} reads. */
    private static List<Field> lists() {
        List<Field> out = new ArrayList<>();
        for (Field f : Lexicon.class.getDeclaredFields()) {
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            boolean list = Collection.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType());
            if (list && (isStatic ? !Modifier.isPrivate(f.getModifiers()) : Modifier.isPublic(f.getModifiers()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Names of the lists that no source reads (outside comments, as a whole field name). */
    private static List<String> unused(List<String> sources) {
        String code = sources.stream().map(s -> s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " "))
                .collect(Collectors.joining("\n"));
        List<String> out = new ArrayList<>();
        for (Field f : lists()) {
            String owner = Modifier.isStatic(f.getModifiers()) ? "Lexicon" : "lexicon";
            if (!Pattern.compile("\\b" + owner + "\\." + f.getName() + "\\b").matcher(code).find()) {
                out.add(f.getName());
            }
        }
        return out;
    }

    @Test
    void weekdaysAreListedOnceAndComposeTheTimeLists() {
        assertTrue(LEXICON.calendarWords.containsAll(List.of("monday", "sunday", "january", "may")));
        assertTrue(LEXICON.days.containsAll(List.of("monday", "sunday", "yesterday")));
        assertFalse(LEXICON.days.contains("may"));
        assertTrue(LEXICON.speechSettingWords.containsAll(LEXICON.days));
        assertEquals("RU", LEXICON.seatsOfGovernment.get("Kremlin"));
        assertEquals("FR", LEXICON.seatsOfGovernment.get("\u00c9lys\u00e9e"), "read as UTF-8");
        assertEquals("call", LEXICON.meetingVerbs.get("phone"));
    }
}
