package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import newsgraph.rdf.IriMinter;
import newsgraph.rdf.NG;
import newsgraph.store.EventRules.MeetingMention;
import newsgraph.store.EventRules.StatementMention;

/**
 * Joins the meetings of different articles that are one event, and the statements that are one claim
 * ({@link EventRules}, {@link Clustering}), after identity linking. Each mention stays in its article's
 * graph as that article's evidence, with its own status and date; a merged one gets
 * {@code ng:event <event>} (statements {@code ng:claim <claim>}), and the article graph says
 * {@code <event> a ng:Event}. An event's IRI comes from its first member in IRI order, so the events
 * are a function of the articles in the store: a pass recomputes the events the changed articles can
 * touch ({@link ClusterPass}) and writes only the difference, and an event whose mentions are all gone
 * is gone with them.
 */
final class EventLinker {
    private EventLinker() {
    }

    /**
     * How many events and claims join more than one mention, and how many mentions they join, among those
     * the pass recomputed (all of them in a pass over the whole store).
     */
    record Result(int events, int eventMentions, int claims, int claimMentions) {
    }

    /**
     * Inside a write transaction: brings the events and claims up to date after the article graphs
     * {@code changed} changed (written, replaced, deleted, or rewritten by identity linking), or those of
     * the whole store if {@code changed} is null.
     */
    static Result link(DatasetGraph dsg, Set<Node> changed) {
        BiPredicate<String, String> near = nearDuplicates(dsg);
        Mentions mentions = new Mentions(dsg);
        ClusterPass.Count e = ClusterPass.run(dsg, new Meetings(mentions, near), mentions, changed);
        ClusterPass.Count c = ClusterPass.run(dsg, new Statements(mentions, near), mentions, changed);
        return new Result(e.clusters(), e.mentions(), c.clusters(), c.mentions());
    }

    // looked up when a rule asks, not read for the whole store
    private static BiPredicate<String, String> nearDuplicates(DatasetGraph dsg) {
        Map<String, Boolean> known = new HashMap<>();
        return (a, b) -> known.computeIfAbsent(a + "\u0000" + b, k -> dsg.contains(
                NodeFactory.createURI(IriMinter.graph(a)), NodeFactory.createURI(IriMinter.article(a)),
                NG.nearDuplicateOf.asNode(), NodeFactory.createURI(IriMinter.article(b))));
    }

    /** Inside a write transaction: the events after the article graphs {@code changed} changed (a pass in pieces). */
    static ClusterPass.Count linkMeetings(DatasetGraph dsg, Set<Node> changed) {
        Mentions mentions = new Mentions(dsg);
        return ClusterPass.run(dsg, new Meetings(mentions, nearDuplicates(dsg)), mentions, changed);
    }

    /**
     * Inside a write transaction: the speakers (participant keys) whose claims a change of the graphs
     * {@code changed} can touch: those of their statements, and those of the statements that were in one
     * claim with one of theirs. Every claim's statements share a speaker ({@link EventRules#claimBlocks}),
     * so the claims of these speakers are all a pass in pieces has to recompute ({@link #linkClaimsOf}).
     */
    static Set<String> speakersAround(DatasetGraph dsg, Set<Node> changed) {
        Mentions mentions = new Mentions(dsg);
        Node record = ClusterPass.record(Statements.TERMS);
        Set<String> out = new HashSet<>();
        for (Node g : changed) {
            mentions.inGraph(g, NG.Statement.asNode()).forEach((s, in) -> mentions.speakerKey(in, s).ifPresent(out::add));
            dsg.find(Quad.defaultGraphIRI, g, record, Node.ANY).forEachRemaining(q -> mentions.inCluster(NG.claim.asNode(),
                    q.getObject()).forEach((s, in) -> mentions.speakerKey(in, s).ifPresent(out::add)));
        }
        return out;
    }

    /**
     * Inside a write transaction: recomputes every claim of the speakers {@code keys}, starting with
     * {@code keys.get(from)} and going on until about {@code most} statements are read; returns the next
     * speaker's index beside the claims.
     */
    static Map.Entry<Integer, ClusterPass.Count> linkClaimsOf(DatasetGraph dsg, List<String> keys, int from, int most) {
        Mentions mentions = new Mentions(dsg);
        Map<Node, Node> members = new HashMap<>();
        int next = from;
        while (next < keys.size() && (next == from || members.size() < most)) {
            members.putAll(mentions.withActor(NG.speaker.asNode(), keys.get(next++)));
        }
        ClusterPass.Count c = ClusterPass.regroup(dsg, new Statements(mentions, nearDuplicates(dsg)), mentions, members);
        return Map.entry(next, c);
    }

