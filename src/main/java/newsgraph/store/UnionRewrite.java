package newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;

/**
 * Rewrites a query for a remote store so that it means what it means on the local store, whatever the
 * remote store's default graph is (stores differ: the union of all graphs, or a graph of its own):
 * <ul>
 * <li>a pattern on the default graph matches the union of the article graphs: each basic graph pattern
 *   becomes {@code SELECT DISTINCT} over one {@code GRAPH ?gN { triple }} per triple, which is exactly
 *   the pattern matched against the set of all the graphs' triples (a triple in many articles counts
 *   once, and two triples of a match may come from different articles);</li>
 * <li>{@code GRAPH ?g} never matches the store's own graph ({@link StoreMeta#GRAPH}).</li>
 * </ul>
 * A property path with {@code *} or {@code +} on the default graph is matched inside one article graph
 * at a time (the union would let a path cross articles); the catalogue's queries use none.
 */
final class UnionRewrite {
    private static final String PREFIX = "ng_union_";

    private UnionRewrite() {
    }

    /** The remote form of {@code query}; the query itself is left as it was. */
    static Query rewrite(Query query) {
        Query out = query.cloneQuery();
        Element pattern = query.getQueryPattern();
        if (pattern == null) {
            return out; // DESCRIBE <iri> with no WHERE
        }
        Op op = Algebra.compile(pattern);
        out.setQueryPattern(OpAsQuery.asElement(transform(op)));
        return out;
    }

    static Op transform(Op op) {
        int[] inGraph = {0};
        int[] fresh = {0};
        var before = new OpVisitorBase() {
            @Override
            public void visit(OpGraph g) {
                inGraph[0]++;
            }
        };
        var after = new OpVisitorBase() {
            @Override
            public void visit(OpGraph g) {
                inGraph[0]--;
            }
        };
        var transform = new TransformCopy() {
            @Override
            public Op transform(OpBGP bgp) {
                return inGraph[0] > 0 || bgp.getPattern().isEmpty() ? bgp : union(bgp, fresh);
            }

            @Override
            public Op transform(OpPath path) {
                if (inGraph[0] > 0) {
                    return path;
                }
                Var g = Var.alloc(PREFIX + "g" + fresh[0]++);
                return distinct(OpFilter.filter(notMeta(g), new OpGraph(g, path)), path);
            }

            @Override
            public Op transform(OpGraph graph, Op sub) {
                Op out = super.transform(graph, sub);
                return graph.getNode().isVariable() ? OpFilter.filter(notMeta(Var.alloc(graph.getNode())), out) : out;
            }
        };
        return Transformer.transform(transform, op, before, after);
    }

    /** The basic graph pattern matched against the union of the article graphs. */
    private static Op union(OpBGP bgp, int[] fresh) {
        Map<Var, Var> named = new HashMap<>(); // blank nodes and path steps get names a subquery can select
        OpSequence seq = OpSequence.create();
        List<Var> graphs = new ArrayList<>();
        for (Triple t : bgp.getPattern()) {
            Triple n = Triple.create(name(t.getSubject(), named, fresh), name(t.getPredicate(), named, fresh),
                    name(t.getObject(), named, fresh));
            Var g = Var.alloc(PREFIX + "g" + fresh[0]++);
            graphs.add(g);
            seq.add(new OpGraph(g, new OpBGP(BasicPattern.wrap(List.of(n)))));
        }
        Op filtered = seq;
        for (Var g : graphs) {
            filtered = OpFilter.filter(notMeta(g), filtered);
        }
        List<Var> all = new ArrayList<>();
        List<Var> visible = new ArrayList<>();
        for (Var v : OpVars.visibleVars(bgp)) {
            all.add(named.getOrDefault(v, v));
            if (!named.containsKey(v)) {
                visible.add(v);
            }
        }
        // distinct over every variable of the pattern (blank nodes too), then the named ones kept without
        // dropping duplicates: as many answers as the pattern has matches in the union graph
        Op set = OpDistinct.create(new OpProject(filtered, all));
        return visible.size() == all.size() ? set : new OpProject(set, visible);
    }

    private static Op distinct(Op op, OpPath path) {
        List<Var> vars = new ArrayList<>(OpVars.visibleVars(path));
        return OpDistinct.create(new OpProject(op, vars));
    }

    private static Node name(Node n, Map<Var, Var> named, int[] fresh) {
        if (n instanceof Var v && !v.isNamedVar()) {
            return named.computeIfAbsent(v, x -> Var.alloc(PREFIX + "v" + fresh[0]++));
        }
        return n;
    }

    private static E_NotEquals notMeta(Var g) {
        return new E_NotEquals(new ExprVar(g), NodeValue.makeNode(StoreMeta.GRAPH));
    }
}
