package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

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
    record Result(int events, int eventMentions, int claims, int claimMentions, Set<Node> eventIds, Set<Node> claimIds) {
    }

    /**
     * Inside a write transaction: brings the events and claims up to date after the article graphs
     * {@code changed} changed (written, replaced, deleted, or rewritten by identity linking), or those of
     * the whole store if {@code changed} is null.
     */
    static Result link(DatasetGraph dsg, Set<Node> changed) {
        Map<String, Boolean> known = new HashMap<>();
        // looked up when a rule asks, not read for the whole store
        BiPredicate<String, String> near = (a, b) -> known.computeIfAbsent(a + "\u0000" + b, k -> dsg.contains(
                NodeFactory.createURI(IriMinter.graph(a)), NodeFactory.createURI(IriMinter.article(a)),
                NG.nearDuplicateOf.asNode(), NodeFactory.createURI(IriMinter.article(b))));
        Mentions mentions = new Mentions(dsg);
        ClusterPass.Count e = ClusterPass.run(dsg, new Meetings(mentions, near), mentions, changed);
        ClusterPass.Count c = ClusterPass.run(dsg, new Statements(mentions, near), mentions, changed);
        return new Result(e.clusters(), e.mentions(), c.clusters(), c.mentions(), e.ids(), c.ids());
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
