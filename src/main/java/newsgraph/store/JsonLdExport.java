package newsgraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD of article graphs, one graph at a time. Jena has no streaming JSON-LD writer (its writer turns a
 * whole dataset into one JSON document, so the whole store would have to be in memory). Every article
 * graph is written on its own by Jena with the same prefixes, so with the same {@code @context}, and the
 * results are joined into one document: {@code {"@context": ..., "@graph": [{"@id": graph, "@graph":
 * [...]}, ...]}}, which is what Jena writes for a dataset of named graphs. Memory holds one article.
 */
final class JsonLdExport {
    private JsonLdExport() {
    }

    static void write(DatasetGraph dsg, Iterable<Node> graphs, Map<String, String> prefixes, OutputStream out) {
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out);
        json.writeStartObject();
        boolean first = true;
        for (Node g : graphs) {
            JsonObject doc = alone(dsg, g, prefixes);
            if (first) {
                json.write("@context", doc.getOrDefault("@context", JsonValue.EMPTY_JSON_OBJECT));
                json.writeStartArray("@graph");
                first = false;
            }
            if (doc.containsKey("@id")) {
                json.write(without(doc, "@context"));
            } else if (doc.containsKey("@graph")) {
                doc.getJsonArray("@graph").forEach(json::write); // several top-level nodes
            }
        }
        if (first) {
            json.write("@context", context(prefixes));
            json.writeStartArray("@graph");
        }
        json.writeEnd().writeEnd();
        json.flush();
    }

    /** The JSON-LD document Jena writes for a dataset holding the one named graph {@code g}. */
    private static JsonObject alone(DatasetGraph dsg, Node g, Map<String, String> prefixes) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        prefixes.forEach(one.prefixes()::add);
        Graph target = one.getGraph(g);
        dsg.getGraph(g).find().forEachRemaining(target::add);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, one, RDFFormat.JSONLD11);
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(buffer.toByteArray()))) {
            return r.readObject();
        }
    }

    private static JsonObject without(JsonObject o, String key) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.remove(key);
        return b.build();
    }

    /** The context of an empty export: the prefixes, as Jena writes them. */
    private static JsonObject context(Map<String, String> prefixes) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        prefixes.forEach(b::add);
        return b.build();
    }
}
