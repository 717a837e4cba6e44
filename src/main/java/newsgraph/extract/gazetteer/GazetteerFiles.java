package newsgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the gazetteer's TSV files; a bad line fails with its file and line number. */
final class GazetteerFiles {
    static final String HISTORIC = "historic";
    static final String USER_ASSIGNED = "user_assigned";
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_KEY = Pattern.compile("[a-z0-9_]+");

    private GazetteerFiles() {
    }

    static Gazetteer load(GazetteerSource source) {
        Map<String, String> status = new LinkedHashMap<>();
        List<Country> countries = readCountries(source, status);
        Set<String> known = new HashSet<>();
        countries.forEach(c -> known.add(c.alpha2()));
        return new Gazetteer(countries, status, readOrganizations(source, known), readTitles(source),
                readAmbiguous(source), readPlaces(source, known), readFirstNames(source));
    }

    private static Set<String> readAmbiguous(GazetteerSource source) {
        Set<String> ambiguous = new HashSet<>();
        for (TsvRow row : TsvRow.read(source, Gazetteer.AMBIGUOUS, List.of("surface"))) {
            String key = Keys.normalize(row.get("surface"));
            if (key.isEmpty()) {
                throw row.error("empty surface");
            }
            ambiguous.add(key);
        }
        return ambiguous;
    }

    private static Map<String, String> readPlaces(GazetteerSource source, Set<String> known) {
        Map<String, String> places = new HashMap<>();
        if (source.has(Gazetteer.PLACES)) {
            for (TsvRow row : TsvRow.read(source, Gazetteer.PLACES, List.of("place", "country"))) {
                String key = Keys.normalize(row.get("place"));
                if (key.isEmpty() || !known.contains(row.get("country"))) {
                    throw row.error("empty place or unknown country code '" + row.get("country") + "'");
                }
                places.put(key, row.get("country"));
            }
        }
        return places;
    }

    private static Map<String, Character> readFirstNames(GazetteerSource source) {
        Map<String, Character> genders = new HashMap<>();
        if (source.has(Gazetteer.FIRST_NAMES)) {
            for (TsvRow row : TsvRow.read(source, Gazetteer.FIRST_NAMES, List.of("name", "gender"))) {
                String key = Keys.normalize(row.get("name"));
                String g = row.get("gender");
                if (key.isEmpty() || !(g.equals("f") || g.equals("m")) || genders.put(key, g.charAt(0)) != null) {
                    throw row.error("empty or repeated name, or gender not f or m: '" + g + "'");
                }
            }
        }
        return genders;
    }

    private static List<Country> readCountries(GazetteerSource source, Map<String, String> status) {
        List<Country> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TsvRow row : TsvRow.read(source, Gazetteer.COUNTRIES,
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

    private static List<Organization> readOrganizations(GazetteerSource source, Set<String> knownCountries) {
        List<Organization> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TsvRow row : TsvRow.read(source, Gazetteer.ORGANIZATIONS,
                List.of("key", "name", "aliases", "kind", "country"))) {
            String key = row.get("key");
            if (!ORG_KEY.matcher(key).matches() || !keys.add(key)) {
                throw row.error("bad or duplicate key '" + key + "'");
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                throw row.error("empty name");
            }
            String kind = row.get("kind");
            if (!Gazetteer.ORGANIZATION_KINDS.contains(kind)) {
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

    private static List<Title> readTitles(GazetteerSource source) {
        List<Title> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TsvRow row : TsvRow.read(source, Gazetteer.TITLES, List.of("title", "kind", "gender"))) {
            String title = row.get("title");
            String key = Keys.normalize(title);
            if (key.isEmpty() || !keys.add(key)) {
                throw row.error("empty or duplicate title '" + title + "'");
            }
            String kind = row.get("kind");
            if (!Gazetteer.TITLE_KINDS.contains(kind)) {
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
}
