package newsgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** One data line of a gazetteer TSV file, by column name. */
record TsvRow(String file, int line, Map<String, Integer> columns, String[] fields) {

    String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= fields.length ? "" : fields[i].strip();
    }

    /** A multi-valued column: values separated by |, trimmed, empty ones and repeats dropped. */
    List<String> list(String column) {
        String v = get(column);
        if (v.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : v.split("\\|")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    IllegalStateException error(String message) {
        return new IllegalStateException(file + ":" + line + ": " + message);
    }

    /** Data lines of a UTF-8 TSV file: # lines and blank lines skipped, the first other line is the header. */
    static List<TsvRow> read(GazetteerSource source, String file, List<String> required) {
        List<TsvRow> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source.open(file))) {
            Map<String, Integer> columns = null;
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (columns == null) {
                    columns = header(file, n, fields, required);
                    continue;
                }
                if (fields.length > columns.size()) {
                    throw new IllegalStateException(file + ":" + n + ": " + fields.length
                            + " fields, header has " + columns.size());
                }
                rows.add(new TsvRow(file, n, columns, fields));
            }
            if (columns == null) {
                throw new IllegalStateException(file + ": no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
        return rows;
    }

    private static Map<String, Integer> header(String file, int n, String[] fields, List<String> required) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            columns.put(fields[i].strip(), i);
        }
        for (String r : required) {
            if (!columns.containsKey(r)) {
                throw new IllegalStateException(file + ":" + n + ": header lacks column '" + r
                        + "' (has " + columns.keySet() + ")");
            }
        }
        return Collections.unmodifiableMap(columns);
    }
}
