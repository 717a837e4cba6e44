package newsgraph.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains and evaluates the project's English name finder (person, organization, location) from the
 * OpenNLP-format corpus in {@code shared/ner} (see its README and {@code NOTICE-ner.md}).
 *
 * <p>Training is reproducible: the training files are read in the configured order, the perceptron
 * trainer visits events in that order, and the project dictionaries are built deterministically from
 * {@link Locale} data and fixed word lists. Progress goes to the {@link PrintStream} the caller passes;
 * OpenNLP's own training log (slf4j, INFO) is silenced unless {@code verbose} is set.
 *
 * <p>The shipped settings are in {@value #DEFAULT_PROPERTIES}; {@link #fromClasspath()} +
 * {@link #run(Path, Path, PrintStream)} rebuild the shipped model {@code en-ner-news.bin}.
 */
public final class NerTrainer {
    static {
        NlpModels.configureOpenNlp(); // the descriptor names DictionarySpanFeaturesFactory
    }


    /** Classpath location of the shipped training settings. */
    public static final String DEFAULT_PROPERTIES = "/newsgraph/models/ner-training.properties";
    /** Classpath location of the shipped model. */
    public static final String DEFAULT_MODEL = "/newsgraph/models/en-ner-news.bin";
    /** The entity types of the corpus, in table order. */
    public static final List<String> TYPES = List.of("person", "organization", "location");

    /** Resource names of the project dictionaries (the ".dictionary" extension selects OpenNLP's serializer). */
    public static final String TITLES_DICT = "titles.dictionary";
    public static final String COUNTRIES_DICT = "countries.dictionary";
    public static final String ORG_WORDS_DICT = "orgwords.dictionary";

    private static final String SLF4J_SIMPLE_OPENNLP_LEVEL = "org.slf4j.simpleLogger.log.opennlp";

    /** Precision, recall and F1 of exact-match spans, with the counts behind them. */
    public record Score(double precision, double recall, double f1, long gold, long predicted, long correct) {
        static Score of(FMeasure fm, long gold, long predicted, long correct) {
            return new Score(fm.getPrecisionScore(), fm.getRecallScore(), fm.getFMeasure(), gold, predicted, correct);
        }
    }

    /** Scores of one evaluation run: per type (person, organization, location) and micro-averaged. */
    public record NerEvaluation(Map<String, Score> perType, Score overall) {
    }

    /** A trained model with its scores on the test file and the training wall time. */
    public record NerTrainingResult(TokenNameFinderModel model, Map<String, Score> perType, Score overall,
                                    long millis) {
    }

    /**
     * Training settings.
     *
     * @param algorithm  OpenNLP trainer, e.g. PERCEPTRON or MAXENT
     * @param iterations maximum iterations
     * @param cutoff     feature count cutoff
     * @param threads    trainer threads (only used by MAXENT/QN; at most 2 on the build machine)
     * @param codec      BIO or BILOU
     * @param features   "default" (OpenNLP's built-in generator), "classpath:/path.xml" or a file path
     * @param trainFiles training files, relative to the corpus folder, read in this order
     * @param testFile   test file, relative to the corpus folder
     * @param extra      further TrainingParameters passed through as given (e.g. Tolerance)
     */
    public record Settings(String algorithm, int iterations, int cutoff, int threads, String codec,
                           String features, List<String> trainFiles, String testFile,
                           Map<String, String> extra) {
        public Settings {
            Objects.requireNonNull(algorithm);
            Objects.requireNonNull(codec);
            Objects.requireNonNull(features);
            trainFiles = List.copyOf(trainFiles);
            Objects.requireNonNull(testFile);
            extra = Collections.unmodifiableMap(new TreeMap<>(extra));
            if (threads < 1 || iterations < 1 || cutoff < 0) {
                throw new IllegalArgumentException("bad settings: threads, iterations, cutoff");
            }
        }

        /** The README baseline: perceptron, 300 iterations, cutoff 0, default features, BIO. */
        public static Settings baseline() {
            return new Settings("PERCEPTRON", 300, 0, 1, "BIO", "default",
                    List.of("ner-train.txt.gz"), "ner-test.txt.gz", Map.of());
        }

        public Settings withFeatures(String f) {
            return new Settings(algorithm, iterations, cutoff, threads, codec, f, trainFiles, testFile, extra);
        }

        public Settings withTrainFiles(List<String> files) {
            return new Settings(algorithm, iterations, cutoff, threads, codec, features, files, testFile, extra);
        }

        public Settings withIterations(int n) {
            return new Settings(algorithm, n, cutoff, threads, codec, features, trainFiles, testFile, extra);
        }

        public Settings withExtra(Map<String, String> more) {
            Map<String, String> m = new TreeMap<>(extra);
            m.putAll(more);
            return new Settings(algorithm, iterations, cutoff, threads, codec, features, trainFiles, testFile, m);
        }
    }

    private final Settings settings;
    private final boolean verbose;
    private PrintStream log;

    public NerTrainer(Settings settings) {
        this(settings, false);
    }

    /** @param verbose if true, OpenNLP's own training log is left on (slf4j; stderr with slf4j-simple) */
    public NerTrainer(Settings settings, boolean verbose) {
        this.settings = Objects.requireNonNull(settings);
        this.verbose = verbose;
        this.log = new PrintStream(OutputStream.nullOutputStream());
    }

    public Settings settings() {
        return settings;
    }

    /** Where {@link #train} and {@link #evaluate} print progress (default: nowhere). */
    public NerTrainer withLog(PrintStream out) {
        this.log = out == null ? new PrintStream(OutputStream.nullOutputStream()) : out;
        return this;
    }

    // ------------------------------------------------------------------ settings from properties

    /** The shipped settings, {@value #DEFAULT_PROPERTIES}. */
    public static NerTrainer fromClasspath() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(DEFAULT_PROPERTIES)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + DEFAULT_PROPERTIES);
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(p);
        }
    }

    public static NerTrainer fromProperties(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return fromProperties(p);
    }

    /**
     * Keys: algorithm, iterations, cutoff, threads, codec, features, train.files (comma separated,
     * relative to the corpus folder), test.file, verbose, and opennlp.&lt;Param&gt; for any further
     * OpenNLP training parameter.
     */
    public static NerTrainer fromProperties(Properties p) {
        Settings b = Settings.baseline();
        List<String> train = new ArrayList<>();
        for (String s : p.getProperty("train.files", String.join(",", b.trainFiles())).split(",")) {
            if (!s.isBlank()) {
                train.add(s.trim());
            }
        }
        Map<String, String> extra = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("opennlp.")) {
                extra.put(k.substring("opennlp.".length()), p.getProperty(k).trim());
            }
        }
        Settings s = new Settings(
                p.getProperty("algorithm", b.algorithm()).trim(),
                Integer.parseInt(p.getProperty("iterations", "" + b.iterations()).trim()),
                Integer.parseInt(p.getProperty("cutoff", "" + b.cutoff()).trim()),
                Integer.parseInt(p.getProperty("threads", "" + b.threads()).trim()),
                p.getProperty("codec", b.codec()).trim(),
                p.getProperty("features", b.features()).trim(),
                train,
                p.getProperty("test.file", b.testFile()).trim(),
                extra);
        return new NerTrainer(s, Boolean.parseBoolean(p.getProperty("verbose", "false").trim()));
    }

    // ------------------------------------------------------------------ the whole job

    /**
     * Trains on the configured training files under {@code nerDir}, evaluates on the configured test
     * file, writes the model to {@code outModel} and prints a P/R/F1 table to {@code log}.
     */
    public NerTrainingResult run(Path nerDir, Path outModel, PrintStream log) throws IOException {
        withLog(log);
        List<Path> train = new ArrayList<>();
        for (String f : settings.trainFiles()) {
            train.add(nerDir.resolve(f));
        }
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(train);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        NerEvaluation ev = evaluate(model, nerDir.resolve(settings.testFile()));
        if (outModel != null) {
            writeModel(model, outModel);
            this.log.printf(Locale.ROOT, "model written to %s (%d bytes)%n", outModel, Files.size(outModel));
        }
        this.log.printf(Locale.ROOT, "training time %.1f s; scores on %s:%n", millis / 1000.0, settings.testFile());
        printTable(ev, this.log);
        return new NerTrainingResult(model, ev.perType(), ev.overall(), millis);
    }

    // ------------------------------------------------------------------ training

    public TokenNameFinderModel train(Path trainTxtOrGz) throws IOException {
        return train(List.of(trainTxtOrGz));
    }

    /** Trains on the given files, read in order; a document boundary is inserted between files. */
    public TokenNameFinderModel train(List<Path> trainFiles) throws IOException {
        for (Path p : trainFiles) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("training file not found: " + p);
            }
        }
        byte[] descriptor = loadFeatureDescriptor(settings.features());
        Map<String, Object> resources = resourcesFor(descriptor);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources,
                codec(settings.codec()));
        TrainingParameters params = trainingParameters();
        log.printf(Locale.ROOT, "NER training: %s, %d iterations, cutoff %d, threads %d, codec %s, features %s%s%n",
                settings.algorithm(), settings.iterations(), settings.cutoff(), settings.threads(),
                settings.codec(), settings.features(),
                resources.isEmpty() ? "" : ", dictionaries " + new TreeSet<>(resources.keySet()));
        for (Path p : trainFiles) {
            log.println("  train file " + p);
        }
        String previousLevel = verbose ? null : quietOpenNlp();
        long t0 = System.nanoTime();
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(lines(trainFiles))) {
            TokenNameFinderModel model = NameFinderME.train("en", null, samples, params, factory);
            log.printf(Locale.ROOT, "  trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return model;
        } finally {
            if (!verbose) {
                restoreOpenNlp(previousLevel);
            }
        }
    }

    TrainingParameters trainingParameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, settings.threads());
        settings.extra().forEach(params::put);
        return params;
    }

    static SequenceCodec<String> codec(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "BIO" -> new BioCodec();
            case "BILOU" -> new BilouCodec();
            default -> throw new IllegalArgumentException("unknown codec " + name + " (BIO or BILOU)");
        };
    }

    /** null for OpenNLP's default feature generator. */
    static byte[] loadFeatureDescriptor(String features) throws IOException {
        if (features == null || features.isBlank() || features.equals("default")) {
            return null;
        }
        if (features.startsWith("classpath:")) {
            String res = features.substring("classpath:".length());
            if (!res.startsWith("/")) {
                res = "/" + res;
            }
            try (InputStream in = NerTrainer.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IOException("missing classpath resource " + res);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(features));
    }

    /** The project dictionaries that the descriptor refers to (they are then stored inside the model). */
    static Map<String, Object> resourcesFor(byte[] descriptor) {
        Map<String, Object> res = new LinkedHashMap<>();
        if (descriptor == null) {
            return res;
        }
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        projectDictionaries().forEach((k, v) -> {
            if (xml.contains(k)) {
                res.put(k, v);
            }
        });
        return res;
    }

    // ------------------------------------------------------------------ dictionaries

    /** Title and role words that precede a person's name. No person names. */
    static final List<String> TITLE_WORDS = wordList("ner-title-words.txt");

    /** Words that end or start organization names. No person names. */
    static final List<String> ORG_WORDS = wordList("ner-organisation-words.txt");

    /** Commonly used country names beside the CLDR ones from {@link Locale}. No person names. */
    static final List<String> EXTRA_COUNTRIES = wordList("ner-extra-countries.txt");

    /**
     * A word list beside the model ({@code newsgraph/models/}), one entry per line in file order, {@code #}
     * comments. Here rather than in the extractors' lexicon: the name finder sits below the extractors.
     */
    static List<String> wordList(String file) {
        String path = "/newsgraph/models/" + file;
        List<String> out = new ArrayList<>();
        try (InputStream in = NerTrainer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + path);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read word list " + path, e);
        }
        return List.copyOf(out);
    }

    /** The project dictionaries by resource name; built in code, deterministic (no cache: training builds them once). */
    public static Map<String, Dictionary> projectDictionaries() {
        Map<String, Dictionary> m = new LinkedHashMap<>();
        m.put(TITLES_DICT, dictionary(TITLE_WORDS, false));
        m.put(COUNTRIES_DICT, dictionary(countryNames(), true));
        m.put(ORG_WORDS_DICT, dictionary(ORG_WORDS, true));
        return Collections.unmodifiableMap(m);
    }

    /** English country names from {@link Locale#getISOCountries()}, with simple variants, sorted. */
    static List<String> countryNames() {
        Set<String> names = new TreeSet<>(EXTRA_COUNTRIES);
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.isBlank() || name.equals(code)) {
                continue;
            }
            name = name.replace('\u2019', '\'');
            // "Myanmar (Burma)" -> Myanmar, Burma; "Congo - Kinshasa" -> Congo
            int paren = name.indexOf('(');
            if (paren > 0) {
                int close = name.indexOf(')', paren);
                if (close > paren) {
                    names.add(name.substring(paren + 1, close).trim());
                }
                name = name.substring(0, paren).trim();
            }
            int dash = name.indexOf(" - ");
            if (dash > 0) {
                name = name.substring(0, dash).trim();
            }
            names.add(name);
            if (name.contains("&")) {
                names.add(name.replace("&", "and"));
            }
            if (name.startsWith("St. ")) {
                names.add("Saint " + name.substring(4));
            }
        }
        return new ArrayList<>(names);
    }

    static Dictionary dictionary(List<String> entries, boolean caseSensitive) {
        Dictionary d = new Dictionary(caseSensitive);
        for (String e : new TreeSet<>(entries)) {
            String[] toks = tokenize(e);
            if (toks.length > 0) {
                d.put(new StringList(toks));
            }
        }
        return d;
    }

    /** Splits like the corpus: on spaces, with "&", ",", "'s" and "-" between words as tokens. */
    private static String[] tokenize(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith(",") && t.length() > 1) {
                out.add(t.substring(0, t.length() - 1));
                out.add(",");
            } else {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }

    // ------------------------------------------------------------------ evaluation

    /** Exact-match span evaluation with {@link TokenNameFinderEvaluator}, overall and per type. */
    public NerEvaluation evaluate(TokenNameFinderModel model, Path testTxtOrGz) throws IOException {
        PerTypeMonitor monitor = new PerTypeMonitor();
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model), monitor);
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(lines(List.of(testTxtOrGz)))) {
            evaluator.evaluate(samples);
        }
        Map<String, Score> perType = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>(TYPES);
        types.addAll(new TreeSet<>(monitor.byType.keySet()));
        for (String t : types) {
            Counts c = monitor.byType.getOrDefault(t, new Counts());
            perType.put(t, Score.of(c.fm, c.gold, c.predicted, c.correct));
        }
        Score overall = Score.of(evaluator.getFMeasure(), monitor.all.gold, monitor.all.predicted,
                monitor.all.correct);
        log.printf(Locale.ROOT, "  evaluated %d sentences of %s: F1 %.4f%n", monitor.sentences,
                testTxtOrGz.getFileName(), overall.f1());
        return new NerEvaluation(Collections.unmodifiableMap(perType), overall);
    }

    private static final class Counts {
        final FMeasure fm = new FMeasure();
        long gold;
        long predicted;
        long correct;

        void add(Span[] ref, Span[] pred) {
            fm.updateScores(ref, pred);
            gold += ref.length;
            predicted += pred.length;
            Set<Span> r = new HashSet<>(Arrays.asList(ref));
            for (Span p : pred) {
                if (r.remove(p)) {
                    correct++;
                }
            }
        }
    }

    /** Splits reference and predicted spans by type and scores each type with its own FMeasure. */
    private static final class PerTypeMonitor implements TokenNameFinderEvaluationMonitor {
        final Map<String, Counts> byType = new TreeMap<>();
        final Counts all = new Counts();
        long sentences;

        @Override
        public void correctlyClassified(NameSample reference, NameSample prediction) {
            add(reference, prediction);
        }

        @Override
        public void misclassified(NameSample reference, NameSample prediction) {
            add(reference, prediction);
        }

        private void add(NameSample reference, NameSample prediction) {
            sentences++;
            Span[] ref = reference.getNames();
            Span[] pred = prediction.getNames();
            all.add(ref, pred);
            Set<String> types = new TreeSet<>(TYPES);
            for (Span s : ref) {
                types.add(s.getType());
            }
            for (Span s : pred) {
                types.add(s.getType());
            }
            for (String t : types) {
                byType.computeIfAbsent(t, k -> new Counts()).add(ofType(ref, t), ofType(pred, t));
            }
        }

        private static Span[] ofType(Span[] spans, String type) {
            return Arrays.stream(spans).filter(s -> type.equals(s.getType())).toArray(Span[]::new);
        }
    }

    /** Prints: type, P, R, F1 and the counts, one row per type and "all" (micro average). */
    public static void printTable(NerEvaluation ev, PrintStream out) {
        out.printf(Locale.ROOT, "%-13s %6s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred", "ok");
        ev.perType().forEach((t, s) -> row(out, t, s));
        row(out, "all", ev.overall());
    }

    private static void row(PrintStream out, String type, Score s) {
        out.printf(Locale.ROOT, "%-13s %6.3f %6.3f %6.3f %6d %6d %6d%n", type, s.precision(), s.recall(), s.f1(),
                s.gold(), s.predicted(), s.correct());
    }

    // ------------------------------------------------------------------ I/O

    /** Writes the model (with its feature descriptor and dictionaries) atomically to {@code out}. */
    public static void writeModel(TokenNameFinderModel model, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        String previousLevel = quietOpenNlp(); // the model writer logs at INFO
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                model.serialize(os);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            restoreOpenNlp(previousLevel);
            Files.deleteIfExists(tmp);
        }
    }

    /** Loads the shipped model {@value #DEFAULT_MODEL} from the classpath. */
    public static TokenNameFinderModel loadShippedModel() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + DEFAULT_MODEL);
            }
            return new TokenNameFinderModel(new BufferedInputStream(in));
        }
    }

    private static InputStreamFactory opener(Path p) {
        boolean gz = p.getFileName().toString().endsWith(".gz");
        return () -> {
            InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
            return gz ? new GZIPInputStream(in, 1 << 16) : in;
        };
    }

    /** Lines of the files in order, with an empty line (document end) between files. */
    static ObjectStream<String> lines(List<Path> files) throws IOException {
        if (files.size() == 1) {
            return new PlainTextByLineStream(opener(files.get(0)), StandardCharsets.UTF_8);
        }
        return new ObjectStream<>() {
            private int index = -1;
            private ObjectStream<String> current;
            private boolean separatorPending;

            @Override
            public String read() throws IOException {
                while (true) {
                    if (separatorPending) {
                        separatorPending = false;
                        return "";
                    }
                    if (current != null) {
                        String line = current.read();
                        if (line != null) {
                            return line;
                        }
                        current.close();
                        current = null;
                        separatorPending = index + 1 < files.size();
                        continue;
                    }
                    if (index + 1 >= files.size()) {
                        return null;
                    }
                    index++;
                    current = new PlainTextByLineStream(opener(files.get(index)), StandardCharsets.UTF_8);
                }
            }

            @Override
            public void reset() throws IOException {
                close();
                index = -1;
                separatorPending = false;
            }

            @Override
            public void close() throws IOException {
                if (current != null) {
                    current.close();
                    current = null;
                }
            }
        };
    }

    /** Sets slf4j-simple's level for OpenNLP loggers created from now on; returns the previous value. */
    private static String quietOpenNlp() {
        String prev = System.getProperty(SLF4J_SIMPLE_OPENNLP_LEVEL);
        if (prev == null) {
            System.setProperty(SLF4J_SIMPLE_OPENNLP_LEVEL, "warn");
        }
        return prev;
    }

    private static void restoreOpenNlp(String previous) {
        if (previous == null) {
            System.clearProperty(SLF4J_SIMPLE_OPENNLP_LEVEL);
        }
    }
}
