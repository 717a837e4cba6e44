package newsgraph.extract.gazetteer;

/** One entry of the {@link Gazetteer}: a country, an organisation or a title. */
public sealed interface GazetteerEntry permits Country, Organization, Title {

    /** The entry's display form: a country's or organisation's name, a title's text. */
    String label();
}
