package newsgraph.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A row of {@code organizations.tsv}: an international organisation, court, NGO, political movement or
 * news agency.
 *
 * @param key     stable lower-case identifier ("un", "unsc", "reuters")
 * @param name    display name ("United Nations")
 * @param aliases other names and abbreviations ("UN", "U.N.")
 * @param kind    one of intergovernmental, alliance, ngo, news_agency, court, financial, political
 * @param country ISO 3166-1 alpha-2 code of a national body, the empty string for an international one
 */
public record Organization(String key, String name, List<String> aliases, String kind, String country)
        implements GazetteerEntry {

    public Organization {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(kind, "kind");
        country = country == null ? "" : country;
    }

    @Override
    public String label() {
        return name;
    }
}
