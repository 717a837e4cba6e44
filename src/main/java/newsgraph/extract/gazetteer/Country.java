package newsgraph.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A row of {@code countries.tsv}: an ISO 3166-1 country or territory (or a historic state, see
 * {@link Gazetteer#isHistoric(Country)}).
 *
 * @param alpha2   ISO 3166-1 alpha-2 code, upper case ("SY")
 * @param alpha3   ISO 3166-1 alpha-3 code, upper case ("SYR")
 * @param name     short common English name ("Syria")
 * @param variants official and common alternative names and abbreviations ("Syrian Arab Republic")
 * @param demonyms adjectival and people forms ("Syrian", "Syrians")
 * @param capitals capital cities, usually one ("Damascus")
 */
public record Country(String alpha2, String alpha3, String name, List<String> variants, List<String> demonyms,
                      List<String> capitals) implements GazetteerEntry {

    public Country {
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }

    @Override
    public String label() {
        return name;
    }
}
