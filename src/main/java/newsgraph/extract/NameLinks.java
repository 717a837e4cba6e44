package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name half of {@link Coreference}: a surname alone joins the one full name with that surname, a
 * short organisation name the longer one it ends, a role's body noun gives a person an affiliation.
 *
 * <p>Every question is answered from an index built in one pass over the article's mentions, in
 * text order, so an article of n mentions costs O(n) and not O(n^2) comparisons (a 2 MB text has tens
 * of thousands). The indexes replay the pairwise rules exactly: each keeps, per name, the owner the
 * mention-by-mention scan in text order would have ended with.
 */
final class NameLinks {
    private NameLinks() {
    }

    /** The one key a name leads to: a scan in text order that gives up at the second different key. */
    private static final class Owner {
        private String key;
        private boolean ambiguous;

        void add(String k) {
            if (ambiguous) {
                return;
            }
            if (key != null && !key.equals(k)) {
                ambiguous = true;
            } else {
                key = k;
            }
        }

        static String of(Owner o) {
            return o == null || o.ambiguous ? null : o.key;
        }
    }

    /** Each proper word tail of a folded name ("b c" and "c" of "a b c") maps to the owners of that name. */
    private static void addTails(Map<String, Owner> tails, String folded, String key) {
        for (int j = folded.indexOf(' '); j >= 0; j = folded.indexOf(' ', j + 1)) {
            tails.computeIfAbsent(folded.substring(j + 1), t -> new Owner()).add(key);
        }
    }

    /** The mentions with names linked: surname-only and short-form mentions carry the full key. */
    static List<Mention> link(List<Mention> in) {
        Map<String, String> bySurname = new HashMap<>();
        Map<String, Integer> surnameKeys = new HashMap<>();
        Map<String, Owner> firstNames = new HashMap<>();
        Map<String, Owner> personTails = new HashMap<>();
        Map<String, Owner> orgTails = new HashMap<>();
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.PERSON) {
                List<String> parts = ActorKeys.nameParts(m.text());
                if (parts.size() > 1) {
                    String sn = ActorKeys.surname(m.text());
                    if (!m.key().equals(bySurname.get(sn))) {
                        surnameKeys.merge(sn, 1, Integer::sum);
                    }
                    bySurname.put(sn, m.key());
                }
                if (parts.size() > 2) {
                    // "Ban" for "Ban Ki-moon": family-name-first names are linked by their first part
                    firstNames.computeIfAbsent(ActorKeys.skeleton(parts.get(0)), s -> new Owner()).add(m.key());
                }
                addTails(personTails, ActorKeys.fold(m.text()), m.key());
            } else if (m.kind() == Mention.Kind.ORGANIZATION) {
                addTails(orgTails, ActorKeys.fold(m.text()), m.key());
            }
        }
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            out.add(linked(m, bySurname, surnameKeys, firstNames, personTails, orgTails));
        }
        return out;
    }

    private static Mention linked(Mention m, Map<String, String> bySurname, Map<String, Integer> surnameKeys,
                                  Map<String, Owner> firstNames, Map<String, Owner> personTails,
                                  Map<String, Owner> orgTails) {
        if (m.kind() == Mention.Kind.PERSON && ActorKeys.nameParts(m.text()).size() == 1) {
            String skeleton = ActorKeys.skeleton(ActorKeys.nameParts(m.text()).get(0));
            // only a surname that names one person of the article is linked: two Smiths stay apart
            if (bySurname.containsKey(skeleton) && surnameKeys.getOrDefault(skeleton, 0) == 1) {
                return m.withKey(bySurname.get(skeleton));
            }
            String byGiven = Owner.of(firstNames.get(skeleton));
            if (byGiven != null) {
                return m.withKey(byGiven);
            }
        }
        if (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION) {
            String folded = ActorKeys.fold(m.text());
            // a multi-word mention that is the tail of one person's full name ("De Mistura" after "Staffan de
            // Mistura"), whatever type the name finder gave it
            String person = folded.contains(" ") ? Owner.of(personTails.get(folded)) : null;
            if (person != null) {
                return m.withKind(Mention.Kind.PERSON, person);
            }
            String longer = m.kind() == Mention.Kind.ORGANIZATION ? Owner.of(orgTails.get(folded)) : null;
            if (longer != null) {
                return m.withKey(longer);
            }
        }
        return m;
    }

    /**
     * A role that opens with a lower-case noun naming an organisation of the article ("coalition head",
     * "ministry spokeswoman") gives the person that organisation as affiliation.
     */
    static List<Mention> affiliations(List<Mention> in) {
        // multi-word organisations by their last word, in text order
        Map<String, List<String>> orgsByLastWord = new HashMap<>();
        for (Mention o : in) {
            String f = ActorKeys.fold(o.text());
            if (o.kind() == Mention.Kind.ORGANIZATION && f.contains(" ")) {
                orgsByLastWord.computeIfAbsent(f.substring(f.lastIndexOf(' ') + 1), w -> new ArrayList<>()).add(o.key());
            }
        }
        Map<String, String> orgOfWord = new HashMap<>();
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.PERSON && m.affiliation() == null && m.role() != null
                    && Character.isLowerCase(m.role().charAt(0)) && m.role().contains(" ")) {
                String word = m.role().substring(0, m.role().indexOf(' '));
                String org = orgOfWord.computeIfAbsent(word, w -> onlyOrg(orgsByLastWord.getOrDefault(w, List.of())));
                if (org != null && !org.isEmpty()) {
                    out.add(m.withAffiliation(org));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The one organisation key of {@code keys}, "" for two or more, null for none. */
    private static String onlyOrg(List<String> keys) {
        String org = null;
        for (String k : keys) {
            org = org == null || org.equals(k) ? k : "";
        }
        return org;
    }
}
