package newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * One-word person names that the rest of the article contradicts. News introduces a person by full
 * name or title, so a single capitalised word the name finder calls a person, with no title and no
 * full name in the article that ends in it, is checked against the article itself:
 * <ul>
 *   <li>a city or region of the gazetteer's places is a place ("Westminster", "Las Vegas"; any
 *       length, as long as no title came with it);</li>
 *   <li>the first name of the one person the article names in full is that person ("Arsene has
 *       signed" after "Arsene Wenger"), also after Sir or Dame ("Sir Digby" after "Sir Digby Jones");</li>
 *   <li>a word of a longer organisation name in the article is that organisation ("Chrysler"
 *       beside "Chrysler Corp"); a name shaped like a person's ("Morgan Stanley") does not count;</li>
 *   <li>a word the name finder calls an organisation more often than a person in the article is
 *       that organisation;</li>
 *   <li>a word the article also writes in lower case is a common word capitalised by its position
 *       ("Election" opening a sentence, "the election" later), not a name.</li>
 * </ul>
 */
final class LoneNames {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    LoneNames(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Retypes or drops the contradicted one-word person mentions in {@code found}. */
    void resolve(AnnotatedDocument doc, List<Mention> found) {
        Set<String> lowerCase = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (Character.isLowerCase(w.charAt(0)) && w.equals(w.toLowerCase(Locale.ROOT))) {
                    lowerCase.add(w);
                }
            }
        }
        personalNamedOrganizations(found, lowerCase);
        Set<String> personWords = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        Map<String, String> byFirstName = new HashMap<>();
        Map<String, String> orgByWord = new HashMap<>();
        Set<String> sharedFirstNames = new HashSet<>();
        Set<String> sharedOrgWords = new HashSet<>();
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.PERSON && m.tokenEnd() - m.tokenBegin() >= 2) {
                String[] words = m.text().split("[\\s-]+");
                personWords.addAll(List.of(words));
                surnames.add(words[words.length - 1]);
                String before = byFirstName.putIfAbsent(words[0], m.key());
                if (before != null && !before.equals(m.key())) {
                    sharedFirstNames.add(words[0]);
                }
            } else if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null && m.tokenEnd() - m.tokenBegin() >= 2
                    && !looksLikePersonalName(m.text()) && !runsIntoText(m.text())) {
                for (String w : m.text().split("\\s+")) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        String before = orgByWord.putIfAbsent(w, m.key());
                        if (before != null && !before.equals(m.key())) {
                            sharedOrgWords.add(w);
                        }
                    }
                }
            }
        }
        // one word the name finder types both ways: the organisation when it says so more often
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> oneWordOrg = new HashMap<>();
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null && m.tokenEnd() - m.tokenBegin() == 1) {
                votes.merge(m.text(), 1, Integer::sum);
                oneWordOrg.putIfAbsent(m.text(), m.key());
            } else if (isLonePerson(m)) {
                votes.merge(m.text(), -1, Integer::sum);
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            Mention m = found.get(i);
            boolean oneWord = m.tokenEnd() - m.tokenBegin() == 1;
            if (m.kind() == Mention.Kind.PERSON && m.role() == null && !(oneWord && personWords.contains(m.text()))
                    && gazetteer.placeCountry(m.text()).isPresent()) {
                found.set(i, m.withKind(Mention.Kind.PLACE, null)); // "Westminster", "Las Vegas"
                continue;
            }
            boolean knighted = m.kind() == Mention.Kind.PERSON && oneWord && m.role() != null
                    && (m.role().equalsIgnoreCase("Sir") || m.role().equalsIgnoreCase("Dame"));
            if (knighted && byFirstName.containsKey(m.text()) && !sharedFirstNames.contains(m.text())
                    && !surnames.contains(m.text())) {
                found.set(i, m.withKey(byFirstName.get(m.text()))); // "Sir Digby added" after "Sir Digby Jones"
                continue;
            }
            if (!isLonePerson(m)) {
                continue;
            }
            if (votes.getOrDefault(m.text(), 0) > 0 && !personWords.contains(m.text())) {
                found.set(i, m.withKind(Mention.Kind.ORGANIZATION, oneWordOrg.get(m.text())));
                continue;
            }
            String first = byFirstName.get(m.text());
            if (first != null && !sharedFirstNames.contains(m.text()) && !surnames.contains(m.text())) {
                found.set(i, m.withKey(first)); // "Arsene has signed" after "Arsene Wenger": the one person so called
                continue;
            }
            if (personWords.contains(m.text())) {
                continue;
            }
            String org = orgByWord.get(m.text());
            if (org != null && !sharedOrgWords.contains(m.text())) {
                found.set(i, m.withKind(Mention.Kind.ORGANIZATION, org));
            } else if (lowerCase.contains(m.text().toLowerCase(Locale.ROOT))) {
                found.remove(i);
            }
        }
    }

    private static boolean isLonePerson(Mention m) {
        return m.kind() == Mention.Kind.PERSON && m.tokenEnd() - m.tokenBegin() == 1 && m.role() == null;
    }

    /**
     * An "organisation" shaped like a personal name ("Arsene Wenger") whose last word the article
     * uses alone for a person ("Wenger signs new deal") is that person: the name finder mistyped it.
     * Not when a word of it is also a common word of the article ("Steel Technologies", "steel").
     */
    private void personalNamedOrganizations(List<Mention> found, Set<String> lowerCase) {
        Set<String> lone = new HashSet<>();
        for (Mention m : found) {
            if (isLonePerson(m)) {
                lone.add(m.text());
            }
        }
        Map<String, String> personKeyByOrgKey = new HashMap<>();
        Map<String, String> personKeyBySurname = new HashMap<>();
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null && looksLikePersonalName(m.text())) {
                String[] words = m.text().split(" ");
                if (java.util.Arrays.stream(words).anyMatch(w -> lowerCase.contains(w.toLowerCase(Locale.ROOT)))) {
                    continue; // "Steel Technologies": a word the article also uses as a common word
                }
                String surname = words[words.length - 1];
                if (lone.contains(surname)) {
                    String person = personKeyByOrgKey.computeIfAbsent(m.key(), k -> ActorKeys.person(m.text()));
                    personKeyBySurname.putIfAbsent(surname, person);
                }
            }
        }
        if (personKeyByOrgKey.isEmpty()) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            String person = m.kind() == Mention.Kind.ORGANIZATION ? personKeyByOrgKey.get(m.key()) : null;
            boolean oneWord = m.tokenEnd() - m.tokenBegin() == 1 && (isLonePerson(m)
                    || m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.PLACE);
            if (person == null && oneWord) {
                person = personKeyBySurname.get(m.text()); // the surname alone, whatever it was typed
            }
            if (person != null) {
                found.set(i, m.withKind(Mention.Kind.PERSON, person));
            }
        }
    }

    /**
     * A lower-case word other than a joiner ("Bank of England") inside the span shows the name finder
     * ran into the sentence ("Chelsea boss Jose Mourinho"): such a span is no organisation's name to go by.
     */
    boolean runsIntoText(String text) {
        String[] words = text.split("\\s+");
        int last = words.length - 1;
        while (last >= 0 && !words[last].isEmpty() && Character.isLowerCase(words[last].charAt(0))) {
            last--; // a trailing common noun ("Patrick Cudahy Inc unit") leaves the name itself whole
        }
        for (int i = 0; i < last; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !lexicon.nameParticles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Two or three capitalised words of letters and nothing that marks an organisation: "Arsene Wenger". */
    boolean looksLikePersonalName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?") || lexicon.organisationHeads.contains(w)
                    || lexicon.corporateEndings.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
