package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reading loosely typed JSON fields (JSON-LD, news API dumps): a name may be a string, an object or a list. */
final class JsonValues {
    private JsonValues() {
    }

    /** The first of {@code keys} that {@code object} has as a non-blank value, as text; null if none. */
    static String text(JsonObject object, List<String> keys) {
        for (String key : keys) {
            List<String> values = names(object.get(key));
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    /**
     * The names in {@code value}: a string or number as it is, an object by its {@code name} (or, for a
     * page reference, its {@code @id}), a list element by element. Blank strings are left out.
     */
    static List<String> names(JsonValue value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(JsonValue value, List<String> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isString()) {
            String s = value.getAsString().value().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (value.isNumber()) {
            out.add(value.getAsNumber().value().toString());
        } else if (value.isArray()) {
            value.getAsArray().forEach(v -> collect(v, out));
        } else if (value.isObject()) {
            JsonObject o = value.getAsObject();
            collect(o.hasKey("name") ? o.get("name") : o.get("@id"), out);
        }
    }
}
