package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.store.EventRules.MeetingMention;
import newsgraph.store.EventRules.StatementMention;

/**
 * Joins the meetings of different articles that are one event, and the statements that are one claim
 * ({@link EventRules}, {@link Clustering}), over the whole store after identity linking. Each mention
 * stays in its article's graph as that article's evidence, with its own status and date; a merged one
 * gets {@code ng:event <event>} (statements {@code ng:claim <claim>}), and the article graph says
 * {@code <event> a ng:Event}. An event's IRI comes from its first member in IRI order, so the events
 * are a function of the articles in the store: each pass computes them all and writes only the
 * difference with what the graphs hold, and an event whose mentions are all gone is gone with them.
 */
final class EventLinker {
    private static final String COUNTRY = IriMinter.BASE + "country/";

    private EventLinker() {
    }

    /** How many events and claims join more than one mention, and how many mentions they join. */
    record Result(int events, int eventMentions, int claims, int claimMentions) {
    }

    /** Inside a write transaction: brings every article graph's events and claims up to date. */
    static Result link(DatasetGraph dsg) {
        Set<String> near = new HashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, NG.nearDuplicateOf.asNode(), Node.ANY).forEachRemaining(q ->
                near.add(IriMinter.docIdOf(q.getSubject().getURI()) + "\u0000" + IriMinter.docIdOf(q.getObject().getURI())));
        List<MeetingMention> meetings = new ArrayList<>();
        List<Node> meetingGraphs = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Meeting.asNode()).forEachRemaining(q -> {
            meetings.add(meeting(dsg, q.getGraph(), q.getSubject()));
            meetingGraphs.add(q.getGraph());
        });
        List<StatementMention> statements = new ArrayList<>();
        List<Node> statementGraphs = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Statement.asNode()).forEachRemaining(q -> {
            statements.add(statement(dsg, q.getGraph(), q.getSubject()));
            statementGraphs.add(q.getGraph());
        });
        int[] events = group(meetings, MeetingMention::iri, m -> pairKeys(m.participants()),
                (a, b) -> EventRules.meetings(a, b, near.contains(a.doc() + "\u0000" + b.doc())), EventRules::meetingsConflict);
        // a speaker may have thousands of statements: the near-duplicate lookup only for those that match
        int[] claims = group(statements, StatementMention::iri, s -> s.speaker() == null ? List.of() : List.of(s.speaker()),
                (a, b) -> EventRules.statements(a, b, false) < 0 ? -1
                        : EventRules.statements(a, b, near.contains(a.doc() + "\u0000" + b.doc())),
                (a, b) -> EventRules.statements(a, b, false) < 0);
        int[] e = write(dsg, "event", NG.event.asNode(), NG.Event.asNode(), events,
                meetings.stream().map(MeetingMention::iri).toList(), meetingGraphs);
        int[] c = write(dsg, "claim", NG.claim.asNode(), NG.Claim.asNode(), claims,
                statements.stream().map(StatementMention::iri).toList(), statementGraphs);
        return new Result(e[0], e[1], c[0], c[1]);
    }

    /**
     * Clusters of the mentions: candidates share a block key and score at least zero; two clusters join
     * when no member of one conflicts with a member of the other.
     */
    static <M> int[] group(List<M> mentions, Function<M, String> key, Function<M, List<String>> blocks,
                           java.util.function.ToIntBiFunction<M, M> score, java.util.function.BiPredicate<M, M> conflict) {
        Map<String, List<Integer>> byBlock = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (String b : blocks.apply(mentions.get(i))) {
                byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Clustering.Edge> edges = new ArrayList<>();
        for (List<Integer> block : byBlock.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (!seen.add(((long) a << 32) | b)) {
                        continue;
                    }
                    int s = score.applyAsInt(mentions.get(a), mentions.get(b));
                    if (s >= 0) {
                        edges.add(new Clustering.Edge(a, b, s));
                    }
                }
            }
        }
        List<String> keys = mentions.stream().map(key).toList();
        return Clustering.cluster(keys, edges, (a, b) -> !conflict.test(mentions.get(a), mentions.get(b)));
    }

    /** Block keys of a meeting: each pair of its participants (one participant: itself). */
    private static List<String> pairKeys(Set<String> participants) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(participants));
        if (sorted.size() == 1) {
            return sorted;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(sorted.get(i) + " " + sorted.get(j));
            }
        }
        return out;
    }

    /**
     * Writes {@code <mention> link <cluster>} and {@code <cluster> a type} into each merged mention's
     * graph, and removes such triples that no longer hold; returns clusters and mentions merged.
     */
    private static int[] write(DatasetGraph dsg, String kind, Node link, Node type, int[] cluster, List<String> iris,
                               List<Node> graphs) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c : cluster) {
            sizes.merge(c, 1, Integer::sum);
        }
        Set<Quad> wanted = new HashSet<>();
        int merged = 0;
        for (int i = 0; i < cluster.length; i++) {
            if (sizes.get(cluster[i]) < 2) {
                continue;
            }
            merged++;
            Node id = NodeFactory.createURI(IriMinter.crossDocument(kind, iris.get(cluster[i])));
            wanted.add(Quad.create(graphs.get(i), NodeFactory.createURI(iris.get(i)), link, id));
            wanted.add(Quad.create(graphs.get(i), id, RDF.type.asNode(), type));
        }
        List<Quad> held = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, link, Node.ANY).forEachRemaining(held::add);
        dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(held::add);
        for (Quad q : held) {
            if (!wanted.remove(q)) {
                dsg.delete(q);
            }
        }
        wanted.forEach(dsg::add);
        int clusters = (int) sizes.values().stream().filter(n -> n >= 2).count();
        return new int[]{clusters, merged};
    }

    private static MeetingMention meeting(DatasetGraph dsg, Node g, Node m) {
        Set<String> participants = new TreeSet<>();
        dsg.find(g, m, NG.participant.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                participants.add(EventRules.participantKey(q.getObject().getURI()));
            }
        });
        Node place = object(dsg, g, m, NG.place.asNode());
        String placeIri = place != null && place.isURI() ? place.getURI() : null;
        String country = null;
        if (placeIri != null) {
            Node c = placeIri.startsWith(COUNTRY) ? place : object(dsg, g, place, NG.country.asNode());
            country = c != null && c.isURI() && c.getURI().startsWith(COUNTRY) ? c.getURI().substring(COUNTRY.length()) : null;
        }
        Node status = object(dsg, g, m, NG.status.asNode());
        return new MeetingMention(m.getURI(), doc(g), participants, literal(dsg, g, m, NG.date.asNode()), placeIri, country,
                status == null ? null : status.getLocalName().toLowerCase(Locale.ROOT), literal(dsg, g, m, NG.meetingKind.asNode()));
    }

    private static StatementMention statement(DatasetGraph dsg, Node g, Node s) {
        Node speaker = object(dsg, g, s, NG.speaker.asNode());
        String content = literal(dsg, g, s, NG.content.asNode());
        return new StatementMention(s.getURI(), doc(g),
                speaker != null && speaker.isURI() ? EventRules.participantKey(speaker.getURI()) : null,
                content == null ? Set.of() : EventRules.words(content), literal(dsg, g, s, NG.date.asNode()));
    }

    private static String doc(Node g) {
        String id = IriMinter.docIdOf(g.getURI());
        return id == null ? g.getURI() : id;
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = object(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
