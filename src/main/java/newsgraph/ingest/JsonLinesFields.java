package newsgraph.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which JSON fields of a JSON Lines record hold what; each role lists field names tried in order.
 * The defaults fit most news API and scraper exports; {@link #with(String)} changes some of them.
 */
public record JsonLinesFields(List<String> id, List<String> url, List<String> title, List<String> text,
                              List<String> date, List<String> author, List<String> source) {
    public static final JsonLinesFields DEFAULTS = new JsonLinesFields(List.of("id"), List.of("url"),
            List.of("title", "headline"), List.of("text", "body", "content"), List.of("date", "published"),
            List.of("author", "authors"), List.of("source", "publisher"));

    /** The roles by name, in declaration order. */
    public Map<String, List<String>> roles() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("url", url);
        m.put("title", title);
        m.put("text", text);
        m.put("date", date);
        m.put("author", author);
        m.put("source", source);
        return m;
    }

    /**
     * These fields with some roles renamed by {@code spec}: {@code ROLE=FIELD[|FIELD...]} pairs separated
     * by commas, as in {@code text=article_body,date=pubDate|created}.
     *
     * @throws IllegalArgumentException for an unknown role or a pair without a field
     */
    public JsonLinesFields with(String spec) {
        Map<String, List<String>> m = roles();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            String role = kv[0].strip();
            if (!m.containsKey(role)) {
                throw new IllegalArgumentException("unknown field role '" + role + "' (roles: "
                        + String.join(", ", m.keySet()) + ")");
            }
            List<String> names = kv.length < 2 ? List.of()
                    : Arrays.stream(kv[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no field name for '" + role + "' in '" + pair.strip() + "'");
            }
            m.put(role, names);
        }
        return new JsonLinesFields(m.get("id"), m.get("url"), m.get("title"), m.get("text"), m.get("date"),
                m.get("author"), m.get("source"));
    }
}
