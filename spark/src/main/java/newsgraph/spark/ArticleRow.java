package newsgraph.spark;

import java.io.Serial;
import java.io.Serializable;

import newsgraph.pipeline.ArticleSummary;

/**
 * One line of the job's per-article summary: an article stored in a shard, or an input (a file, a record
 * of a dump) that gave no article, and why.
 *
 * @param id       the article's id; null when the input failed before it had one
 * @param source   the input file's URI
 * @param order    the file's place in the input order, then the record's place in the file: of two
 *                 articles with the same id the greater wins
 * @param shard    the shard file holding the article's graph (its name in the shards folder), or null
 * @param seq      the article's place in its shard (0, 1, ...): with {@code triples} it finds the
 *                 article's lines when a later article with the same id supersedes it
 * @param status   {@code stored}, {@code failed}, or {@code superseded} (a later input had the same id)
 * @param nanos    wall time of the article's conversion (annotation, extraction, RDF), nanoseconds
 * @param cpuNanos CPU time of the same, nanoseconds (the sizing estimate's per-article cost)
 * @param error    why the input gave no article, one line {@code URI: reason}; null when stored
 */
record ArticleRow(String id, String source, int order, int record, String shard, int seq, String status,
                  int actors, int countries, int statements, int meetings, long triples, long words,
                  long nanos, long cpuNanos, String error) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static final String STORED = "stored";
    static final String FAILED = "failed";
    static final String SUPERSEDED = "superseded";

    static ArticleRow stored(ArticleSummary s, String source, int order, int record, String shard, int seq,
                             long nanos, long cpuNanos) {
        return new ArticleRow(s.id(), source, order, record, shard, seq, STORED, s.actors(), s.countries(),
                s.statements(), s.meetings(), s.triples(), s.words(), nanos, cpuNanos, null);
    }

    static ArticleRow failed(String id, String source, int order, int record, String error) {
        return new ArticleRow(id, source, order, record, null, -1, FAILED, 0, 0, 0, 0, 0, 0, 0, 0, error);
    }

    boolean isStored() {
        return STORED.equals(status);
    }

    /** Whether this row comes after {@code other} in the input order (the later of two same-id articles wins). */
    boolean after(ArticleRow other) {
        return order != other.order ? order > other.order : record > other.record;
    }

    ArticleRow superseded() {
        return new ArticleRow(id, source, order, record, shard, seq, SUPERSEDED, actors, countries, statements,
                meetings, triples, words, nanos, cpuNanos, "superseded by a later input with the same id");
    }

    /** The row as one JSON object on one line. */
    String toJson() {
        StringBuilder b = new StringBuilder(256).append('{');
        field(b, "id", id).append(',');
        field(b, "source", source).append(',');
        field(b, "status", status).append(',');
        b.append("\"actors\":").append(actors).append(",\"countries\":").append(countries)
                .append(",\"statements\":").append(statements).append(",\"meetings\":").append(meetings)
                .append(",\"triples\":").append(triples).append(",\"words\":").append(words)
                .append(",\"ms\":").append(nanos / 1_000_000.0).append(",\"cpuMs\":").append(cpuNanos / 1_000_000.0)
                .append(',');
        field(b, "shard", shard).append(",\"seq\":").append(seq).append(',');
        field(b, "error", error);
        return b.append('}').toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            return b.append("null");
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
