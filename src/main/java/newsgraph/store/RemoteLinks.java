package newsgraph.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Identity linking on a remote store: the store is read with SPARQL queries, and every rewrite, with
 * what the store records about it, is sent as one SPARQL update at the end, so that a store that runs
 * an update request in one transaction (Fuseki, most stores) never holds half of a linking.
 */
final class RemoteLinks implements LinkTarget {
    private final RemoteHttp http;
    private final StringBuilder update = new StringBuilder();
    private final String meta = FmtUtils.stringForNode(StoreMeta.GRAPH);

    RemoteLinks(RemoteHttp http) {
        this.http = http;
    }

    @Override
    public Map<String, String> applied() {
        Map<String, String> out = new HashMap<>();
        http.select("reading the identity links", "SELECT ?s ?o WHERE { GRAPH " + meta + " { ?s "
                + iri(StoreMeta.LINKED_TO) + " ?o } }", rs -> {
                    rs.forEachRemaining(b -> out.put(b.get("s").getURI(), b.get("o").getURI()));
                    return null;
                });
        return out;
    }

    @Override
    public Map<Node, Set<String>> rewritten() {
        Map<Node, Set<String>> out = new HashMap<>();
        http.select("reading the identity links", "SELECT ?g ?s WHERE { GRAPH " + meta + " { ?g "
                + iri(StoreMeta.LINKED_SHORT) + " ?s } }", rs -> {
                    rs.forEachRemaining(b -> out.computeIfAbsent(b.get("g"), g -> new HashSet<>()).add(b.get("s").getURI()));
                    return null;
                });
        return out;
    }

    @Override
    public void collect(Node type, String base, Map<Node, Set<String>> byGraph) {
        String q = "SELECT ?g ?a WHERE { GRAPH ?g { ?a a " + iri(type) + " } FILTER(isIRI(?a) && STRSTARTS(STR(?a), "
                + FmtUtils.stringForString(base) + ")) FILTER(?g != " + meta + ") }";
        http.select("reading the actors", q, rs -> {
            rs.forEachRemaining(b -> byGraph.computeIfAbsent(b.get("g"), g -> new HashSet<>()).add(b.get("a").getURI()));
            return null;
        });
    }

    @Override
    public void replace(Node g, Node from, Node to) {
        String graph = iri(g);
        String f = iri(from);
        String t = iri(to);
        op("DELETE { GRAPH " + graph + " { " + f + " ?p ?o } } INSERT { GRAPH " + graph + " { " + t + " ?p ?o } }"
                + " WHERE { GRAPH " + graph + " { " + f + " ?p ?o } }");
        op("DELETE { GRAPH " + graph + " { ?s ?p " + f + " } } INSERT { GRAPH " + graph + " { ?s ?p " + t + " } }"
                + " WHERE { GRAPH " + graph + " { ?s ?p " + f + " } }");
    }

    @Override
    public void recordShort(Node g, Node shortNode, boolean rewritten) {
        op((rewritten ? "INSERT" : "DELETE") + " DATA { GRAPH " + meta + " { " + iri(g) + " "
                + iri(StoreMeta.LINKED_SHORT) + " " + iri(shortNode) + " } }");
    }

    @Override
    public void links(Map<String, String> used) {
        op("DELETE WHERE { GRAPH " + meta + " { ?s " + iri(StoreMeta.LINKED_TO) + " ?o } }");
        if (!used.isEmpty()) {
            StringBuilder data = new StringBuilder("INSERT DATA { GRAPH " + meta + " {\n");
            used.forEach((s, full) -> data.append("  <").append(s).append("> ").append(iri(StoreMeta.LINKED_TO))
                    .append(" <").append(full).append("> .\n"));
            op(data.append("} }").toString());
        }
        // the links are the last thing linking writes: everything goes as one request
        http.update("linking identities", update.toString());
        update.setLength(0);
    }

    private void op(String operation) {
        if (!update.isEmpty()) {
            update.append(" ;\n");
        }
        update.append(operation);
    }

    private static String iri(Node n) {
        return FmtUtils.stringForNode(n);
    }
}
