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
    /** {@code <graph> lshBand key}: one per LSH band of the signature, so that a new article finds its candidates by index. */
    static final Node BAND = NodeFactory.createURI(StoreMeta.NS + "lshBand");

    private NearDuplicates() {
    }

    /** A linked pair of document ids, the smaller first. */
    record Pair(String a, String b, double similarity) {
    }

    /** What a pass found: the new pairs, and the article graphs it signed (new or replaced since the last). */
    record Linked(List<Pair> pairs, List<Node> fresh) {
    }

    /**
     * Inside a write transaction: signs the articles new or replaced since the last pass and links their
     * near-duplicates. {@code changed} are the article graphs written, replaced or deleted since (null: look
     * at the whole store, reading every signature).
     */
    static Linked link(DatasetGraph dsg, Set<Node> changed) {
        return changed == null ? whole(dsg) : around(dsg, changed);
    }

    /** A pass over the whole store: every signature into in-memory buckets. */
    private static Linked whole(DatasetGraph dsg) {
        Map<Node, int[]> signed = new HashMap<>();
        Set<Node> present = new HashSet<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, SIGNATURE, Node.ANY).forEachRemaining(q -> {
            present.add(q.getSubject());
            int[] sig = MinHash.decode(q.getObject().getLiteralLexicalForm());
            if (sig != null) {
                signed.put(q.getSubject(), sig);
            }
        });
        // by the articles' type (an index range), not the list of graphs (a scan of every quad)
        Set<Node> unsigned = new HashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode()).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!present.contains(g) && g.isURI() && IriMinter.docIdOf(g.getURI()) != null) {
                unsigned.add(g);
            }
        });
        signed.forEach((g, sig) -> {
            if (!dsg.find(Quad.defaultGraphIRI, g, BAND, Node.ANY).hasNext()) {
                writeBands(dsg, g, sig); // signed by a version that kept no bands
            }
        });
        List<Node> fresh = sign(dsg, unsigned, signed);
        dropStale(dsg, new HashSet<>(fresh), null);
        List<Pair> pairs = candidates(signed, fresh);
        pairs.forEach(p -> write(dsg, p));
        return new Linked(pairs, fresh);
    }

    /**
     * A pass after {@code changed} changed: the new articles' bands are looked up in the stored band index
     * ({@code <graph> store:lshBand key}), so only the articles sharing a band are read.
     */
    private static Linked around(DatasetGraph dsg, Set<Node> changed) {
        Set<Node> unsigned = new HashSet<>();
        Set<Node> gone = new HashSet<>();
        for (Node g : changed) {
            if (!GraphScan.find(dsg, g, RDF.type.asNode(), NG.Article.asNode()).hasNext()) {
                gone.add(g);
            } else if (!dsg.find(Quad.defaultGraphIRI, g, SIGNATURE, Node.ANY).hasNext()) {
                unsigned.add(g);
            }
        }
        Map<Node, int[]> signed = new HashMap<>();
        List<Node> fresh = sign(dsg, unsigned, signed);
        gone.addAll(fresh);
        dropStale(dsg, gone, gone);
        Map<String, Pair> out = new TreeMap<>();
        for (Node g : fresh) {
            int[] sig = signed.get(g);
            Set<Node> seen = new HashSet<>();
            for (int b = 0; sig != null && b < MinHash.BANDS; b++) {
                List<Node> sharing = new ArrayList<>();
                dsg.find(Quad.defaultGraphIRI, Node.ANY, BAND, bandNode(sig, b)).forEachRemaining(q -> sharing.add(q.getSubject()));
                for (Node other : sharing) {
                    if (!other.equals(g) && seen.add(other)) {
                        int[] theirs = signed.computeIfAbsent(other, x -> signature(dsg, x));
                        pair(g, other, sig, theirs).ifPresent(p -> out.put(p.a() + "\u0000" + p.b(), p));
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>(out.values());
        pairs.forEach(p -> write(dsg, p));
        return new Linked(pairs, fresh);
    }

    /** Signs the articles {@code unsigned} (signature and bands into the store, and into {@code signed}); returns them sorted. */
    private static List<Node> sign(DatasetGraph dsg, Set<Node> unsigned, Map<Node, int[]> signed) {
        List<Node> fresh = new ArrayList<>(unsigned);
        fresh.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node g : fresh) {
            String text = text(dsg, g);
            int[] sig = text == null ? null : MinHash.signature(text).orElse(null);
            dsg.add(Quad.defaultGraphIRI, g, SIGNATURE, NodeFactory.createLiteralString(sig == null ? "" : MinHash.encode(sig)));
            if (sig != null) {
                signed.put(g, sig);
                writeBands(dsg, g, sig);
            }
        }
        return fresh;
    }

    private static void writeBands(DatasetGraph dsg, Node g, int[] sig) {
        for (int b = 0; b < MinHash.BANDS; b++) {
            dsg.add(Quad.defaultGraphIRI, g, BAND, bandNode(sig, b));
        }
    }

    // an integer of 52 bits: TDB2 keeps it inside the index entry, so the band index costs no node-table reads
    private static Node bandNode(int[] sig, int band) {
        return NodeFactory.createLiteralDT(Long.toString(MinHash.bandKey(sig, band) >>> 12), XSDDatatype.XSDinteger);
    }

    /** The stored signature of the article in graph {@code g}, or null. */
    private static int[] signature(DatasetGraph dsg, Node g) {
        var it = dsg.find(Quad.defaultGraphIRI, g, SIGNATURE, Node.ANY);
        return it.hasNext() ? MinHash.decode(it.next().getObject().getLiteralLexicalForm()) : null;
    }

    /** The pair of the articles in graphs {@code g} and {@code other} if their signatures are similar enough. */
    private static java.util.Optional<Pair> pair(Node g, Node other, int[] sig, int[] theirs) {
        double sim = theirs == null ? 0 : MinHash.similarity(sig, theirs);
        if (sim < THRESHOLD) {
            return java.util.Optional.empty();
        }
        String x = IriMinter.docIdOf(g.getURI());
        String y = IriMinter.docIdOf(other.getURI());
        return java.util.Optional.of(x.compareTo(y) < 0 ? new Pair(x, y, sim) : new Pair(y, x, sim));
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
                    pair(g, other, sig, signed.get(other)).ifPresent(p -> out.put(p.a() + "\u0000" + p.b(), p));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Removes every link that names a fresh (replaced) article or one that is gone: found through the
     * articles {@code named} (an index look-up each), or by a scan of every pair if null.
     */
    private static void dropStale(DatasetGraph dsg, Set<Node> fresh, Set<Node> named) {
        List<Quad> stale = new ArrayList<>();
        if (named == null) {
            dsg.findNG(Node.ANY, Node.ANY, NG.pairOf.asNode(), Node.ANY).forEachRemaining(q -> {
                Node articleGraph = NodeFactory.createURI(IriMinter.graph(IriMinter.docIdOf(q.getObject().getURI())));
                if (fresh.contains(articleGraph) || !dsg.containsGraph(articleGraph)) {
                    stale.add(q);
                }
            });
        } else {
            for (Node g : named) {
                Node article = NodeFactory.createURI(IriMinter.article(IriMinter.docIdOf(g.getURI())));
                dsg.findNG(Node.ANY, Node.ANY, NG.pairOf.asNode(), article).forEachRemaining(stale::add);
            }
        }
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
        // the canonical form ("1.0", "0.93"): TDB2 keeps "1.000" inline as 1.0 and then cannot delete it by its value
        BigDecimal value = BigDecimal.valueOf(p.similarity()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        Node sim = NodeFactory.createLiteralDT((value.scale() <= 0 ? value.setScale(1) : value).toPlainString(),
                XSDDatatype.XSDdecimal);
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
        var it = GraphScan.find(dsg, g, NG.text.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
