package newsgraph.store;

import java.util.Locale;

import org.apache.jena.riot.RDFFormat;

/** Serialisations of {@code newsgraph export}: Turtle of the union graph, or a dataset format keeping article graphs. */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQ(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    private final RDFFormat rdf;
    private final boolean keepsGraphs;

    ExportFormat(RDFFormat rdf, boolean keepsGraphs) {
        this.rdf = rdf;
        this.keepsGraphs = keepsGraphs;
    }

    RDFFormat rdf() {
        return rdf;
    }

    /** True if the format writes one named graph per article; false if it writes their union. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** ttl/turtle, trig, nq/nquads, jsonld, case-insensitive. */
    public static ExportFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "trig" -> TRIG;
            case "nq", "nquads" -> NQ;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown format '" + s + "' (ttl, trig, nq, jsonld)");
        };
    }
}
