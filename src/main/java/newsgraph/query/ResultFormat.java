package newsgraph.query;

import java.util.Locale;

/** Output formats of query results: a text table or the W3C SPARQL results formats. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (table, csv, tsv, json, xml)");
        }
    }
}
