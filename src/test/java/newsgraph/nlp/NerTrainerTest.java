package newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

    private static final String[] PEOPLE = {"Anna Kowalski", "Pedro Alvarez", "Lena Fischer", "Omar Haddad",
        "Mei Tanaka", "Jonas Berg", "Sara Lindqvist", "Tom Okafor"};
    private static final String[] ORGS = {"Northwind Bank", "Acme Corp", "Blue River Party", "Delta Airlines",
        "Orion Institute", "Harbor Council"};
    private static final String[] PLACES = {"Paris", "Nairobi", "Lima", "Oslo", "Hanoi", "Quebec", "Tunis"};

    /** Sentences in OpenNLP format from a few templates; {@code offset} varies the combinations. */
    private static List<String> corpus(int n, int offset) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String p = tag("person", PEOPLE[(i + offset) % PEOPLE.length]);
            String o = tag("organization", ORGS[(i * 3 + offset) % ORGS.length]);
            String l = tag("location", PLACES[(i * 5 + offset) % PLACES.length]);
            switch (i % 4) {
                case 0 -> lines.add("President " + p + " met officials of " + o + " in " + l + " on Monday .");
                case 1 -> lines.add(o + " said on Tuesday that " + p + " would travel to " + l + " .");
                case 2 -> lines.add("In " + l + " , a spokesman for " + o + " declined to comment .");
                default -> lines.add("Mr " + p + " , who heads " + o + " , arrived in " + l + " late on Friday .");
            }
            if (i % 6 == 5) {
                lines.add(""); // document boundary
            }
        }
        return lines;
    }

    private static String tag(String type, String name) {
        return "<START:" + type + "> " + name + " <END>";
    }

    private static long count(List<String> lines, String marker) {
        long n = 0;
        for (String line : lines) {
            for (int i = line.indexOf(marker); i >= 0; i = line.indexOf(marker, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static NerTrainer.Settings tinySettings(String features) {
        return new NerTrainer.Settings("PERCEPTRON", 30, 0, 1, "BIO", features,
                List.of("train.txt"), "test.txt.gz", Map.of());
    }

    private static void writeCorpus(Path dir) throws IOException {
        Files.write(dir.resolve("train.txt"), corpus(48, 0), StandardCharsets.UTF_8);
        try (Writer w = new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(dir.resolve("test.txt.gz"))), StandardCharsets.UTF_8)) {
            for (String line : corpus(16, 1)) {
                w.write(line);
                w.write('\n');
            }
        }
    }

    private static void assertSane(NerTrainer.Score s) {
        assertTrue(s.precision() >= 0 && s.precision() <= 1, "precision " + s);
        assertTrue(s.recall() >= 0 && s.recall() <= 1, "recall " + s);
        assertTrue(s.f1() >= 0 && s.f1() <= 1, "f1 " + s);
        assertTrue(s.correct() <= s.gold() && s.correct() <= s.predicted(), "counts " + s);
    }

    private static List<String> found(TokenNameFinderModel model, String sentence, String type) {
        String[] tokens = sentence.split(" ");
        Span[] spans = new NameFinderME(model).find(tokens);
        List<String> names = new ArrayList<>();
        for (Span s : spans) {
            if (type.equals(s.getType())) {
                names.add(String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
            }
        }
        return names;
    }

    private static TokenNameFinderModel load(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new TokenNameFinderModel(in);
        }
    }

    @Test
    void dictionaryWordListsLoadInFileOrderWithoutComments() {
        assertEquals("Mr", NerTrainer.TITLE_WORDS.get(0));
        assertTrue(NerTrainer.TITLE_WORDS.contains("Secretary-General") && NerTrainer.TITLE_WORDS.contains("envoy"));
        assertEquals(List.of("Inc", "Inc."), NerTrainer.ORG_WORDS.subList(0, 2));
        assertTrue(NerTrainer.EXTRA_COUNTRIES.contains("U.S.") && NerTrainer.EXTRA_COUNTRIES.contains("Zaire"));
        for (List<String> list : List.of(NerTrainer.TITLE_WORDS, NerTrainer.ORG_WORDS, NerTrainer.EXTRA_COUNTRIES)) {
            assertTrue(list.stream().noneMatch(w -> w.isBlank() || w.startsWith("#")), list.toString());
        }
    }

    @Test
    void trainsEvaluatesWritesAndLoadsTinyModel(@TempDir Path dir) throws IOException {
        writeCorpus(dir);
        ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
        Path modelFile = dir.resolve("out/tiny-ner.bin");

        NerTrainer.NerTrainingResult r = new NerTrainer(tinySettings("default")).run(dir, modelFile, log);

        List<String> test = corpus(16, 1);
        assertEquals(count(test, "<START:"), r.overall().gold(), "all reference names are counted");
        assertSane(r.overall());
        for (String t : NerTrainer.TYPES) {
            assertSane(r.perType().get(t));
            assertEquals(count(test, "<START:" + t + ">"), r.perType().get(t).gold(), t);
        }
        assertTrue(r.overall().f1() > 0.5, "tiny model learns the templates: " + r.overall());
        String table = logBytes.toString(StandardCharsets.UTF_8);
        String reported = String.format(Locale.ROOT, "training time %.1f s", r.millis() / 1000.0);
        assertTrue(table.contains(reported), "the log reports the result's training time: " + table);
        assertTrue(table.contains("person") && table.contains("organization") && table.contains("all"), table);

        TokenNameFinderModel loaded = load(modelFile);
        assertEquals(List.of("Lena Fischer"),
                found(loaded, "President Lena Fischer met officials of Acme Corp in Oslo on Monday .", "person"));
    }

    @Test
    void projectFeaturesWithDictionariesGiveSelfContainedModel(@TempDir Path dir) throws IOException {
        writeCorpus(dir);
        NerTrainer trainer = new NerTrainer(tinySettings("classpath:newsgraph/models/ner-features.xml"));
        TokenNameFinderModel model = trainer.train(dir.resolve("train.txt"));
        NerTrainer.NerEvaluation ev = trainer.evaluate(model, dir.resolve("test.txt.gz"));
        assertSane(ev.overall());
        assertTrue(ev.overall().f1() > 0.5, ev.overall().toString());

        Path modelFile = dir.resolve("dict-ner.bin");
        NerTrainer.writeModel(model, modelFile);
        TokenNameFinderModel loaded = load(modelFile);   // dictionaries come from inside the model
        assertEquals(List.of("Omar Haddad"),
                found(loaded, "Mr Omar Haddad , who heads Harbor Council , arrived in Lima late on Friday .",
                        "person"));
    }

    @Test
    void shippedSettingsParse() throws IOException {
        NerTrainer.Settings s = NerTrainer.fromClasspath().settings();
        assertTrue(s.iterations() > 0 && s.threads() <= 2, s.toString());
        assertTrue(!s.trainFiles().isEmpty(), s.toString());
        assertEquals("ner-test.txt.gz", s.testFile());
        assertTrue(NerTrainer.projectDictionaries().get(NerTrainer.COUNTRIES_DICT).size() > 200);
    }

    @Test
    void shippedModelFindsPersonAndOrganization() throws IOException {
        TokenNameFinderModel model = NerTrainer.loadShippedModel();
        String sentence = "German Chancellor Angela Merkel met the head of the World Bank in Berlin on Monday ,"
                + " officials said .";
        assertTrue(found(model, sentence, "person").contains("Angela Merkel"), found(model, sentence, "person")
                .toString());
        assertTrue(found(model, sentence, "organization").contains("World Bank"),
                found(model, sentence, "organization").toString());
    }
}
