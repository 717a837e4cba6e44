package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Within-article coreference. Names: a surname alone ("Lavrov") joins the full name
 * ("Sergei Lavrov") it shares a surname with, and a shorter organisation name ("National
 * Coalition") joins the longer one it ends ("Syrian National Coalition"). Pronouns and definite
 * descriptions ("he", "the minister", "the coalition") resolve to the nearest compatible actor before
 * them: a person for he/she, an actor whose role or name has the description's head word.
 */
public final class Coreference {
    private final List<Mention> mentions;
    private final Lexicon lexicon;

    private String roleOf(Mention m) {
        for (Mention other : mentions) {
            if (other.key() != null && other.key().equals(m.key()) && other.role() != null) {
                return other.role().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private final int[] sentenceBegins;

    private final Function<String, Optional<Character>> firstNameGender;
    /** The longest name of each person key: where a first name can be found. */
    private final Map<String, String> fullNames = new HashMap<>();

    /** @param mentions every mention of the article, in text order */
    public Coreference(List<Mention> mentions, Lexicon lexicon) {
        this(mentions, null, name -> Optional.empty(), lexicon);
    }

    /**
     * @param sentenceBegins  the char offset where each sentence starts, to place a pronoun in its sentence
     * @param firstNameGender 'f' or 'm' for a first name that tells a gender
     */
    public Coreference(List<Mention> mentions, int[] sentenceBegins,
                       Function<String, Optional<Character>> firstNameGender, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = affiliations(link(mentions));
        this.sentenceBegins = sentenceBegins;
        this.firstNameGender = firstNameGender;
        for (Mention m : this.mentions) {
            if (m.kind() == Mention.Kind.PERSON && m.key() != null) {
                fullNames.merge(m.key(), m.text(), (a, b) -> b.length() > a.length() ? b : a);
            }
        }
    }

    /** The mentions with names linked: surname-only and short-form mentions carry the full key. */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * A role that opens with a lower-case noun naming an organisation of the article ("coalition head",
     * "ministry spokeswoman") gives the person that organisation as affiliation.
     */
    static List<Mention> affiliations(List<Mention> in) {
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.PERSON && m.affiliation() == null && m.role() != null
                    && Character.isLowerCase(m.role().charAt(0)) && m.role().contains(" ")) {
                String word = m.role().substring(0, m.role().indexOf(' '));
                String org = null;
                for (Mention o : in) {
                    String f = " " + ActorKeys.fold(o.text());
                    if (o.kind() == Mention.Kind.ORGANIZATION && f.endsWith(" " + word) && f.trim().contains(" ")) {
                        org = org == null || org.equals(o.key()) ? o.key() : "";
                    }
                }
                if (org != null && !org.isEmpty()) {
                    out.add(m.withAffiliation(org));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    static List<Mention> link(List<Mention> in) {
        Map<String, String> bySurname = new HashMap<>();
        Map<String, Integer> surnameKeys = new HashMap<>();
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.PERSON && ActorKeys.nameParts(m.text()).size() > 1) {
                String sn = ActorKeys.surname(m.text());
                if (!m.key().equals(bySurname.get(sn))) {
                    surnameKeys.merge(sn, 1, Integer::sum);
                }
                bySurname.put(sn, m.key());
            }
        }
        List<Mention> orgs = in.stream().filter(m -> m.kind() == Mention.Kind.ORGANIZATION).toList();
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.PERSON && ActorKeys.nameParts(m.text()).size() == 1) {
                String sn = ActorKeys.nameParts(m.text()).get(0);
                String skeleton = ActorKeys.skeleton(sn);
                // only a surname that names one person of the article is linked: two Smiths stay apart
                if (bySurname.containsKey(skeleton) && surnameKeys.getOrDefault(skeleton, 0) == 1) {
                    out.add(m.withKey(bySurname.get(skeleton)));
                    continue;
                }
                String byGiven = firstNameOwner(in, skeleton);
                if (byGiven != null) {
                    out.add(m.withKey(byGiven));
                    continue;
                }
            }
            String person = personEndingWith(in, m);
            if (person != null) {
                out.add(m.withKind(Mention.Kind.PERSON, person));
                continue;
            }
            if (m.kind() == Mention.Kind.ORGANIZATION) {
                String longer = longerOrg(orgs, m);
                if (longer != null) {
                    out.add(m.withKey(longer));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A multi-word mention that is the tail of one person's full name ("De Mistura" after "Staffan de
     * Mistura"), whatever type the name finder gave it.
     */
    private static String personEndingWith(List<Mention> in, Mention m) {
        if (!(m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)) {
            return null;
        }
        String f = " " + ActorKeys.fold(m.text());
        if (f.trim().split(" ").length < 2) {
            return null;
        }
        String owner = null;
        for (Mention p : in) {
            String pf = " " + ActorKeys.fold(p.text());
            if (p.kind() == Mention.Kind.PERSON && pf.length() > f.length() && pf.endsWith(f)) {
                if (owner != null && !owner.equals(p.key())) {
                    return null;
                }
                owner = p.key();
            }
        }
        return owner;
    }

    /** "Ban" for "Ban Ki-moon": family-name-first names are linked by their first part. */
    private static String firstNameOwner(List<Mention> in, String skeleton) {
        String owner = null;
        for (Mention m : in) {
            List<String> parts = ActorKeys.nameParts(m.text());
            if (m.kind() == Mention.Kind.PERSON && parts.size() > 2 && ActorKeys.skeleton(parts.get(0)).equals(skeleton)) {
                if (owner != null && !owner.equals(m.key())) {
                    return null;
                }
                owner = m.key();
            }
        }
        return owner;
    }

    private static String longerOrg(List<Mention> orgs, Mention m) {
        String f = " " + ActorKeys.fold(m.text());
        String found = null;
        for (Mention o : orgs) {
            String of = " " + ActorKeys.fold(o.text());
            if (of.length() > f.length() && of.endsWith(f)) {
                if (found != null && !found.equals(o.key())) {
                    return null;
                }
                found = o.key();
            }
        }
        return found;
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
        Mention best = null;
        for (Mention m : mentions) {
            if (m.begin() >= pos) {
                break;
            }
            if (!m.kind().isActor() || exclude.contains(m.key())) {
                continue;
            }
            if (lexicon.personPronouns.contains(w)) {
                if (m.kind() == Mention.Kind.PERSON && !contradictsGender(m, w)) {
                    // subjects first: in the nearest sentence that names a person, its first non-possessive
                    // person wins ("Putin praised Assad's readiness when he spoke" -> Putin; "A met B. He
                    // said" -> A)
                    boolean possessive = MentionFinder.POSSESSIVE.equals(m.head());
                    boolean keep = best != null && best.sentence() == m.sentence()
                            && !MentionFinder.POSSESSIVE.equals(best.head());
                    if (!keep && !(possessive && best != null && best.sentence() == m.sentence())) {
                        best = m;
                    }
                }
            } else if (lexicon.pluralPronouns.contains(w)) {
                if (m.kind() != Mention.Kind.PERSON) {
                    best = m;
                }
            } else if (describes(m, w)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * A role word ("spokeswoman", "Mr") or else a first name ("Anna") can tell a person's gender; a pronoun
     * of the other gender skips them.
     */
    private boolean contradictsGender(Mention m, String pronoun) {
        String role = roleOf(m);
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

    /** The sentence of the last mention that starts at or before {@code pos}, as a proxy for pos's sentence. */
    private int sentenceOf(int pos) {
        if (sentenceBegins != null) {
            int i = java.util.Arrays.binarySearch(sentenceBegins, pos);
            return i >= 0 ? i : -i - 2;
        }
        int sentence = -1;
        for (Mention m : mentions) {
            if (m.begin() > pos) {
                break;
            }
            sentence = m.sentence();
        }
        return sentence;
    }

    private boolean describes(Mention m, String head) {
        if (m.role() != null && m.role().toLowerCase(Locale.ROOT).contains(head)) {
            return true;
        }
        for (Mention other : mentions) {
            if (other.key() != null && other.key().equals(m.key()) && other.role() != null
                    && other.role().toLowerCase(Locale.ROOT).contains(head)) {
                return true;
            }
        }
        if (m.kind() == Mention.Kind.PERSON) {
            String role = roleOf(m);
            return role != null && lexicon.leaderWords.contains(head) && lexicon.leaderWords.stream().anyMatch(role::contains);
        }
        return ActorKeys.fold(m.text()).endsWith(" " + head) || ActorKeys.fold(m.text()).equals(head);
    }
}
