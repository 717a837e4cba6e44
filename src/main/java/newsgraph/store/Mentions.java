package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * Reads the meetings and statements that {@link EventLinker} joins, each once per pass, and finds them
 * through the store's indexes: by graph, by participant or speaker, by the event or claim they are in.
 * A participant key ({@link EventRules#participantKey}) stands for several actor IRIs ("bashar-assad"
 * for "bashar-al-assad" too), so the stored default graph keeps {@code <key> store:keyOf <actor>} for
 * every actor read whose key is not its IRI: a lookup by key then finds every variant without a scan.
 */
final class Mentions {
    /** {@code <participant key> keyOf <actor IRI>}, for the actors whose key differs from their IRI. */
    static final Node KEY_OF = NodeFactory.createURI(StoreMeta.NS + "keyOf");
    private static final String COUNTRY = IriMinter.BASE + "country/";

    private final DatasetGraph dsg;
    private final Map<String, MeetingMention> meetings = new HashMap<>();
    private final Map<String, StatementMention> statements = new HashMap<>();
    private final Map<String, Map<Node, Node>> byActor = new HashMap<>();
    private final Set<String> keyed = new HashSet<>();

    Mentions(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The meeting {@code m} told in graph {@code g}. */
    MeetingMention meeting(Node g, Node m) {
        MeetingMention known = meetings.get(m.getURI());
        if (known != null) {
            return known;
        }
        List<Quad> quads = quads(g, m);
        Set<String> participants = new TreeSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(NG.participant.asNode()) && q.getObject().isURI()) {
                participants.add(key(q.getObject().getURI()));
            }
        }
        Node place = object(quads, NG.place.asNode());
        String placeIri = place != null && place.isURI() ? place.getURI() : null;
        String country = null;
        if (placeIri != null) {
            Node c = placeIri.startsWith(COUNTRY) ? place : object(quads(g, place), NG.country.asNode());
            country = c != null && c.isURI() && c.getURI().startsWith(COUNTRY) ? c.getURI().substring(COUNTRY.length()) : null;
        }
        Node status = object(quads, NG.status.asNode());
        MeetingMention out = new MeetingMention(m.getURI(), doc(g), participants, literal(quads, NG.date.asNode()),
                placeIri, country, status == null ? null : status.getLocalName().toLowerCase(Locale.ROOT),
                literal(quads, NG.meetingKind.asNode()));
        meetings.put(m.getURI(), out);
        return out;
    }

    /** The statement {@code s} told in graph {@code g}. */
    StatementMention statement(Node g, Node s) {
        StatementMention known = statements.get(s.getURI());
        if (known != null) {
            return known;
        }
        List<Quad> quads = quads(g, s);
        Node speaker = object(quads, NG.speaker.asNode());
        String content = literal(quads, NG.content.asNode());
        StatementMention out = new StatementMention(s.getURI(), doc(g),
                speaker != null && speaker.isURI() ? key(speaker.getURI()) : null,
                content == null ? Set.of() : EventRules.words(content), literal(quads, NG.date.asNode()));
        statements.put(s.getURI(), out);
        return out;
    }

    /** Every mention of {@code type} in the store: mention to graph. */
    Map<Node, Node> all(Node type) {
        return subjects(Node.ANY, RDF.type.asNode(), type);
    }

    /** The mentions of {@code type} in graph {@code g}: mention to graph. */
    Map<Node, Node> inGraph(Node g, Node type) {
        return subjects(g, RDF.type.asNode(), type);
    }

    /** The mentions that {@code link} (ng:event, ng:claim) joins to {@code cluster}: mention to graph. */
    Map<Node, Node> inCluster(Node link, Node cluster) {
        return subjects(Node.ANY, link, cluster);
    }

    /**
     * The mentions whose {@code predicate} (ng:participant, ng:speaker) is an actor of participant key
     * {@code key}: mention to graph.
     */
    Map<Node, Node> withActor(Node predicate, String key) {
        return byActor.computeIfAbsent(predicate.getURI() + " " + key, k -> {
            Node keyNode = NodeFactory.createURI(key);
            List<Node> actors = new ArrayList<>(List.of(keyNode));
            dsg.find(Quad.defaultGraphIRI, keyNode, KEY_OF, Node.ANY).forEachRemaining(q -> actors.add(q.getObject()));
            Map<Node, Node> out = new HashMap<>();
            for (Node actor : actors) {
                out.putAll(subjects(Node.ANY, predicate, actor));
            }
            return out;
        });
    }

    /**
     * Every statement whose speaker (by key) speaks in two articles at least, the only ones that can join a
     * claim: statement to graph. One scan of the speakers, which records every speaker's key on the way.
     */
    Map<Node, Node> statementsOfRecurringSpeakers() {
        List<Quad> said = new ArrayList<>();
        dsg.findNG(Node.ANY, Node.ANY, NG.speaker.asNode(), Node.ANY).forEachRemaining(said::add);
        Map<String, Map<Node, Node>> byKey = new HashMap<>();
        for (Quad q : said) {
            if (q.getObject().isURI() && q.getSubject().isURI()) {
                byKey.computeIfAbsent(key(q.getObject().getURI()), k -> new HashMap<>()).put(q.getSubject(), q.getGraph());
            }
        }
        Map<Node, Node> out = new HashMap<>();
        byKey.values().forEach(statements -> {
            if (new HashSet<>(statements.values()).size() >= 2) {
                out.putAll(statements);
            }
        });
        return out;
    }

    /** The participant key of the speaker of statement {@code s} in graph {@code g}, if it has one. */
    java.util.Optional<String> speakerKey(Node g, Node s) {
        var it = dsg.find(g, s, NG.speaker.asNode(), Node.ANY);
        Node speaker = it.hasNext() ? it.next().getObject() : null;
        return speaker != null && speaker.isURI() ? java.util.Optional.of(key(speaker.getURI())) : java.util.Optional.empty();
    }

    /** The participant key of {@code actor}, recorded in the store if it differs from the IRI. */
    private String key(String actor) {
        String key = EventRules.participantKey(actor);
        if (!key.equals(actor) && keyed.add(actor)) {
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(key), KEY_OF, NodeFactory.createURI(actor));
        }
        return key;
    }

    private Map<Node, Node> subjects(Node g, Node p, Node o) {
        Map<Node, Node> out = new HashMap<>();
        (g.isConcrete() ? GraphScan.find(dsg, g, p, o) : dsg.find(g, Node.ANY, p, o)).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                out.put(q.getSubject(), q.getGraph());
            }
        });
        return out;
    }

    // one scan of the subject's triples: cheaper than a look-up per property
    private List<Quad> quads(Node g, Node s) {
        List<Quad> out = new ArrayList<>();
        dsg.find(g, s, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private static Node object(List<Quad> quads, Node p) {
        for (Quad q : quads) {
            if (q.getPredicate().equals(p)) {
                return q.getObject();
            }
        }
        return null;
    }

    private static String literal(List<Quad> quads, Node p) {
        Node o = object(quads, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static String doc(Node g) {
        String id = IriMinter.docIdOf(g.getURI());
        return id == null ? g.getURI() : id;
    }
}
