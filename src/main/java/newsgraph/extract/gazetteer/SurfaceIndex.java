package newsgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsgraph.extract.gazetteer.GazetteerMatch.Kind;

/**
 * Every surface of every entry (country names, variants, demonyms, capitals, organisation names and aliases,
 * titles) in a trie of normalised words, so a lookup or a scan of a token sequence walks word by word.
 */
final class SurfaceIndex {

    /** One surface of one entry, as stored under its key. */
    record Surface(Kind kind, GazetteerEntry entry, String text, boolean caseSensitive, String skeleton,
                   boolean historic, int order) {

        /** An abbreviation in capitals without dots only matches text written the same way ("US", not "us"). */
        boolean accepts(String rawSkeleton) {
            return !caseSensitive || skeleton.equals(rawSkeleton);
        }
    }

    /** A node of the word trie; {@code surfaces} are the entries whose key ends here, best first. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Surface> surfaces = new ArrayList<>(1);
    }

    private static final Comparator<Surface> PRIORITY = Comparator
            .comparingInt((Surface s) -> s.kind().ordinal())
            .thenComparing(Surface::historic)
            .thenComparingInt(Surface::order);

    final Node root = new Node();
    private int order;

    SurfaceIndex(List<Country> countries, List<Organization> organizations, List<Title> titles,
                 Set<String> historic) {
        for (Country c : countries) {
            boolean hist = historic.contains(c.alpha2());
            add(Kind.COUNTRY_NAME, c, c.name(), hist);
            c.variants().forEach(v -> add(Kind.COUNTRY_NAME, c, v, hist));
            c.demonyms().forEach(v -> add(Kind.DEMONYM, c, v, hist));
            c.capitals().forEach(v -> add(Kind.CAPITAL, c, v, hist));
        }
        for (Organization o : organizations) {
            add(Kind.ORGANIZATION, o, o.name(), false);
            o.aliases().forEach(a -> add(Kind.ORGANIZATION, o, a, false));
        }
        for (Title t : titles) {
            add(Kind.TITLE, t, t.title(), false);
        }
        sort(root);
    }

    private void add(Kind kind, GazetteerEntry entry, String text, boolean hist) {
        int rank = order++;
        List<Keys.Word> words = Keys.words(text);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (Keys.Word w : words) {
            node = node.next.computeIfAbsent(w.norm(), k -> new Node());
        }
        boolean cs = Keys.isCaseSensitive(text);
        String skeleton = Keys.skeleton(Keys.fold(text));
        for (Surface s : node.surfaces) {
            if (s.kind() == kind && s.entry() == entry && (!s.caseSensitive() || s.skeleton().equals(skeleton))) {
                return; // same entry, same key, already as permissive
            }
        }
        node.surfaces.add(new Surface(kind, entry, text, cs, skeleton, hist, rank));
    }

    private static void sort(Node node) {
        node.surfaces.sort(PRIORITY);
        node.next.values().forEach(SurfaceIndex::sort);
    }

    private Node find(List<Keys.Word> words) {
        Node node = root;
        for (Keys.Word w : words) {
            node = node.next.get(w.norm());
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static String rawSkeleton(List<Keys.Word> words) {
        StringBuilder b = new StringBuilder();
        for (Keys.Word w : words) {
            b.append(Keys.skeleton(w.raw()));
        }
        return b.toString();
    }

    /** The surfaces a text names (any kind), case rule applied, best first; tries again without a leading "the". */
    List<Surface> candidates(String text) {
        List<Keys.Word> words = Keys.words(text);
        List<Surface> found = candidates(words);
        if (found.isEmpty() && words.size() > 1 && words.get(0).norm().equals("the")) {
            found = candidates(words.subList(1, words.size()));
        }
        return found;
    }

    List<Surface> candidates(List<Keys.Word> words) {
        Node node = words.isEmpty() ? null : find(words);
        if (node == null) {
            return List.of();
        }
        return accepted(node, rawSkeleton(words));
    }

    /** The surfaces of a node whose case rule accepts the text as written. */
    static List<Surface> accepted(Node node, String rawSkeleton) {
        List<Surface> out = new ArrayList<>(node.surfaces.size());
        for (Surface s : node.surfaces) {
            if (s.accepts(rawSkeleton)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Distinct entries of some surfaces, best first; a historic state is dropped when a current one is there. */
    static List<GazetteerEntry> distinct(List<Surface> surfaces) {
        boolean current = surfaces.stream().anyMatch(s -> !s.historic());
        LinkedHashSet<GazetteerEntry> out = new LinkedHashSet<>();
        for (Surface s : surfaces) {
            if (!(current && s.historic())) {
                out.add(s.entry());
            }
        }
        return new ArrayList<>(out);
    }
}
