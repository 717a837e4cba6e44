package newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Within-article coreference. Names: a surname alone ("Lavrov") joins the full name
 * ("Sergei Lavrov") it shares a surname with, and a shorter organisation name ("National
 * Coalition") joins the longer one it ends ("Syrian National Coalition") ({@link NameLinks}). Pronouns
 * and definite descriptions ("he", "the minister", "the coalition") resolve to the nearest compatible
 * actor before them: a person for he/she, an actor whose role or name has the description's head word.
 *
 * <p>The candidates of each kind of question (he, she, they, each description head) are listed once,
 * in text order, so a question walks back from its position over candidates only: the cost follows
 * the answer's distance, not the article's length.
 */
public final class Coreference {
    private final List<Mention> mentions;
    private final Lexicon lexicon;
    /** The largest begin offset up to each mention: where a question at a position stops. */
    private final int[] beginsUpTo;
    private final Function<String, Optional<Character>> firstNameGender;
    /** The longest name of each person key: where a first name can be found. */
    private final Map<String, String> fullNames = new HashMap<>();
    /** The first role given to each key, lower case. */
    private final Map<String, String> firstRoles = new HashMap<>();
    /** Every distinct role given to each key, lower case. */
    private final Map<String, List<String>> rolesByKey = new HashMap<>();
    /** Actor mentions (indexes) of each key. */
    private final Map<String, List<Integer>> actorsByKey = new HashMap<>();
    private final int[] he;
    private final int[] she;
    private final int[] plural;
    /** Actor mentions with a role but no key: only their own role describes them. */
    private final List<Integer> unkeyedWithRole = new ArrayList<>();
    /** Organisations and governments by the last word of their folded name, and that name. */
    private final Map<String, List<Integer>> namedByLastWord = new HashMap<>();
    private final Map<Integer, String> folded = new HashMap<>();
    /** Actor mentions that a description with this head word describes, by head word. */
    private final Map<String, int[]> described = new HashMap<>();

    /** @param mentions every mention of the article, in text order */
    public Coreference(List<Mention> mentions, Lexicon lexicon) {
        this(mentions, null, name -> Optional.empty(), lexicon);
    }

    /**
     * @param sentenceBegins  the char offset where each sentence starts (not needed: mentions carry their sentence)
     * @param firstNameGender 'f' or 'm' for a first name that tells a gender
     */
    public Coreference(List<Mention> mentions, int[] sentenceBegins,
                       Function<String, Optional<Character>> firstNameGender, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = NameLinks.affiliations(NameLinks.link(mentions));
        this.firstNameGender = firstNameGender;
        this.beginsUpTo = new int[this.mentions.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < this.mentions.size(); i++) {
            Mention m = this.mentions.get(i);
            max = Math.max(max, m.begin());
            beginsUpTo[i] = max;
            if (m.kind() == Mention.Kind.PERSON && m.key() != null) {
                fullNames.merge(m.key(), m.text(), (a, b) -> b.length() > a.length() ? b : a);
            }
            if (m.key() != null && m.role() != null) {
                String role = m.role().toLowerCase(Locale.ROOT);
                firstRoles.putIfAbsent(m.key(), role);
                List<String> roles = rolesByKey.computeIfAbsent(m.key(), k -> new ArrayList<>());
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
            if (m.kind().isActor()) {
                index(m, i);
            }
        }
        this.he = actorsWhere(i -> isPerson(i) && !contradictsGender(this.mentions.get(i), "he"));
        this.she = actorsWhere(i -> isPerson(i) && !contradictsGender(this.mentions.get(i), "she"));
        this.plural = actorsWhere(i -> !isPerson(i));
    }

    private void index(Mention m, int i) {
        actorsByKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(i);
        if (m.key() == null && m.role() != null) {
            unkeyedWithRole.add(i);
        }
        if (m.kind() != Mention.Kind.PERSON) {
            String f = ActorKeys.fold(m.text());
            folded.put(i, f);
            namedByLastWord.computeIfAbsent(f.substring(f.lastIndexOf(' ') + 1), w -> new ArrayList<>()).add(i);
        }
    }

    /** The mentions with names linked: surname-only and short-form mentions carry the full key. */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * The actor a pronoun or description at char offset {@code pos} refers to, or null.
     *
     * @param word the pronoun ("he") or the description's head noun ("minister", "coalition")
     */
    public Mention resolve(String word, int pos) {
        return resolve(word, pos, Set.of());
    }

    /** As {@link #resolve(String, int)}, skipping actors in {@code exclude} ("he spoke to the leader"). */
    public Mention resolve(String word, int pos, Set<String> exclude) {
        String w = word.toLowerCase(Locale.ROOT);
        int end = before(pos);
        if (lexicon.personPronouns.contains(w)) {
            return nearestPerson(w.equals("she") || w.equals("her") ? she : he, end, exclude);
        }
        int[] candidates = lexicon.pluralPronouns.contains(w) ? plural : described.computeIfAbsent(w, this::describedBy);
        for (int c = lastBelow(candidates, end); c >= 0; c--) {
            Mention m = mentions.get(candidates[c]);
            if (!exclude.contains(m.key())) {
                return m;
            }
        }
        return null;
    }

    /** Whether he/she may stand for the person {@code key}: no role word or first name of theirs tells the other gender. */
    public boolean pronounFits(String pronoun, String key) {
        List<Integer> ms = actorsByKey.get(key);
        return ms == null || !isPerson(ms.get(0)) || !contradictsGender(mentions.get(ms.get(0)), pronoun.toLowerCase(Locale.ROOT));
    }

    /** The roles the text gives the actor {@code key}, lower case, in text order (empty when none). */
    public List<String> rolesOf(String key) {
        return rolesByKey.getOrDefault(key, List.of());
    }

    /**
     * The nearest person named before char offset {@code pos} (the subject of the nearest sentence naming one,
     * as for "he"/"she"), whichever gender; null when none.
     */
    public Mention nearestPerson(int pos) {
        int end = before(pos);
        Mention m = nearestPerson(he, end, Set.of());
        Mention f = nearestPerson(she, end, Set.of());
        return m == null ? f : f == null || m.sentence() >= f.sentence() ? m : f;
    }

    /** The nearest organisation or government mentioned before char offset {@code pos}, or null: what "it" stands for. */
    public Mention nearestOrganisation(int pos) {
        for (int c = lastBelow(plural, before(pos)); c >= 0; c--) {
            Mention m = mentions.get(plural[c]);
            if (m.key() != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * Subjects first: in the nearest sentence that names a person, its first non-possessive person wins
     * ("Putin praised Assad's readiness when he spoke" -> Putin; "A met B. He said" -> A), else its first.
     */
    private Mention nearestPerson(int[] candidates, int end, Set<String> exclude) {
        Mention first = null;
        Mention firstNonPossessive = null;
        for (int c = lastBelow(candidates, end); c >= 0; c--) {
            Mention m = mentions.get(candidates[c]);
            if (exclude.contains(m.key())) {
                continue;
            }
            if (first != null && m.sentence() != first.sentence()) {
                break;
            }
            first = m;
            if (!MentionSpans.POSSESSIVE.equals(m.head())) {
                firstNonPossessive = m;
            }
        }
        return firstNonPossessive != null ? firstNonPossessive : first;
    }

    /** The number of mentions a question at {@code pos} looks at: those before the first starting at or after it. */
    private int before(int pos) {
        int lo = 0;
        int hi = beginsUpTo.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (beginsUpTo[mid] >= pos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The position in {@code sorted} of its last value below {@code end}, or -1. */
    private static int lastBelow(int[] sorted, int end) {
        int i = Arrays.binarySearch(sorted, end);
        return (i >= 0 ? i : -i - 1) - 1;
    }

    private boolean isPerson(int i) {
        return mentions.get(i).kind() == Mention.Kind.PERSON;
    }

    private int[] actorsWhere(IntPredicate p) {
        return IntStream.range(0, mentions.size()).filter(i -> mentions.get(i).kind().isActor() && p.test(i)).toArray();
    }

    /**
     * A role word ("spokeswoman", "Mr") or else a first name ("Anna") can tell a person's gender; a pronoun
     * of the other gender skips them.
     */
    private boolean contradictsGender(Mention m, String pronoun) {
        String role = m.key() == null ? null : firstRoles.get(m.key());
        boolean female = false;
        boolean male = false;
        if (role != null) {
            for (String word : role.split("[^a-z]+")) {
                female |= lexicon.femaleRoleWords.contains(word);
                male |= lexicon.maleRoleWords.contains(word);
            }
        }
        if (!female && !male) {
            // no role word tells: the first name may ("Anna Kowalski", and "Kowalski" after it)
            String full = m.key() == null ? null : fullNames.get(m.key());
            String[] words = full == null ? new String[0] : full.split("\\s+");
            char g = words.length >= 2 ? firstNameGender.apply(words[0]).orElse('?') : '?';
            female = g == 'f';
            male = g == 'm';
        }
        boolean she = pronoun.equals("she") || pronoun.equals("her");
        return she ? male && !female : female && !male;
    }

    /**
     * The actor mentions, in text order, that a description with this head word describes: a role of the
     * actor has the word, or a person's role has a leader word and so has the head, or the last word of
     * another actor's name is the head ("the coalition").
     */
    private int[] describedBy(String head) {
        List<Integer> found = new ArrayList<>();
        boolean leader = lexicon.leaderWords.contains(head);
        for (Map.Entry<String, List<String>> e : rolesByKey.entrySet()) {
            boolean byRole = e.getValue().stream().anyMatch(r -> r.contains(head));
            boolean byLeader = leader && lexicon.leaderWords.stream().anyMatch(firstRoles.get(e.getKey())::contains);
            if (byRole || byLeader) {
                for (int i : actorsByKey.getOrDefault(e.getKey(), List.of())) {
                    if (byRole || isPerson(i)) {
                        found.add(i);
                    }
                }
            }
        }
        for (int i : unkeyedWithRole) {
            if (mentions.get(i).role().toLowerCase(Locale.ROOT).contains(head)) {
                found.add(i);
            }
        }
        for (int i : namedByLastWord.getOrDefault(head.substring(head.lastIndexOf(' ') + 1), List.of())) {
            String f = folded.get(i);
            if (f.endsWith(" " + head) || f.equals(head)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
}
