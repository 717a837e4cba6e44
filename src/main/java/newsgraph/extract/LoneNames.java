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
        Set<String> lowerCase = lowerCaseWords(doc);
        personalNamedOrganizations(found, lowerCase);
        ArticleNames names = new ArticleNames();
        names.collectFullNames(found);
        names.collectOneWordVotes(found);
        for (int i = found.size() - 1; i >= 0; i--) {
            Mention m = found.get(i);
            Mention resolved = resolveOne(m, names, lowerCase);
            if (resolved == null) {
                found.remove(i);
            } else if (resolved != m) {
                found.set(i, resolved);
            }
        }
    }

    /** Words the article writes in lower case somewhere. */
    private static Set<String> lowerCaseWords(AnnotatedDocument doc) {
        Set<String> lowerCase = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (Character.isLowerCase(w.charAt(0)) && w.equals(w.toLowerCase(Locale.ROOT))) {
                    lowerCase.add(w);
                }
            }
        }
        return lowerCase;
    }

    /** What the article's longer names and the name finder's votes say about its one-word names. */
    private final class ArticleNames {
        final Set<String> personWords = new HashSet<>();
        final Set<String> surnames = new HashSet<>();
        final Map<String, String> byFirstName = new HashMap<>();
        final Map<String, String> orgByWord = new HashMap<>();
        final Set<String> sharedFirstNames = new HashSet<>();
        final Set<String> sharedOrgWords = new HashSet<>();
        /** A word typed both ways: above zero when the name finder calls it an organisation more often. */
        final Map<String, Integer> votes = new HashMap<>();
        final Map<String, String> oneWordOrg = new HashMap<>();

        void collectFullNames(List<Mention> found) {
            for (Mention m : found) {
                if (m.kind() == Mention.Kind.PERSON && m.tokenEnd() - m.tokenBegin() >= 2) {
                    String[] words = m.text().split("[\\s-]+");
                    personWords.addAll(List.of(words));
                    surnames.add(words[words.length - 1]);
                    String before = byFirstName.putIfAbsent(words[0], m.key());
                    if (before != null && !before.equals(m.key())) {
                        sharedFirstNames.add(words[0]);
                    }
                } else if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null
                        && m.tokenEnd() - m.tokenBegin() >= 2
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
        }

        void collectOneWordVotes(List<Mention> found) {
            for (Mention m : found) {
                if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null && m.tokenEnd() - m.tokenBegin() == 1) {
                    votes.merge(m.text(), 1, Integer::sum);
                    oneWordOrg.putIfAbsent(m.text(), m.key());
                } else if (isLonePerson(m)) {
                    votes.merge(m.text(), -1, Integer::sum);
                }
            }
        }

        /** The one person of the article whose first name this is, unless it is shared or also a surname. */
        String personByFirstName(String word) {
            String first = byFirstName.get(word);
            return first != null && !sharedFirstNames.contains(word) && !surnames.contains(word) ? first : null;
        }
    }

    /** The mention as the article shows it to be: {@code m} itself, a retyped or rekeyed copy, or null to drop it. */
    private Mention resolveOne(Mention m, ArticleNames names, Set<String> lowerCase) {
        boolean oneWord = m.tokenEnd() - m.tokenBegin() == 1;
        if (m.kind() == Mention.Kind.PERSON && m.role() == null && !(oneWord && names.personWords.contains(m.text()))
                && gazetteer.placeCountry(m.text()).isPresent()) {
            return m.withKind(Mention.Kind.PLACE, null); // "Westminster", "Las Vegas"
        }
        boolean knighted = m.kind() == Mention.Kind.PERSON && oneWord && m.role() != null
                && (m.role().equalsIgnoreCase("Sir") || m.role().equalsIgnoreCase("Dame"));
        if (knighted && names.personByFirstName(m.text()) != null) {
            return m.withKey(names.personByFirstName(m.text())); // "Sir Digby added" after "Sir Digby Jones"
        }
        if (!isLonePerson(m)) {
            return m;
        }
        if (names.votes.getOrDefault(m.text(), 0) > 0 && !names.personWords.contains(m.text())) {
            return m.withKind(Mention.Kind.ORGANIZATION, names.oneWordOrg.get(m.text()));
        }
        String first = names.personByFirstName(m.text());
        if (first != null) {
            return m.withKey(first); // "Arsene has signed" after "Arsene Wenger": the one person so called
        }
        if (names.personWords.contains(m.text())) {
            return m;
        }
        String org = names.orgByWord.get(m.text());
        if (org != null && !names.sharedOrgWords.contains(m.text())) {
            return m.withKind(Mention.Kind.ORGANIZATION, org);
        }
        return lowerCase.contains(m.text().toLowerCase(Locale.ROOT)) ? null : m;
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
