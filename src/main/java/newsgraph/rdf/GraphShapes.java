package newsgraph.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The SHACL shapes of an article graph ({@code ontology/shapes.ttl}) and the check of one graph
 * against them, each violation as one line.
 */
public final class GraphShapes {
    /** Where the shapes live in the project. */
    public static final String FILE = "ontology/shapes.ttl";

    private final Shapes shapes;

    private GraphShapes(Shapes shapes) {
        this.shapes = shapes;
    }

    /** @throws IllegalArgumentException if the file is missing or not valid shapes */
    public static GraphShapes load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no shapes file " + file);
        }
        return new GraphShapes(Shapes.parse(RDFDataMgr.loadGraph(file.toString())));
    }

    /** The violations of {@code graph}, one line each ({@code <focus> path: message}); empty if it conforms. */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            String value = e.value() == null ? "" : " (value " + show(e.value()) + ")";
            out.add(show(e.focusNode()) + path + ": " + e.message() + value);
        }
        return out;
    }

    private static String show(Node n) {
        String s = n.isURI() ? "<" + n.getURI() + ">" : n.toString();
        // a literal may span lines (an article's text): keep each violation on one line
        s = s.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
