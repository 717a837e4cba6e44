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
        int lists = 0;
        for (Field f : Lexicon.class.getDeclaredFields()) {
            if (!Modifier.isPublic(f.getModifiers()) || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            lists++;
            Object value = f.get(LEXICON);
            int size = value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size();
            assertTrue(size > 0, f.getName());
            String use = "lexicon." + f.getName();
            assertTrue(sources.stream().anyMatch(s -> s.contains(use)), f.getName() + " is used by no extractor");
        }
        assertTrue(lists >= 40, "lists: " + lists);
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
