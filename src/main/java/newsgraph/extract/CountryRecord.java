package newsgraph.extract;

import java.util.List;

/** A country the article refers to (by name, demonym, capital or inside a name), with its mentions. */
public record CountryRecord(String iso, String name, List<Evidence> mentions) {
    public CountryRecord {
        mentions = List.copyOf(mentions);
    }
}
