package newsgraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.NG;

/**
 * Cross-article linking ({@link CrossDocumentLinker}) on a remote store: the triples the linking reads
 * and writes are copied into memory with one query, the same linking runs there, and the difference is
 * sent back as one SPARQL update. The remote store keeps no signatures, so every pass signs every
 * article again (its texts cross the network each time): the links come out as the embedded store's.
 */
final class RemoteEventLinks {
    private static final Node[] READ = {NG.text.asNode(), NG.participant.asNode(), NG.date.asNode(),
            NG.place.asNode(), NG.country.asNode(), NG.status.asNode(), NG.meetingKind.asNode(),
            NG.speaker.asNode(), NG.content.asNode()};
    private static final Node[] WRITTEN = {NG.nearDuplicateOf.asNode(), NG.pairOf.asNode(), NG.similarity.asNode(),
            NG.event.asNode(), NG.claim.asNode()};
    private static final Node[] TYPES = {NG.Article.asNode(), NG.Meeting.asNode(), NG.Statement.asNode(), NG.Event.asNode(),
            NG.Claim.asNode(), NG.NearDuplicatePair.asNode()};
    private static final Node[] WRITTEN_TYPES = {NG.Event.asNode(), NG.Claim.asNode(), NG.NearDuplicatePair.asNode()};

    private RemoteEventLinks() {
    }

    static CrossDocumentLinker.Result link(RemoteHttp http) {
        long t0 = System.nanoTime();
        long cpu0 = CrossDocumentLinker.threadCpu();
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        String sparql = "SELECT ?g ?s ?p ?o WHERE { { VALUES ?p {" + list(READ) + list(WRITTEN) + " } GRAPH ?g { ?s ?p ?o } }"
                + " UNION { VALUES ?o {" + list(TYPES) + " } GRAPH ?g { ?s a ?o } BIND(" + iri(RDF.type.asNode())
                + " AS ?p) } }";
        Txn.executeWrite(mem, () -> http.select("reading for cross-article linking", sparql, rs -> {
            rs.forEachRemaining(b -> mem.add(b.get("g"), b.get("s"), b.get("p"), b.get("o")));
            return null;
        }));
        Set<Quad> before = written(mem);
        int[] n = Txn.calculateWrite(mem, () -> CrossDocumentLinker.link(mem));
        Set<Quad> after = written(mem);
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        before.stream().filter(q -> !after.contains(q)).forEach(q -> append(del, q));
        after.stream().filter(q -> !before.contains(q)).forEach(q -> append(ins, q));
        if (del.length() + ins.length() > 0) {
            http.update("writing cross-article links", "DELETE DATA {" + del + " } ;\nINSERT DATA {" + ins + " }");
        }
        return CrossDocumentLinker.Result.of(n, t0, cpu0);
    }

    /** The quads of article graphs that the linking writes. */
    private static Set<Quad> written(DatasetGraph mem) {
        return Txn.calculateRead(mem, () -> {
            Set<Quad> out = new HashSet<>();
            for (Node p : WRITTEN) {
                mem.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(out::add);
            }
            for (Node t : WRITTEN_TYPES) {
                mem.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), t).forEachRemaining(out::add);
            }
            return out;
        });
    }

    private static void append(StringBuilder out, Quad q) {
        out.append(" GRAPH ").append(iri(q.getGraph())).append(" { ").append(iri(q.getSubject())).append(' ')
                .append(iri(q.getPredicate())).append(' ').append(iri(q.getObject())).append(" }");
    }

    private static String list(Node[] nodes) {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            out.append(' ').append(iri(n));
        }
        return out.toString();
    }

    // no prefixes: the default mapping would write rdf:type, which the update does not declare
    private static String iri(Node n) {
        return FmtUtils.stringForNode(n, NO_PREFIXES);
    }

    private static final org.apache.jena.shared.PrefixMapping NO_PREFIXES = org.apache.jena.shared.PrefixMapping.Factory.create();
}
