package newsgraph.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsgraph.extract.gazetteer.GazetteerMatch.Kind;

class GazetteerTest {

    private static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteer.loadDefault();
    }

    private static String code(java.util.Optional<Country> c) {
        return c.map(Country::alpha2).orElse(null);
    }

    private static List<String> tokens(String spaceSeparated) {
        return Arrays.asList(spaceSeparated.split(" "));
    }

    /** Matches as "start-end KIND label" strings, for compact assertions. */
    private static List<String> matches(String spaceSeparated) {
        return g.match(tokens(spaceSeparated)).stream()
                .map(m -> m.start() + "-" + m.end() + " " + m.kind() + " " + m.entry().label())
                .collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ data coverage

    @Test
    void everyIsoCountryHasARow() {
        Set<String> rows = g.countries().stream().map(Country::alpha2).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String a2 : Locale.getISOCountries()) {
            if (!rows.contains(a2)) {
                missing.add(a2);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCurrentRowIsARealIsoCodeWithItsAlpha3() {
        Set<String> iso = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        int current = 0;
        for (Country c : g.countries()) {
            if (g.isHistoric(c) || g.isUserAssigned(c)) {
                assertFalse(iso.contains(c.alpha2()), c.alpha2() + " is marked non-ISO but is an ISO code");
                continue;
            }
            current++;
            assertTrue(iso.contains(c.alpha2()), c.alpha2() + " is not an ISO 3166-1 code");
            assertEquals(new Locale("", c.alpha2()).getISO3Country(), c.alpha3(), "alpha3 of " + c.alpha2());
            assertFalse(c.name().isBlank());
        }
        assertEquals(iso.size(), current);
    }

    @Test
    void historicStatesAreThereAndMarked() {
        for (String code : List.of("SU", "YU", "DD", "CS")) {
            Country c = g.countryByCode(code).orElseThrow();
            assertTrue(g.isHistoric(c), code);
        }
        assertEquals("SU", code(g.countryByCode("SUN")));
        assertEquals("SU", code(g.countryByName("Soviet Union")));
        assertEquals("SU", code(g.countryByName("USSR")));
        assertEquals("SU", code(g.countryByDemonym("Soviet")));
        assertEquals("DD", code(g.countryByName("East Germany")));
        assertEquals("DD", code(g.countryByDemonym("East German")));
        assertEquals("DE", code(g.countryByName("West Germany")));
        assertEquals("CS", code(g.countryByName("Czechoslovakia")));
        assertEquals("YU", code(g.countryByName("Yugoslavia")));
        // a historic state does not take a current capital, nor make it ambiguous
        assertEquals("RU", code(g.countryByCapital("Moscow")));
        assertEquals("CZ", code(g.countryByCapital("Prague")));
        assertFalse(g.isAmbiguous("Moscow"));
        assertFalse(g.isHistoric(g.countryByCode("DE").orElseThrow()));
    }

    @Test
    void kosovoIsUserAssigned() {
        Country xk = g.countryByCode("XK").orElseThrow();
        assertTrue(g.isUserAssigned(xk));
        assertEquals("XK", code(g.countryByCapital("Pristina")));
    }

    @Test
    void rowCounts() {
        assertTrue(g.countries().size() >= 249 + 4, "countries: " + g.countries().size());
        assertTrue(g.organizations().size() >= 80, "organizations: " + g.organizations().size());
        assertTrue(g.titles().size() >= 100, "titles: " + g.titles().size());
        for (Organization o : g.organizations()) {
            assertTrue(Gazetteer.ORGANIZATION_KINDS.contains(o.kind()), o.key());
            assertTrue(o.country().isEmpty() || g.countryByCode(o.country()).isPresent(), o.key());
        }
    }

    @Test
    void everyAmbiguousSurfaceIsAKnownSurface() throws IOException {
        List<String> unknown = new ArrayList<>();
        try (var in = Gazetteer.class.getClassLoader()
                .getResourceAsStream(Gazetteer.RESOURCE_DIR + Gazetteer.AMBIGUOUS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean header = true;
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String surface = line.split("\t")[0];
                boolean known = g.countryByName(surface).isPresent() || g.countryByDemonym(surface).isPresent()
                        || g.countryByCapital(surface).isPresent() || g.organization(surface).isPresent()
                        || g.title(surface).isPresent();
                if (!known) {
                    unknown.add(surface);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    // ------------------------------------------------------------------ lookups

    @Test
    void countryByCode() {
        assertEquals("SY", code(g.countryByCode("SY")));
        assertEquals("SY", code(g.countryByCode("syr")));
        assertEquals("GB", code(g.countryByCode("GBR")));
        assertEquals("GB", code(g.countryByCode("UK")));
        assertTrue(g.countryByCode("ZZ").isEmpty());
        assertTrue(g.countryByCode(null).isEmpty());
    }

    @Test
    void countryByNameAndVariants() {
        assertEquals("SY", code(g.countryByName("Syria")));
        assertEquals("SY", code(g.countryByName("Syrian Arab Republic")));
        assertEquals("RU", code(g.countryByName("Russian Federation")));
        assertEquals("IR", code(g.countryByName("iran")));
        assertEquals("US", code(g.countryByName("United States")));
        assertEquals("US", code(g.countryByName("U.S.")));
        assertEquals("US", code(g.countryByName("U.S")));
        assertEquals("US", code(g.countryByName("USA")));
        assertEquals("US", code(g.countryByName("U.S.A.")));
        assertEquals("US", code(g.countryByName("United States of America")));
        assertEquals("GB", code(g.countryByName("Britain")));
        assertEquals("GB", code(g.countryByName("Great Britain")));
        assertEquals("GB", code(g.countryByName("U.K.")));
        assertEquals("KR", code(g.countryByName("South Korea")));
        assertEquals("KP", code(g.countryByName("DPRK")));
        assertEquals("NL", code(g.countryByName("Holland")));
        assertEquals("NL", code(g.countryByName("the Netherlands")));
        assertEquals("TR", code(g.countryByName("Türkiye")));
        assertEquals("TR", code(g.countryByName("Turkiye")));
        assertEquals("CI", code(g.countryByName("Ivory Coast")));
        assertEquals("CI", code(g.countryByName("Côte d'Ivoire")));
        assertEquals("CI", code(g.countryByName("Cote d’Ivoire")));
        assertEquals("MM", code(g.countryByName("Burma")));
        assertEquals("BA", code(g.countryByName("Bosnia & Herzegovina")));
        assertEquals("BA", code(g.countryByName("Bosnia and Herzegovina")));
        assertEquals("GW", code(g.countryByName("Guinea Bissau")));
        assertEquals("CN", code(g.countryByName("People's Republic of China")));
        assertEquals("TW", code(g.countryByName("Republic of China")));
        assertEquals("SZ", code(g.countryByName("Swaziland")));
        assertEquals("SY", code(g.countryByName("Syria's")));
        assertTrue(g.countryByName("Syrian").isEmpty(), "a demonym is not a name");
        assertTrue(g.countryByName("Atlantis").isEmpty());
        assertTrue(g.countryByName("").isEmpty());
        assertTrue(g.countryByName(null).isEmpty());
    }

    @Test
    void usOnlyInCapitals() {
        assertEquals("US", code(g.countryByName("US")));
        assertTrue(g.countryByName("us").isEmpty());
        assertTrue(g.countryByName("Us").isEmpty());
        assertEquals("US", code(g.countryByName("u.s.")), "the dotted form is safe in any case");
        assertEquals("CF", code(g.countryByName("CAR")));
        assertTrue(g.countryByName("car").isEmpty());
        assertEquals("who", g.organization("WHO").orElseThrow().key());
        assertTrue(g.organization("who").isEmpty());
        assertTrue(g.organization("Who").isEmpty());
        assertEquals("nato", g.organization("Nato").orElseThrow().key());
        assertEquals("nato", g.organization("NATO").orElseThrow().key());
    }

    @Test
    void demonymsAndCapitals() {
        assertEquals("SY", code(g.countryByDemonym("Syrian")));
        assertEquals("SY", code(g.countryByDemonym("Syrians")));
        assertEquals("US", code(g.countryByDemonym("American")));
        assertEquals("GB", code(g.countryByDemonym("British")));
        assertEquals("GB", code(g.countryByDemonym("Britons")));
        assertEquals("SA", code(g.countryByDemonym("Saudi")));
        assertEquals("NL", code(g.countryByDemonym("Dutch")));
        assertEquals("CH", code(g.countryByDemonym("Swiss")));
        assertEquals("AE", code(g.countryByDemonym("Emirati")));
        assertEquals("NE", code(g.countryByDemonym("Nigerien")));
        assertEquals("NG", code(g.countryByDemonym("Nigerian")));
        assertEquals("GW", code(g.countryByDemonym("Bissau-Guinean")));
        assertEquals("SY", code(g.countryByCapital("Damascus")));
        assertEquals("US", code(g.countryByCapital("Washington")));
        assertEquals("US", code(g.countryByCapital("Washington, D.C.")));
        assertEquals("UA", code(g.countryByCapital("Kyiv")));
        assertEquals("UA", code(g.countryByCapital("Kiev")));
        assertEquals("CO", code(g.countryByCapital("Bogota")));
        assertEquals("TD", code(g.countryByCapital("N'Djamena")));
        assertEquals("NL", code(g.countryByCapital("The Hague")));
        assertEquals("JM", code(g.countryByCapital("Kingston")), "Jamaica before Norfolk Island");
        assertTrue(g.countryByCapital("Nice").isEmpty());
        assertTrue(g.countryByDemonym("Damascus").isEmpty());
    }

    @Test
    void organizationsAndTitles() {
        assertEquals("un", g.organization("United Nations").orElseThrow().key());
        assertEquals("un", g.organization("the United Nations").orElseThrow().key());
        assertEquals("un", g.organization("U.N.").orElseThrow().key());
        assertEquals("un", g.organization("UN").orElseThrow().key());
        assertEquals("unsc", g.organization("UN Security Council").orElseThrow().key());
        assertEquals("afp", g.organization("Agence France-Presse").orElseThrow().key());
        assertEquals("afp", g.organization("Agence France Presse").orElseThrow().key());
        assertEquals("tass", g.organization("ITAR-TASS").orElseThrow().key());
        assertEquals("opec_plus", g.organization("OPEC+").orElseThrow().key());
        assertEquals("opec", g.organization("OPEC").orElseThrow().key());
        assertEquals("msf", g.organization("Medecins Sans Frontieres").orElseThrow().key());
        Organization reuters = g.organization("Reuters").orElseThrow();
        assertEquals("news_agency", reuters.kind());
        assertEquals("GB", reuters.country());
        assertEquals("", g.organization("NATO").orElseThrow().country());

        assertEquals("minister", g.title("Foreign Minister").orElseThrow().kind());
        assertEquals("deputy_minister", g.title("Deputy Foreign Minister").orElseThrow().kind());
        Title sg = g.title("Secretary-General").orElseThrow();
        assertEquals(sg, g.title("Secretary General").orElseThrow());
        assertEquals(sg, g.title("secretary - general").orElseThrow());
        assertEquals("f", g.title("spokeswoman").orElseThrow().gender());
        assertEquals("m", g.title("King").orElseThrow().gender());
        assertEquals("", g.title("spokesperson").orElseThrow().gender());
        assertEquals(g.title("Mr").orElseThrow(), g.title("Mr.").orElseThrow());
        assertEquals("military", g.title("Lt. Gen.").orElseThrow().kind());
        assertEquals("minister", g.title("Defense Minister").orElseThrow().kind());
        assertEquals("minister", g.title("Defence Minister").orElseThrow().kind());
        assertTrue(g.title("Plumber").isEmpty());
    }

    @Test
    void ambiguity() {
        for (String s : List.of("Washington", "Georgia", "Jordan", "Chad", "Niger", "Guinea", "Victoria",
                "Kingston", "Lima", "Male", "Turkey", "China", "turkey", "General", "Congolese", "Korea")) {
            assertTrue(g.isAmbiguous(s), s);
        }
        for (String s : List.of("Syria", "Nigeria", "Damascus", "Russian", "United Nations", "Foreign Minister",
                "Singapore", "Moscow", "US", "Atlantis")) {
            assertFalse(g.isAmbiguous(s), s);
        }
        assertTrue(g.countryByName("Nice").isEmpty() && g.countryByCapital("Nice").isEmpty());
    }

    // ------------------------------------------------------------------ normalisation

    @Test
    void normalize() {
        assertEquals("cote divoire", Gazetteer.normalize("Côte d'Ivoire"));
        assertEquals("cote divoire", Gazetteer.normalize("COTE D’IVOIRE"));
        assertEquals("u.s.", Gazetteer.normalize("U.S."));
        assertEquals("u.s.", Gazetteer.normalize("U.S"));
        assertEquals("us", Gazetteer.normalize("US"));
        assertEquals("secretary general", Gazetteer.normalize("Secretary-General"));
        assertEquals("secretary general", Gazetteer.normalize("Secretary – General"));
        assertEquals("syria", Gazetteer.normalize("Syria's"));
        assertEquals("saudis", Gazetteer.normalize("Saudis'"));
        assertEquals("st lucia", Gazetteer.normalize("St. Lucia"));
        assertEquals("trinidad and tobago", Gazetteer.normalize("Trinidad & Tobago"));
        assertEquals("opec+", Gazetteer.normalize("OPEC+"));
        assertEquals("chisinau", Gazetteer.normalize("Chișinău"));
        assertEquals("torshavn", Gazetteer.normalize("Tórshavn"));
        assertEquals("washington d.c.", Gazetteer.normalize("Washington, D.C."));
        assertEquals("", Gazetteer.normalize("'s"));
        assertEquals("", Gazetteer.normalize(null));
    }

    // ------------------------------------------------------------------ matcher

    @Test
    void longestMatchWins() {
        assertEquals(List.of("1-4 TITLE Deputy Foreign Minister"),
                matches("Russian Deputy Foreign Minister Sergei Ryabkov said").subList(1, 2));
        assertEquals(List.of("0-1 DEMONYM Russia", "1-4 TITLE Deputy Foreign Minister"),
                matches("Russian Deputy Foreign Minister Sergei Ryabkov said"));
        assertEquals(List.of("0-2 COUNTRY_NAME South Korea"), matches("South Korea"));
        assertEquals(List.of("0-1 DEMONYM North Korea"), matches("North-Korean"));
        assertEquals(List.of("2-4 COUNTRY_NAME Equatorial Guinea"), matches("He visited Equatorial Guinea"));
        assertEquals(List.of("0-1 COUNTRY_NAME Guinea-Bissau"), matches("Guinea-Bissau"));
        assertEquals(List.of("0-3 COUNTRY_NAME Guinea-Bissau"), matches("Guinea - Bissau"));
        assertEquals(List.of("0-3 ORGANIZATION The Washington Post", "4-5 CAPITAL United States"),
                matches("the Washington Post in Washington"));
    }

    @Test
    void unAbbreviationAndNameGiveTheSameOrganization() {
        List<GazetteerMatch> a = g.match(tokens("The U.N. said"));
        List<GazetteerMatch> b = g.match(tokens("The United Nations said"));
        List<GazetteerMatch> c = g.match(tokens("The U.N . said"));
        List<GazetteerMatch> d = g.match(tokens("The UN said"));
        assertEquals(1, a.size());
        assertEquals(1, b.size());
        assertEquals(Kind.ORGANIZATION, a.get(0).kind());
        assertEquals(a.get(0).entry(), b.get(0).entry());
        assertEquals(a.get(0).entry(), c.get(0).entry());
        assertEquals(a.get(0).entry(), d.get(0).entry());
        assertEquals(1, a.get(0).start());
        assertEquals(2, a.get(0).end());
        assertEquals(1, b.get(0).start());
        assertEquals(3, b.get(0).end(), "'the' is not part of the match");
        assertEquals(List.of("1-4 ORGANIZATION UN Security Council"), matches("the U.N. Security Council met"));
        assertEquals(List.of("1-5 ORGANIZATION UN Security Council"), matches("the U.N . Security Council met"));
    }

    @Test
    void secretaryGeneralOneTokenOrThree() {
        assertEquals(List.of("0-1 ORGANIZATION United Nations", "1-2 TITLE Secretary-General"),
                matches("UN Secretary-General Antonio Guterres"));
        assertEquals(List.of("0-1 ORGANIZATION United Nations", "1-4 TITLE Secretary-General"),
                matches("UN Secretary - General Antonio Guterres"));
    }

    @Test
    void possessiveIsNotPartOfTheMatch() {
        assertEquals(List.of("0-1 COUNTRY_NAME Syria", "2-4 TITLE Foreign Minister"),
                matches("Syria 's Foreign Minister"));
        assertEquals(List.of("0-1 COUNTRY_NAME Syria", "1-3 TITLE Foreign Minister"),
                matches("Syria's Foreign Minister"));
        assertEquals(List.of("0-1 COUNTRY_NAME Russia"), matches("Russia’s"));
        assertEquals(List.of("1-6 COUNTRY_NAME China"), matches("the People 's Republic of China"));
    }

    @Test
    void usPronounIsNotTheUnitedStates() {
        assertEquals(List.of(), matches("Let us go"));
        assertEquals(List.of("1-2 COUNTRY_NAME United States"), matches("the US said"));
        assertEquals(List.of("1-2 COUNTRY_NAME United States"), matches("the U.S. said"));
        assertEquals(List.of("0-1 COUNTRY_NAME United States"), matches("U.S.-led coalition"));
        assertEquals(List.of("0-1 COUNTRY_NAME United States"), matches("U.S. - led coalition"));
        assertEquals(List.of(), matches("who said"));
        assertEquals(List.of("1-2 ORGANIZATION World Health Organization"), matches("the WHO said"));
    }

    @Test
    void hyphenatedTokenCanHoldTwoMatches() {
        assertEquals(List.of("0-1 DEMONYM Turkey", "0-1 DEMONYM Syria", "1-2 TITLE Secretary"),
                matches("Turkish-Syrian secretary"));
        assertEquals(List.of("0-1 DEMONYM Turkey", "2-3 DEMONYM Syria"), matches("Turkish - Syrian border"));
    }

    @Test
    void splitApostrophesAndPlusAreRejoined() {
        assertEquals(List.of("2-4 COUNTRY_NAME Ivory Coast"), matches("He visited Côte d'Ivoire"));
        assertEquals(List.of("2-5 COUNTRY_NAME Ivory Coast"), matches("He visited Côte d 'Ivoire"));
        assertEquals(List.of("0-2 CAPITAL Chad"), matches("N 'Djamena"));
        assertEquals(List.of("0-2 ORGANIZATION OPEC+"), matches("OPEC + cut output"));
        assertEquals(List.of("0-1 ORGANIZATION OPEC+"), matches("OPEC+ cut output"));
        assertEquals(List.of("0-1 ORGANIZATION OPEC"), matches("OPEC cut output"));
    }

    @Test
    void punctuationInsideAndBetweenPhrases() {
        assertEquals(List.of("1-4 CAPITAL United States"), matches("in Washington , D.C. today"));
        // a semicolon ends a phrase: "South ; Korea" is not South Korea
        assertEquals(List.of("3-4 COUNTRY_NAME South Korea"), matches("the South ; Korea"));
    }

    @Test
    void ambiguousMatchesAreFlaggedWithAlternatives() {
        GazetteerMatch turkey = g.match(tokens("Turkey said")).get(0);
        assertTrue(turkey.ambiguous());
        assertEquals("TR", turkey.country().orElseThrow().alpha2());
        GazetteerMatch syria = g.match(tokens("Syria said")).get(0);
        assertFalse(syria.ambiguous());
        assertEquals(List.of(), syria.alternatives());
        GazetteerMatch congolese = g.match(tokens("Congolese troops")).get(0);
        assertTrue(congolese.ambiguous());
        assertEquals("CD", congolese.country().orElseThrow().alpha2());
        assertEquals(List.of("CG"), congolese.alternatives().stream()
                .map(e -> ((Country) e).alpha2()).collect(Collectors.toList()));
        GazetteerMatch singapore = g.match(tokens("in Singapore")).get(0);
        assertEquals(Kind.COUNTRY_NAME, singapore.kind(), "a city-state is named as the country");
        assertFalse(singapore.ambiguous());
        GazetteerMatch moscow = g.match(tokens("Moscow")).get(0);
        assertEquals("RU", moscow.country().orElseThrow().alpha2());
        assertFalse(moscow.ambiguous());
        assertTrue(g.match(tokens("General Smith")).get(0).ambiguous());
        assertTrue(g.match(tokens("General Smith")).get(0).title().isPresent());
    }

    @Test
    void emptyAndOddTokens() {
        assertEquals(List.of(), g.match(List.of()));
        assertEquals(List.of(), g.match(Arrays.asList("", null, "'s", "-", ".")));
        assertEquals(List.of("0-1 COUNTRY_NAME Syria"), matches("SYRIA"));
        assertEquals(1, g.match(new String[] {"Iran"}).size());
    }

    @Test
    void placesThatAreNotCapitalsHaveTheirCountry() {
        assertEquals(Optional.of("SY"), g.placeCountry("Aleppo"));
        assertEquals(Optional.of("GB"), g.placeCountry("westminster"));
        assertEquals(Optional.of("US"), g.placeCountry("Las Vegas"));
        assertTrue(g.placeCountry("Houston").isEmpty()); // as often a surname: left out on purpose
        assertTrue(g.placeCountry("Damascus").isEmpty()); // a capital: countries.tsv has it
    }

    @Test
    void firstNamesThatTellAGender() {
        assertEquals(Optional.of('f'), g.firstNameGender("Anna"));
        assertEquals(Optional.of('m'), g.firstNameGender("Sergei"));
        assertEquals(Optional.of('f'), g.firstNameGender("Segolene")); // accents folded like every key
        assertTrue(g.firstNameGender("Andrea").isEmpty()); // used for both: left out
        assertTrue(g.firstNameGender("Kowalski").isEmpty());
    }

    // ------------------------------------------------------------------ loading errors

    @Test
    void loadFromFolderAndReportBadLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Gazetteer.COUNTRIES),
                "# test\nalpha2\talpha3\tname\tvariants\tdemonyms\tcapitals\n"
                        + "SY\tSYR\tSyria\tSyrian Arab Republic\tSyrian|Syrians\tDamascus\n");
        Files.writeString(dir.resolve(Gazetteer.ORGANIZATIONS),
                "key\tname\taliases\tkind\tcountry\nun\tUnited Nations\tUN|U.N.\tintergovernmental\t\n");
        Files.writeString(dir.resolve(Gazetteer.TITLES), "title\tkind\tgender\nPresident\thead_of_state\t\n");
        Files.writeString(dir.resolve(Gazetteer.AMBIGUOUS), "surface\treason\n");
        Gazetteer small = Gazetteer.load(dir);
        assertEquals(1, small.countries().size());
        assertEquals(List.of("0-1 TITLE President", "1-2 COUNTRY_NAME Syria"),
                small.match(tokens("President Syria")).stream()
                        .map(m -> m.start() + "-" + m.end() + " " + m.kind() + " " + m.entry().label())
                        .collect(Collectors.toList()));

        Files.writeString(dir.resolve(Gazetteer.TITLES), "title\tkind\tgender\nPresident\tboss\t\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gazetteer.load(dir));
        assertTrue(e.getMessage().startsWith("titles.tsv:2:"), e.getMessage());
    }
}
