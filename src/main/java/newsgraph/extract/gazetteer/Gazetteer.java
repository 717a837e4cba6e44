package newsgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import newsgraph.extract.gazetteer.GazetteerMatch.Kind;

/**
 * Countries, organisations and titles for the extractor, with lookups and a longest-match token matcher.
 *
 * <p>Load it once with {@link #loadDefault()} (the project's data files on the classpath, under
 * {@code newsgraph/gazetteer/}) or {@link #load(Path)} and keep the instance: it is immutable and safe to share
 * between threads.
 *
 * <p>Every surface is compared on its key ({@link #normalize(String)}): case, accents, hyphens and most
 * punctuation do not matter, a possessive "'s" is ignored. The exception is an abbreviation written in
 * capitals without dots ("US", "WHO", "CAR"): it only matches text in capitals, so the pronoun "us" is not
 * the United States. Surfaces that are also common words, names or other places ("Georgia", "Turkey",
 * "Chad", "General") are flagged by {@link #isAmbiguous(String)} and {@link GazetteerMatch#ambiguous()}.
 */
public final class Gazetteer {

    /** Where {@link #loadDefault()} finds the data files. */
    public static final String RESOURCE_DIR = "newsgraph/gazetteer/";
    public static final String COUNTRIES = "countries.tsv";
    public static final String ORGANIZATIONS = "organizations.tsv";
    public static final String TITLES = "titles.tsv";
    public static final String AMBIGUOUS = "ambiguous.tsv";
    /** Optional: cities and regions that are not capitals. */
    public static final String PLACES = "places.tsv";
    /** Optional: first names that tell a gender. */
    public static final String FIRST_NAMES = "firstnames.tsv";

    /** Allowed values of {@link Organization#kind()}. */
    public static final Set<String> ORGANIZATION_KINDS = Set.of(
            "intergovernmental", "alliance", "ngo", "news_agency", "court", "financial", "political",
            "central_bank", "statistics", "regulator", "think_tank", "business_group", "union", "police", "party", "club");
    /** Allowed values of {@link Title#kind()}. */
    public static final Set<String> TITLE_KINDS = Set.of(
            "head_of_state", "head_of_government", "minister", "deputy_minister", "diplomat", "spokesperson",
            "official", "military", "royal", "religious", "business", "journalist", "honorific");

    private static final String HISTORIC = "historic";
    private static final String USER_ASSIGNED = "user_assigned";
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_KEY = Pattern.compile("[a-z0-9_]+");
    /** Tokens that end a multi-word match: a phrase never runs across them. */
    private static final Pattern BARRIER = Pattern.compile(".*[;:!?\"\u201C\u201D\u00AB\u00BB\u2026|].*");
    /** ISO 3166-1 exceptional reservations that feeds use as if they were codes. */
    private static final Map<String, String> RESERVED_CODES = Map.of("UK", "GB");

    private final List<Country> countries;
    private final List<Organization> organizations;
    private final List<Title> titles;
    private final Set<String> historic;
    private final Set<String> userAssigned;
    private final Map<String, Country> byCode;
    private final Set<String> ambiguousKeys;
    private final Map<String, String> placeCountries;
    private final Map<String, Character> firstNameGenders;
    private final Node root = new Node();

    private Gazetteer(List<Country> countries, Map<String, String> status, List<Organization> organizations,
                      List<Title> titles, Set<String> ambiguousKeys, Map<String, String> placeCountries,
                      Map<String, Character> firstNameGenders) {
        this.placeCountries = Map.copyOf(placeCountries);
        this.firstNameGenders = Map.copyOf(firstNameGenders);
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        this.titles = List.copyOf(titles);
        Set<String> hist = new HashSet<>();
        Set<String> user = new HashSet<>();
        status.forEach((code, s) -> {
            if (s.equals(HISTORIC)) {
                hist.add(code);
            } else if (s.equals(USER_ASSIGNED)) {
                user.add(code);
            }
        });
        this.historic = Set.copyOf(hist);
        this.userAssigned = Set.copyOf(user);
        Map<String, Country> codes = new HashMap<>();
        for (Country c : countries) {
            codes.put(c.alpha2(), c);
            codes.put(c.alpha3(), c);
        }
        RESERVED_CODES.forEach((code, target) -> {
            if (!codes.containsKey(code) && codes.containsKey(target)) {
                codes.put(code, codes.get(target));
            }
        });
        this.byCode = Map.copyOf(codes);
        this.ambiguousKeys = Set.copyOf(ambiguousKeys);
        buildIndex();
    }

