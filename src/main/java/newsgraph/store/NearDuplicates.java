package newsgraph.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;

/**
 * Links near-duplicate articles (a wire story and its rewrites). Each article's {@link MinHash}
 * signature is kept in the stored default graph ({@code store:minhash}, which queries never see); an
 * article graph without one is new or was replaced since the last pass. A pass signs those, puts every
 * signature of the store into in-memory LSH buckets (one scan, linear in the store), and compares each
 * new article with the articles sharing a bucket with it only. A pair whose estimated similarity is at
 * least {@link #THRESHOLD} is written into both article graphs: {@code <a> ng:nearDuplicateOf <b>} and a
 * {@code ng:NearDuplicatePair} node with {@code ng:pairOf} both articles and {@code ng:similarity}.
 * Links to an article replaced or deleted since are dropped first, so the links are a function of the
 * articles in the store whatever order they came in.
 */
final class NearDuplicates {
    /** Estimated Jaccard similarity of three-word shingles from which two articles are linked. */
    static final double THRESHOLD = 0.5;
    /** {@code <graph> minhash "signature"}: the signature of the article in that graph ("" if too short). */
    static final Node SIGNATURE = NodeFactory.createURI(StoreMeta.NS + "minhash");

    private NearDuplicates() {
    }

    /** A linked pair of document ids, the smaller first. */
    record Pair(String a, String b, double similarity) {
    }

    /** Inside a write transaction: signs new articles and links their near-duplicates; returns the new pairs. */
    static List<Pair> link(DatasetGraph dsg) {
        Map<Node, int[]> signed = new HashMap<>();
        Set<Node> present = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, SIGNATURE, Node.ANY).forEachRemaining(q -> {
            present.add(q.getSubject());
            int[] sig = MinHash.decode(q.getObject().getLiteralLexicalForm());
            if (sig != null) {
                signed.put(q.getSubject(), sig);
            }
        });
        List<Node> fresh = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!present.contains(g) && IriMinter.docIdOf(g.getURI()) != null) {
                fresh.add(g);
            }
        });
        fresh.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node g : fresh) {
            String text = text(dsg, g);
            int[] sig = text == null ? null : MinHash.signature(text).orElse(null);
            dsg.add(Quad.defaultGraphIRI, g, SIGNATURE, NodeFactory.createLiteralString(sig == null ? "" : MinHash.encode(sig)));
            if (sig != null) {
                signed.put(g, sig);
            }
        }
        dropStale(dsg, new HashSet<>(fresh));
        List<Pair> pairs = candidates(signed, fresh);
        for (Pair p : pairs) {
            write(dsg, p);
        }
        return pairs;
    }

    /** Pairs of a fresh article with any article sharing an LSH band with it, at or above the threshold. */
    static List<Pair> candidates(Map<Node, int[]> signed, List<Node> fresh) {
        Map<Long, List<Node>> buckets = new HashMap<>();
        signed.forEach((g, sig) -> {
            for (int b = 0; b < MinHash.BANDS; b++) {
                buckets.computeIfAbsent(MinHash.bandKey(sig, b), k -> new ArrayList<>(1)).add(g);
            }
        });
        Map<String, Pair> out = new TreeMap<>();
        for (Node g : fresh) {
            int[] sig = signed.get(g);
            if (sig == null) {
                continue;
            }
            Set<Node> seen = new HashSet<>();
            for (int b = 0; b < MinHash.BANDS; b++) {
                for (Node other : buckets.get(MinHash.bandKey(sig, b))) {
                    if (other.equals(g) || !seen.add(other)) {
                        continue;
                    }
                    double sim = MinHash.similarity(sig, signed.get(other));
                    if (sim >= THRESHOLD) {
                        String x = IriMinter.docIdOf(g.getURI());
                        String y = IriMinter.docIdOf(other.getURI());
                        Pair p = x.compareTo(y) < 0 ? new Pair(x, y, sim) : new Pair(y, x, sim);
                        out.put(p.a() + "\u0000" + p.b(), p);
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Removes every link that names a fresh (replaced) article or one that is gone. */
    private static void dropStale(DatasetGraph dsg, Set<Node> fresh) {
        List<Quad> stale = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, NG.pairOf.asNode(), Node.ANY).forEachRemaining(q -> {
            Node articleGraph = NodeFactory.createURI(IriMinter.graph(IriMinter.docIdOf(q.getObject().getURI())));
            if (fresh.contains(articleGraph) || !dsg.containsGraph(articleGraph)) {
                stale.add(q);
            }
        });
        for (Quad q : stale) {
            Node g = q.getGraph();
            Node gone = q.getObject();
            dsg.deleteAny(g, q.getSubject(), Node.ANY, Node.ANY);
            dsg.deleteAny(g, Node.ANY, NG.nearDuplicateOf.asNode(), gone);
        }
    }

    private static void write(DatasetGraph dsg, Pair p) {
        Node a = NodeFactory.createURI(IriMinter.article(p.a()));
        Node b = NodeFactory.createURI(IriMinter.article(p.b()));
        Node pair = NodeFactory.createURI(IriMinter.nearDuplicatePair(p.a(), p.b()));
        Node sim = NodeFactory.createLiteralDT(
                BigDecimal.valueOf(p.similarity()).setScale(3, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
        for (Node[] side : new Node[][]{{a, b}, {b, a}}) {
            Node g = NodeFactory.createURI(IriMinter.graph(IriMinter.docIdOf(side[0].getURI())));
            dsg.add(g, side[0], NG.nearDuplicateOf.asNode(), side[1]);
            dsg.add(g, pair, RDF.type.asNode(), NG.NearDuplicatePair.asNode());
            dsg.add(g, pair, NG.pairOf.asNode(), a);
            dsg.add(g, pair, NG.pairOf.asNode(), b);
            dsg.add(g, pair, NG.similarity.asNode(), sim);
        }
    }

    /** The article text held in graph {@code g}, or null. */
    private static String text(DatasetGraph dsg, Node g) {
        var it = dsg.find(g, Node.ANY, NG.text.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
