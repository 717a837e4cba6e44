package newsgraph.extract.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gazetteer entry found in a token sequence by {@link Gazetteer#match(List)}.
 *
 * <p>{@code start} is the index of the first token, {@code end} the index after the last one. A trailing
 * possessive ("'s") is never part of a match. Parts of one hyphenated token can match separately
 * ("Turkish-Syrian" gives two matches with the same one-token span).
 *
 * @param start        first token, inclusive
 * @param end          last token, exclusive
 * @param kind         how the entry was named
 * @param entry        the best entry for the span (a {@link Country}, {@link Organization} or {@link Title})
 * @param ambiguous    the surface is also a common word, name or other place (see {@code ambiguous.tsv}) or
 *                     names more than one entry: the caller should ask for more context
 * @param alternatives the other entries the same surface names (for example the other Congo), best first
 */
public record GazetteerMatch(int start, int end, Kind kind, GazetteerEntry entry, boolean ambiguous,
                             List<GazetteerEntry> alternatives) {

    /** How an entry was named in the text. */
    public enum Kind {
        /** a country's name or a variant of it ("Syria", "U.S.", "Britain") */
        COUNTRY_NAME,
        /** a demonym ("Syrian", "Americans") */
        DEMONYM,
        /** a capital city ("Damascus", "Washington") */
        CAPITAL,
        /** an organisation's name or alias ("United Nations", "U.N.") */
        ORGANIZATION,
        /** a role or title ("Deputy Foreign Minister") */
        TITLE
    }

    public GazetteerMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
        alternatives = List.copyOf(alternatives);
    }

    /** The number of tokens covered. */
    public int length() {
        return end - start;
    }

    /** The country named by a COUNTRY_NAME, DEMONYM or CAPITAL match. */
    public Optional<Country> country() {
        return entry instanceof Country c ? Optional.of(c) : Optional.empty();
    }

    /** The organisation named by an ORGANIZATION match. */
    public Optional<Organization> organization() {
        return entry instanceof Organization o ? Optional.of(o) : Optional.empty();
    }

    /** The title named by a TITLE match. */
    public Optional<Title> title() {
        return entry instanceof Title t ? Optional.of(t) : Optional.empty();
    }
}
