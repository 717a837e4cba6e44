package newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Groups mentions into clusters, greedily and by complete linkage: candidate pairs are taken best
 * score first (ties by the two mentions' keys, so the result depends on the set of mentions only, not
 * on the order they were read in), and two clusters join only if every member of one is compatible
 * with every member of the other. So a month-precise mention compatible with two different days
 * joins one of them, never both, and the two days never chain into one cluster.
 */
final class Clustering {
    private Clustering() {
    }

    /** A candidate pair of mentions {@code a} and {@code b} (indexes), {@code score} higher is better. */
    record Edge(int a, int b, int score) {
    }

    /**
     * @param keys       a unique, order-independent key of each mention (its IRI)
     * @param edges      candidate pairs
     * @param compatible whether two mentions may be one
     * @return for each mention, the index of the cluster's first member in key order
     */
    static int[] cluster(List<String> keys, List<Edge> edges, BiPredicate<Integer, Integer> compatible) {
        int n = keys.size();
        List<List<Integer>> members = new ArrayList<>(n);
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            of[i] = i;
        }
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt((Edge e) -> -e.score())
                .thenComparing(e -> min(keys, e))
                .thenComparing(e -> max(keys, e)));
        for (Edge e : sorted) {
            int ca = of[e.a()];
            int cb = of[e.b()];
            if (ca == cb || !allCompatible(members.get(ca), members.get(cb), compatible)) {
                continue;
            }
            int keep = members.get(ca).size() >= members.get(cb).size() ? ca : cb;
            int drop = keep == ca ? cb : ca;
            for (int m : members.get(drop)) {
                of[m] = keep;
            }
            members.get(keep).addAll(members.get(drop));
            members.set(drop, List.of());
        }
        int[] out = new int[n];
        for (List<Integer> cluster : members) {
            int first = cluster.stream().min(Comparator.comparing(keys::get)).orElse(-1);
            for (int m : cluster) {
                out[m] = first;
            }
        }
        return out;
    }

    private static boolean allCompatible(List<Integer> xs, List<Integer> ys, BiPredicate<Integer, Integer> ok) {
        for (int x : xs) {
            for (int y : ys) {
                if (!ok.test(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String min(List<String> keys, Edge e) {
        String a = keys.get(e.a());
        String b = keys.get(e.b());
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(List<String> keys, Edge e) {
        String a = keys.get(e.a());
        String b = keys.get(e.b());
        return a.compareTo(b) <= 0 ? b : a;
    }
}