    // ------------------------------------------------------------------ loading

    /** Reads the project's data files from the classpath and returns a new instance. */
    public static Gazetteer loadDefault() {
        return load(new Source() {
            @Override
            public Reader open(String name) {
                InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource not on the classpath: " + RESOURCE_DIR + name);
                }
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public boolean has(String name) {
                return true; // the project ships every file
            }
        });
    }

    /**
     * Reads {@code countries.tsv}, {@code organizations.tsv}, {@code titles.tsv}, {@code ambiguous.tsv} and,
     * if there, {@code places.tsv} and {@code firstnames.tsv} from a folder.
     */
    public static Gazetteer load(Path dir) {
        return load(new Source() {
            @Override
            public Reader open(String name) {
                try {
                    return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read gazetteer file " + dir.resolve(name), e);
                }
            }

            @Override
            public boolean has(String name) {
                return Files.isRegularFile(dir.resolve(name));
            }
        });
    }

    private interface Source {
        Reader open(String name);

        /** Whether the optional file {@code name} is there. */
        boolean has(String name);
    }

    private static Gazetteer load(Source source) {
        Map<String, String> status = new LinkedHashMap<>();
        List<Country> countries = readCountries(source, status);
        Set<String> known = new HashSet<>();
        countries.forEach(c -> known.add(c.alpha2()));
        List<Organization> organizations = readOrganizations(source, known);
        List<Title> titles = readTitles(source);
        Set<String> ambiguous = new HashSet<>();
        for (Row row : Tsv.read(source, AMBIGUOUS, List.of("surface"))) {
            String key = Keys.normalize(row.get("surface"));
            if (key.isEmpty()) {
                throw row.error("empty surface");
            }
            ambiguous.add(key);
        }
        Map<String, String> places = new HashMap<>();
        if (source.has(PLACES)) {
            for (Row row : Tsv.read(source, PLACES, List.of("place", "country"))) {
                String key = Keys.normalize(row.get("place"));
                if (key.isEmpty() || !known.contains(row.get("country"))) {
                    throw row.error("empty place or unknown country code '" + row.get("country") + "'");
                }
                places.put(key, row.get("country"));
            }
        }
        Map<String, Character> genders = new HashMap<>();
        if (source.has(FIRST_NAMES)) {
            for (Row row : Tsv.read(source, FIRST_NAMES, List.of("name", "gender"))) {
                String key = Keys.normalize(row.get("name"));
                String g = row.get("gender");
                if (key.isEmpty() || !(g.equals("f") || g.equals("m")) || genders.put(key, g.charAt(0)) != null) {
                    throw row.error("empty or repeated name, or gender not f or m: '" + g + "'");
                }
            }
        }
        return new Gazetteer(countries, status, organizations, titles, ambiguous, places, genders);
    }

