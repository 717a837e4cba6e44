package newsgraph.extract;

/** A place named in the text with the ISO 3166-1 alpha-2 code of its country where known. */
public record PlaceRef(String label, String countryIso) {
}
