package newsgraph.store;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Where {@link IdentityLinker} reads the store as it stands and makes its rewrites: the embedded store
 * inside a write transaction, or a remote store through SPARQL queries and updates.
 */
interface LinkTarget {
    /** Short actor IRI to the full one, for the links applied ({@link StoreMeta#LINKED_TO}). */
    Map<String, String> applied();

    /** Article graph to the short actor IRIs rewritten in it ({@link StoreMeta#LINKED_SHORT}). */
    Map<Node, Set<String>> rewritten();

    /** Adds every actor of {@code type} whose IRI starts with {@code base} to the set of the graph it is typed in. */
    void collect(Node type, String base, Map<Node, Set<String>> byGraph);

    /** Replaces {@code from} by {@code to} as subject and object in the graph {@code g}. */
    void replace(Node g, Node from, Node to);

    /** Records ({@code rewritten}) or forgets that the short IRI {@code shortNode} was rewritten in {@code g}. */
    void recordShort(Node g, Node shortNode, boolean rewritten);

    /** Records {@code used} (short IRI to full IRI) as the links applied, replacing those recorded before. */
    void links(Map<String, String> used);
}