    /** Inside a write transaction: the claim types and records of the graphs {@code graphs}, brought to their links. */
    static void syncClaims(DatasetGraph dsg, Set<Node> graphs) {
        ClusterPass.sync(dsg, new Statements(null, null), graphs);
    }

    /** Meetings into events, in blocks of a pair of participants (one participant: itself). */
    record Meetings(Mentions mentions, BiPredicate<String, String> near) implements ClusterPass.Kind<MeetingMention> {
        private static final ClusterPass.Terms TERMS = new ClusterPass.Terms("event", NG.Meeting.asNode(), NG.event.asNode(),
                NG.Event.asNode());

        @Override
        public ClusterPass.Terms terms() {
            return TERMS;
        }

        @Override
        public MeetingMention read(Node graph, Node mention) {
            return mentions.meeting(graph, mention);
        }

        @Override
        public String iri(MeetingMention m) {
            return m.iri();
        }

        @Override
        public List<String> blocks(MeetingMention m) {
            return pairKeys(m.participants());
        }

        @Override
        public int score(MeetingMention a, MeetingMention b) {
            return EventRules.meetings(a, b, near.test(a.doc(), b.doc()));
        }

        @Override
        public boolean conflict(MeetingMention a, MeetingMention b) {
            return EventRules.meetingsConflict(a, b);
        }

        /** The meetings with the one participant, or with both of a pair of the participants. */
        @Override
        public Map<Node, Node> candidates(MeetingMention m) {
            List<String> who = new ArrayList<>(m.participants());
            if (who.size() == 1) {
                return mentions.withActor(NG.participant.asNode(), who.get(0));
            }
            Map<Node, Node> out = new HashMap<>();
            for (int i = 0; i < who.size(); i++) {
                for (int j = i + 1; j < who.size(); j++) {
                    Map<Node, Node> a = mentions.withActor(NG.participant.asNode(), who.get(i));
                    Map<Node, Node> b = mentions.withActor(NG.participant.asNode(), who.get(j));
                    // walk the smaller map, look up in the larger
                    Map<Node, Node> small = a.size() <= b.size() ? a : b;
                    Map<Node, Node> large = small == a ? b : a;
                    small.forEach((n, g) -> {
                        if (large.containsKey(n)) {
                            out.put(n, g);
                        }
                    });
                }
            }
            return out;
        }

        @Override
        public Map<Node, Node> all() {
            return mentions.all(NG.Meeting.asNode());
        }

        /** Block keys of a meeting: each pair of its participants (one participant: itself). */
        private static List<String> pairKeys(Set<String> participants) {
            List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(participants));
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
    }

    /** Statements into claims, in blocks of the speaker and a word of the content's prefix ({@link EventRules#claimBlocks}). */
    record Statements(Mentions mentions, BiPredicate<String, String> near) implements ClusterPass.Kind<StatementMention> {
        private static final ClusterPass.Terms TERMS = new ClusterPass.Terms("claim", NG.Statement.asNode(), NG.claim.asNode(),
                NG.Claim.asNode());

        @Override
        public ClusterPass.Terms terms() {
            return TERMS;
        }

        @Override
        public StatementMention read(Node graph, Node mention) {
            return mentions.statement(graph, mention);
        }

        @Override
        public String iri(StatementMention s) {
            return s.iri();
        }

        @Override
        public List<String> blocks(StatementMention s) {
            return EventRules.claimBlocks(s);
        }

        @Override
        public int score(StatementMention a, StatementMention b) {
            int s = EventRules.statements(a, b, false);
            return s < 0 ? -1 : s + (near.test(a.doc(), b.doc()) ? EventRules.NEAR_DUPLICATE_BONUS : 0);
        }

        @Override
        public boolean conflict(StatementMention a, StatementMention b) {
            return EventRules.statements(a, b, false) < 0;
        }

        /** Every statement of the speaker (by key). */
        @Override
        public Map<Node, Node> candidates(StatementMention s) {
            return EventRules.claimBlocks(s).isEmpty() ? Map.of() : mentions.withActor(NG.speaker.asNode(), s.speaker());
        }

        @Override
        public Map<Node, Node> all() {
            return mentions.statementsOfRecurringSpeakers();
        }
    }
}
