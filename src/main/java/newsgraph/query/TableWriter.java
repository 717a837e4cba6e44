package newsgraph.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Writes a SELECT answer as a text table while it is read: the column widths come from the first
 * {@link #SAMPLE} rows, later rows print as they arrive (a wider cell widens its own row only), so an
 * answer of any size prints without being held in memory. Literals print as their lexical form
 * ({@code 0}, not {@code "0"^^xsd:nonNegativeInteger}), IRIs in angle brackets.
 */
final class TableWriter {
    static final int SAMPLE = 100;

    private TableWriter() {
    }

    /** Writes every row of {@code rs}; returns the number of rows. */
    static long write(ResultSet rs, OutputStream out) {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> vars = rs.getResultVars();
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = vars.get(i).length();
        }
        List<String[]> sample = new ArrayList<>();
        while (sample.size() < SAMPLE && rs.hasNext()) {
            String[] row = cells(rs.next(), vars);
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
            sample.add(row);
        }
        String rule = rule(widths);
        w.println(rule);
        w.println(line(vars.toArray(String[]::new), widths));
        w.println(rule.replace('-', '='));
        long rows = 0;
        for (String[] row : sample) {
            w.println(line(row, widths));
            rows++;
        }
        w.flush();
        while (rs.hasNext()) {
            w.println(line(cells(rs.next(), vars), widths));
            if (++rows % SAMPLE == 0) {
                w.flush();
            }
        }
        w.println(rule);
        w.flush();
        return rows;
    }

    /**
     * Writes every row of {@code rs} as CSV (RFC 4180, as Jena writes it: IRIs bare, literals by their
     * lexical form, CRLF line ends), flushed every {@link #SAMPLE} rows; returns the number of rows.
     */
    static long csv(ResultSet rs, OutputStream out) {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> vars = rs.getResultVars();
        w.print(String.join(",", vars.stream().map(TableWriter::csvField).toList()) + "\r\n");
        long rows = 0;
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < vars.size(); i++) {
                RDFNode n = row.get(vars.get(i));
                if (i > 0) {
                    b.append(',');
                }
                if (n != null) {
                    Node node = n.asNode();
                    b.append(csvField(node.isLiteral() ? node.getLiteralLexicalForm()
                            : node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel()));
                }
            }
            w.print(b.append("\r\n"));
            if (++rows % SAMPLE == 0) {
                w.flush();
            }
        }
        w.flush();
        return rows;
    }

    private static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String[] cells(QuerySolution row, List<String> vars) {
        String[] out = new String[vars.size()];
        for (int i = 0; i < out.length; i++) {
            RDFNode n = row.get(vars.get(i));
            out[i] = n == null ? "" : cell(n.asNode());
        }
        return out;
    }

    /** A cell's text: a literal's lexical form, an IRI in angle brackets, a blank node by its label. */
    static String cell(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replace("\n", " ").replace("\r", " ");
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    private static String rule(int[] widths) {
        int total = 1;
        for (int wd : widths) {
            total += wd + 3;
        }
        return "-".repeat(total);
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(Math.max(0, widths[i] - cells[i].length()))).append(" |");
        }
        return b.toString();
    }
}
