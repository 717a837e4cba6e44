package newsgraph.extract.gazetteer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newsgraph.extract.gazetteer.GazetteerMatch.Kind;
import newsgraph.extract.gazetteer.SurfaceIndex.Surface;

/**
 * Countries, organisations and titles for the extractor, with lookups and a longest-match token matcher.
 *
 * <p>Load it once with {@link #loadDefault()} (the project's data files on the classpath, under
 * {@code newsgraph/gazetteer/}) or {@link #load(Path)} and keep the instance: it is immutable and safe to share
 * between threads. The files are read by {@link GazetteerFiles}, the surfaces kept in a {@link SurfaceIndex}
 * and scanned for in token sequences by {@link TokenMatcher}.
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
    private final SurfaceIndex index;
    private final TokenMatcher matcher;

    Gazetteer(List<Country> countries, Map<String, String> status, List<Organization> organizations,
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
            if (s.equals(GazetteerFiles.HISTORIC)) {
                hist.add(code);
            } else if (s.equals(GazetteerFiles.USER_ASSIGNED)) {
                user.add(code);
            }
        });
        this.historic = Set.copyOf(hist);
        this.userAssigned = Set.copyOf(user);
        this.byCode = Map.copyOf(codes(countries));
        this.ambiguousKeys = Set.copyOf(ambiguousKeys);
        this.index = new SurfaceIndex(this.countries, this.organizations, this.titles, historic);
        this.matcher = new TokenMatcher(index, this.ambiguousKeys);
    }

    private static Map<String, Country> codes(List<Country> countries) {
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
        return codes;
    }

    /** Reads the project's data files from the classpath and returns a new instance. */
    public static Gazetteer loadDefault() {
        return GazetteerFiles.load(GazetteerSource.classpath());
    }

    /**
     * Reads {@code countries.tsv}, {@code organizations.tsv}, {@code titles.tsv}, {@code ambiguous.tsv} and,
     * if there, {@code places.tsv} and {@code firstnames.tsv} from a folder.
     */
    public static Gazetteer load(Path dir) {
        return GazetteerFiles.load(GazetteerSource.folder(dir));
    }

    private <T extends GazetteerEntry> Optional<T> lookup(String text, Kind kind, Class<T> type) {
        for (Surface s : index.candidates(text)) {
            if (s.kind() == kind) {
                return Optional.of(type.cast(s.entry()));
            }
        }
        return Optional.empty();
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
        return SurfaceIndex.distinct(index.candidates(words)).size() > 1;
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
        return matcher.match(tokens);
    }
}