    private static List<Country> readCountries(Source source, Map<String, String> status) {
        List<Country> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Row row : Tsv.read(source, COUNTRIES,
                List.of("alpha2", "alpha3", "name", "variants", "demonyms", "capitals"))) {
            String a2 = row.get("alpha2");
            String a3 = row.get("alpha3");
            if (!ALPHA2.matcher(a2).matches() || !ALPHA3.matcher(a3).matches()) {
                throw row.error("bad ISO codes '" + a2 + "' '" + a3 + "'");
            }
            if (!codes.add(a2) || !codes.add(a3)) {
                throw row.error("duplicate code " + a2 + "/" + a3);
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                throw row.error("empty name");
            }
            String st = row.get("status");
            if (!st.isEmpty() && !st.equals(HISTORIC) && !st.equals(USER_ASSIGNED)) {
                throw row.error("status must be empty, historic or user_assigned: " + st);
            }
            status.put(a2, st);
            out.add(new Country(a2, a3, name, row.list("variants"), row.list("demonyms"), row.list("capitals")));
        }
        return out;
    }

    private static List<Organization> readOrganizations(Source source, Set<String> knownCountries) {
        List<Organization> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Row row : Tsv.read(source, ORGANIZATIONS, List.of("key", "name", "aliases", "kind", "country"))) {
            String key = row.get("key");
            if (!ORG_KEY.matcher(key).matches() || !keys.add(key)) {
                throw row.error("bad or duplicate key '" + key + "'");
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                throw row.error("empty name");
            }
            String kind = row.get("kind");
            if (!ORGANIZATION_KINDS.contains(kind)) {
                throw row.error("unknown organisation kind '" + kind + "'");
            }
            String country = row.get("country");
            if (!country.isEmpty() && !knownCountries.contains(country)) {
                throw row.error("unknown country code '" + country + "'");
            }
            out.add(new Organization(key, name, row.list("aliases"), kind, country));
        }
        return out;
    }

    private static List<Title> readTitles(Source source) {
        List<Title> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Row row : Tsv.read(source, TITLES, List.of("title", "kind", "gender"))) {
            String title = row.get("title");
            String key = Keys.normalize(title);
            if (key.isEmpty() || !keys.add(key)) {
                throw row.error("empty or duplicate title '" + title + "'");
            }
            String kind = row.get("kind");
            if (!TITLE_KINDS.contains(kind)) {
                throw row.error("unknown title kind '" + kind + "'");
            }
            String gender = row.get("gender");
            if (!gender.isEmpty() && !gender.equals("m") && !gender.equals("f")) {
                throw row.error("gender must be m, f or empty: " + gender);
            }
            out.add(new Title(title, kind, gender));
        }
        return out;
    }

    // ------------------------------------------------------------------ index

    /** One surface of one entry, as stored under its key. */
    private record Surface(Kind kind, GazetteerEntry entry, String text, boolean caseSensitive, String skeleton,
                           boolean historic, int order) {

        boolean accepts(String rawSkeleton) {
            return !caseSensitive || skeleton.equals(rawSkeleton);
        }
    }

    /** A node of the word trie; {@code surfaces} are the entries whose key ends here, best first. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Surface> surfaces = new ArrayList<>(1);
    }

    private static final Comparator<Surface> PRIORITY = Comparator
            .comparingInt((Surface s) -> s.kind().ordinal())
            .thenComparing(Surface::historic)
            .thenComparingInt(Surface::order);

    private void buildIndex() {
        int[] order = {0};
        for (Country c : countries) {
            boolean hist = historic.contains(c.alpha2());
            add(Kind.COUNTRY_NAME, c, c.name(), hist, order[0]++);
            c.variants().forEach(v -> add(Kind.COUNTRY_NAME, c, v, hist, order[0]++));
            c.demonyms().forEach(v -> add(Kind.DEMONYM, c, v, hist, order[0]++));
            c.capitals().forEach(v -> add(Kind.CAPITAL, c, v, hist, order[0]++));
        }
        for (Organization o : organizations) {
            add(Kind.ORGANIZATION, o, o.name(), false, order[0]++);
            o.aliases().forEach(a -> add(Kind.ORGANIZATION, o, a, false, order[0]++));
        }
        for (Title t : titles) {
            add(Kind.TITLE, t, t.title(), false, order[0]++);
        }
        sort(root);
    }

    private void add(Kind kind, GazetteerEntry entry, String text, boolean hist, int order) {
        List<Keys.Word> words = Keys.words(text);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (Keys.Word w : words) {
            node = node.next.computeIfAbsent(w.norm(), k -> new Node());
        }
        boolean cs = Keys.isCaseSensitive(text);
        String skeleton = Keys.skeleton(Keys.fold(text));
        for (Surface s : node.surfaces) {
            if (s.kind() == kind && s.entry() == entry && (!s.caseSensitive() || s.skeleton().equals(skeleton))) {
                return; // same entry, same key, already as permissive
            }
        }
        node.surfaces.add(new Surface(kind, entry, text, cs, skeleton, hist, order));
    }

    private static void sort(Node node) {
        node.surfaces.sort(PRIORITY);
        node.next.values().forEach(Gazetteer::sort);
    }

    private Node find(List<Keys.Word> words) {
        Node node = root;
        for (Keys.Word w : words) {
            node = node.next.get(w.norm());
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static String rawSkeleton(List<Keys.Word> words) {
        StringBuilder b = new StringBuilder();
        for (Keys.Word w : words) {
            b.append(Keys.skeleton(w.raw()));
        }
        return b.toString();
    }

    /** The surfaces a text names (any kind), case rule applied, best first; tries again without a leading "the". */
    private List<Surface> candidates(String text) {
        List<Keys.Word> words = Keys.words(text);
        List<Surface> found = candidates(words);
        if (found.isEmpty() && words.size() > 1 && words.get(0).norm().equals("the")) {
            found = candidates(words.subList(1, words.size()));
        }
        return found;
    }

    private List<Surface> candidates(List<Keys.Word> words) {
        Node node = words.isEmpty() ? null : find(words);
        if (node == null) {
            return List.of();
        }
        String raw = rawSkeleton(words);
        List<Surface> out = new ArrayList<>(node.surfaces.size());
        for (Surface s : node.surfaces) {
            if (s.accepts(raw)) {
                out.add(s);
            }
        }
        return out;
    }

    private <T extends GazetteerEntry> Optional<T> lookup(String text, Kind kind, Class<T> type) {
        for (Surface s : candidates(text)) {
            if (s.kind() == kind) {
                return Optional.of(type.cast(s.entry()));
            }
        }
        return Optional.empty();
    }

    /** Distinct entries of some surfaces, best first; a historic state is dropped when a current one is there. */
    private static List<GazetteerEntry> distinct(List<Surface> surfaces) {
        boolean current = surfaces.stream().anyMatch(s -> !s.historic());
        LinkedHashSet<GazetteerEntry> out = new LinkedHashSet<>();
        for (Surface s : surfaces) {
            if (!(current && s.historic())) {
                out.add(s.entry());
            }
        }
        return new ArrayList<>(out);
    }

    // ------------------------------------------------------------------ public lookups

    /**
     * The key a surface is compared on: NFKD with accents folded, lower case, words split at spaces, hyphens
     * and other punctuation and joined by one space, "&amp;" read as "and", a possessive "'s" dropped, dots
     * dropped except inside an abbreviation of single letters ("U.S." and "U.S" are "u.s.", "US" is "us",
     * "St." is "st"), inner apostrophes dropped ("Côte d'Ivoire" is "cote divoire").
     */
    public static String normalize(String s) {
        return Keys.normalize(s);
    }

    /** All countries in file order: the ISO 3166-1 ones, Kosovo (XK), then the historic states. */
    public List<Country> countries() {
        return countries;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<Title> titles() {
        return titles;
    }

    /** Whether a country is a former state (Soviet Union, Yugoslavia, East Germany, Czechoslovakia). */
    public boolean isHistoric(Country country) {
        return historic.contains(country.alpha2());
    }

    /** Whether a country's code is user-assigned rather than ISO 3166-1 (Kosovo, XK). */
    public boolean isUserAssigned(Country country) {
        return userAssigned.contains(country.alpha2());
    }

    /** A country by its alpha-2 or alpha-3 code, any case ("sy", "SYR"); "UK" is read as GB. */
    public Optional<Country> countryByCode(String alpha2or3) {
        if (alpha2or3 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(alpha2or3.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * A country by its name or a variant ("Syria", "Syrian Arab Republic", "U.S.", "the Netherlands"), in any
     * case, except abbreviations in capitals without dots, which only match in capitals ("US" but not "us").
     */
    public Optional<Country> countryByName(String surface) {
        return lookup(surface, Kind.COUNTRY_NAME, Country.class);
    }

    /** A country by a demonym ("Syrian", "Syrians", "British", "Dutch"). */
    public Optional<Country> countryByDemonym(String surface) {
        return lookup(surface, Kind.DEMONYM, Country.class);
    }

    /** A country by its capital ("Damascus", "Washington"). A current country wins over a historic one. */
    public Optional<Country> countryByCapital(String surface) {
        return lookup(surface, Kind.CAPITAL, Country.class);
    }

    /** An organisation by its name or an alias ("United Nations", "U.N.", "UN", "Agence France-Presse"). */
    public Optional<Organization> organization(String surface) {
        return lookup(surface, Kind.ORGANIZATION, Organization.class);
    }

    /** The country of a city or region that is not a capital ("Aleppo" SY, "Westminster" GB), from places.tsv. */
    public Optional<String> placeCountry(String surface) {
        return Optional.ofNullable(placeCountries.get(Keys.normalize(surface)));
    }

    /** 'f' or 'm' for a first name that tells a gender ("Anna", "Daniel"), from firstnames.tsv; else empty. */
    public Optional<Character> firstNameGender(String firstName) {
        return Optional.ofNullable(firstNameGenders.get(Keys.normalize(firstName)));
    }

    /** A title ("Foreign Minister", "Secretary-General", "Secretary General", "Mr."). */
    public Optional<Title> title(String surface) {
        return lookup(surface, Kind.TITLE, Title.class);
    }

    /**
     * Whether a surface needs more context: it is listed in {@code ambiguous.tsv} (a common word, a first
     * name, another place: "Georgia", "Turkey", "Chad", "Washington", "General"), or it names more than one
     * entry ("Congolese", "Kingston"). False for surfaces the gazetteer does not know.
     */
    public boolean isAmbiguous(String surface) {
        List<Keys.Word> words = Keys.words(surface);
        if (ambiguousKeys.contains(Keys.join(words))) {
            return true;
        }
        return distinct(candidates(words)).size() > 1;
    }

    // ------------------------------------------------------------------ matcher

    /** A word of the token sequence: its normalised form, folded text and the tokens it came from. */
    private static final class TokenWord {
        String norm;
        String raw;
        final int firstToken;
        int lastToken;
        final boolean barrierBefore;

        TokenWord(Keys.Word w, int token, boolean barrierBefore) {
            this.norm = w.norm();
            this.raw = w.raw();
            this.firstToken = token;
            this.lastToken = token;
            this.barrierBefore = barrierBefore;
        }
    }

    /** {@link #match(List)} for a token array (as OpenNLP returns it). */
    public List<GazetteerMatch> match(String[] tokens) {
        return match(Arrays.asList(tokens));
    }

    /**
     * Finds gazetteer entries in a token sequence, left to right, longest match first, without overlaps.
     *
     * <p>Tokens may come from any tokenizer: "U.S." or "U.S" "." , "Secretary-General" or "Secretary" "-"
     * "General", "Syria's" or "Syria" "'s" all match, and the possessive is never part of the match.
     * Punctuation tokens are skipped inside a phrase ("Washington , D.C."), except ; : ! ? and quotes, which
     * end it. A hyphenated token can hold several matches ("Turkish-Syrian": two one-token matches).
     */
    public List<GazetteerMatch> match(List<String> tokens) {
        List<TokenWord> words = tokenWords(tokens);
        List<GazetteerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Node node = root;
            StringBuilder raw = new StringBuilder();
            List<Surface> best = null;
            int bestEnd = -1;
            for (int j = i; j < words.size(); j++) {
                TokenWord w = words.get(j);
                if (j > i && w.barrierBefore) {
                    break;
                }
                node = node.next.get(w.norm);
                if (node == null) {
                    break;
                }
                raw.append(Keys.skeleton(w.raw));
                if (!node.surfaces.isEmpty()) {
                    String skeleton = raw.toString();
                    List<Surface> ok = new ArrayList<>();
                    for (Surface s : node.surfaces) {
                        if (s.accepts(skeleton)) {
                            ok.add(s);
                        }
                    }
                    if (!ok.isEmpty()) {
                        best = ok;
                        bestEnd = j;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = i; k <= bestEnd; k++) {
                key.append(k > i ? " " : "").append(words.get(k).norm);
            }
            List<GazetteerEntry> entries = distinct(best);
            Surface top = best.get(0);
            boolean ambiguous = ambiguousKeys.contains(key.toString()) || entries.size() > 1;
            List<GazetteerEntry> alternatives = new ArrayList<>();
            for (Surface s : best) {
                if (s.entry() != top.entry() && !alternatives.contains(s.entry())) {
                    alternatives.add(s.entry());
                }
            }
            out.add(new GazetteerMatch(words.get(i).firstToken, words.get(bestEnd).lastToken + 1, top.kind(),
                    top.entry(), ambiguous, alternatives));
            i = bestEnd + 1;
        }
        return out;
    }

    private static List<TokenWord> tokenWords(List<String> tokens) {
        List<TokenWord> words = new ArrayList<>();
        boolean barrier = false;
        int prevTokenWords = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t) == null ? "" : tokens.get(t);
            String folded = Keys.fold(token).strip();
            List<Keys.Word> tw = Keys.words(token);
            TokenWord last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (tw.isEmpty()) {
                if (!folded.isEmpty() && folded.chars().allMatch(c -> c == '+') && last != null
                        && last.lastToken == t - 1 && !barrier) {
                    last.norm = last.norm + folded; // "OPEC" "+" -> opec+
                    last.lastToken = t;
                    prevTokenWords = 1;
                    continue;
                }
                if (BARRIER.matcher(folded).matches()) {
                    barrier = true;
                }
                prevTokenWords = 0;
                continue;
            }
            int from = 0;
            if (folded.startsWith("'") && last != null && last.lastToken == t - 1 && prevTokenWords == 1
                    && last.norm.length() == 1 && !barrier) {
                // "d" "'Ivoire", "N" "'Djamena": one word split by the tokenizer
                last.norm = last.norm + tw.get(0).norm();
                last.raw = last.raw + tw.get(0).raw();
                last.lastToken = t;
                from = 1;
            }
            for (int k = from; k < tw.size(); k++) {
                words.add(new TokenWord(tw.get(k), t, barrier));
                barrier = false;
            }
            prevTokenWords = tw.size();
        }
        return words;
    }

    // ------------------------------------------------------------------ TSV

    /** One data line of a TSV file, by column name. */
    private record Row(String file, int line, Map<String, Integer> columns, String[] fields) {

        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.length ? "" : fields[i].strip();
        }

        /** A multi-valued column: values separated by |, trimmed, empty ones and repeats dropped. */
        List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String part : v.split("\\|")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            return List.copyOf(out);
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private static final class Tsv {
        private Tsv() {
        }

        /** Data lines of a UTF-8 TSV file: # lines and blank lines skipped, the first other line is the header. */
        static List<Row> read(Source source, String file, List<String> required) {
            List<Row> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(source.open(file))) {
                Map<String, Integer> columns = null;
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (n == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t", -1);
                    if (columns == null) {
                        columns = new LinkedHashMap<>();
                        for (int i = 0; i < fields.length; i++) {
                            columns.put(fields[i].strip(), i);
                        }
                        for (String r : required) {
                            if (!columns.containsKey(r)) {
                                throw new IllegalStateException(file + ":" + n + ": header lacks column '" + r
                                        + "' (has " + columns.keySet() + ")");
                            }
                        }
                        continue;
                    }
                    if (fields.length > columns.size()) {
                        throw new IllegalStateException(file + ":" + n + ": " + fields.length
                                + " fields, header has " + columns.size());
                    }
                    rows.add(new Row(file, n, Collections.unmodifiableMap(columns), fields));
                }
                if (columns == null) {
                    throw new IllegalStateException(file + ": no header line");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + file, e);
            }
            return rows;
        }
    }
}
