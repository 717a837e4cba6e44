package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * One organisation under every name an article gives it, before coreference:
 * <ul>
 *   <li>a name the gazetteer knows, in any of its forms ("Lib Dems", "Liberal Democrat", "Liberal
 *       Democrats"), carries the gazetteer entry's key;</li>
 *   <li>an acronym the article defines ("Korea First Bank (KFB)", "the KFB (Korea First Bank)", a ticker "Ford Motor Corp &lt;FMC&gt;") or one made of the initials of an
 *       organisation the article names ("Federal Open Market Committee" ... "FOMC") is that organisation,
 *       wherever it stands;</li>
 *   <li>a shorter name that begins a company's full legal name ("Royal Dutch", "Law Debenture Trust" beside
 *       "Law Debenture Trust Corp Plc") is that company.</li>
 * </ul>
 */
final class ActorAliases {
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "the", "de", "on", "in");
    private static final int MAX_ACRONYM = 6;

    private ActorAliases() {
    }

    static void resolve(AnnotatedDocument doc, List<Mention> found, Gazetteer gazetteer, Lexicon lexicon) {
        gazetteerNames(doc, found, gazetteer);
        acronyms(doc, found, gazetteer);
        legalForms(doc, found, lexicon);
    }

    /** Gazetteer organisations under their entry's key, whatever form and type the finders gave them. */
    static void gazetteerNames(AnnotatedDocument doc, List<Mention> found, Gazetteer gazetteer) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            boolean lonePerson = m.kind() == Mention.Kind.PERSON && m.role() == null
                    && m.tokenEnd() - m.tokenBegin() == 1;
            if (m.key() == null || !(m.kind() == Mention.Kind.ORGANIZATION || lonePerson)) {
                continue;
            }
            String surface = doc.text().substring(m.begin(), m.end());
            if (gazetteer.isAmbiguous(surface)) {
                continue;
            }
            Optional<Organization> o = gazetteer.organization(surface);
            if (o.isPresent() && Character.isUpperCase(surface.charAt(0))) {
                found.set(i, m.withKind(Mention.Kind.ORGANIZATION, ActorKeys.organization(o.get().name())));
            }
        }
    }

    /** Acronyms defined in brackets or spelling an organisation's initials take that organisation's key. */
    static void acronyms(AnnotatedDocument doc, List<Mention> found, Gazetteer gazetteer) {
        Map<String, String> keyByAcronym = new LinkedHashMap<>();
        Set<String> clashing = new HashSet<>();
        Map<String, String> byInitials = new HashMap<>();
        Map<String, String> keyByLongName = new HashMap<>();
        for (Mention m : found) {
            if (m.kind() != Mention.Kind.ORGANIZATION || m.key() == null || m.tokenEnd() - m.tokenBegin() < 2) {
                continue;
            }
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            int e = m.tokenEnd();
            String surface = ActorFilter.text(t, m.tokenBegin(), e);
            if (e + 2 < t.size() && brackets(t.get(e).text(), t.get(e + 2).text())
                    && isAcronym(t.get(e + 1).text()) && spells(t.get(e + 1).text(), surface)) {
                Optional<Organization> known = gazetteer.organization(t.get(e + 1).text());
                if (known.isPresent() && !gazetteer.isAmbiguous(t.get(e + 1).text())) {
                    // "Gulf Co-operation Council (GCC)": the gazetteer's entry is the one actor
                    keyByLongName.put(m.key(), ActorKeys.organization(known.get().name()));
                } else {
                    keyByAcronym.put(t.get(e + 1).text(), m.key()); // a definition wins over initials
                }
                continue;
            }
            int b = m.tokenBegin();
            if (b >= 2 && e < t.size() && t.get(b - 1).text().equals("(") && t.get(e).text().equals(")")
                    && isAcronym(t.get(b - 2).text()) && spells(t.get(b - 2).text(), surface)) {
                keyByAcronym.put(t.get(b - 2).text(), m.key()); // "the AAAS (American Association for ...)"
                continue;
            }
            String initials = initials(surface);
            if (isAcronym(initials) && gazetteer.countryByName(initials).isEmpty()) {
                String before = byInitials.putIfAbsent(initials, m.key());
                if (before != null && !before.equals(m.key())) {
                    clashing.add(initials);
                }
            }
        }
        clashing.forEach(byInitials::remove);
        byInitials.forEach(keyByAcronym::putIfAbsent);
        if (keyByAcronym.isEmpty() && keyByLongName.isEmpty()) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            String key = m.key() == null ? null : keyByLongName.get(m.key());
            key = key != null ? key : keyByAcronym.get(doc.text().substring(m.begin(), m.end()));
            boolean named = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION
                    || m.kind() == Mention.Kind.PLACE;
            if (key != null && named && !key.equals(m.key())) {
                found.set(i, m.withKind(Mention.Kind.ORGANIZATION, key));
            }
        }
        addUncovered(doc, found, keyByAcronym);
    }

    /** Every other occurrence of a defined acronym that no finder took is a mention of its organisation. */
    private static void addUncovered(AnnotatedDocument doc, List<Mention> found, Map<String, String> keyByAcronym) {
        List<Mention> extra = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int k = 0; k < t.size(); k++) {
                String key = keyByAcronym.get(t.get(k).text());
                if (key != null && !covered(found, s.index(), k)) {
                    extra.add(new Mention(s.index(), k, k + 1, t.get(k).begin(), t.get(k).end(), t.get(k).text(),
                            Mention.Kind.ORGANIZATION, key, null, null, null,
                            MentionSpans.possessive(t, k + 1) ? MentionSpans.POSSESSIVE : null));
                }
            }
        }
        found.addAll(extra);
    }

    private static boolean covered(List<Mention> found, int sentence, int token) {
        return found.stream().anyMatch(m -> m.sentence() == sentence && m.overlaps(token, token + 1));
    }

    /** "(KFB)", or a wire's ticker after a company's name: "General Motors Corp <GM>". */
    private static boolean brackets(String open, String close) {
        return open.equals("(") && close.equals(")") || open.equals("<") && close.equals(">");
    }

    /** Two to six capitals, digits or ampersands, at least two of them letters: "KFB", "G7", "AT&T". */
    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= MAX_ACRONYM && w.matches("[A-Z][A-Z0-9&]+")
                && w.chars().filter(Character::isLetter).count() >= 2;
    }

    /** The capitals of the name's words, joiners skipped: "Canadian Union of Postal Workers" is "CUPW". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || JOINERS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /**
     * Whether the acronym's letters appear in order in the name, the first one opening it ("ICCO" in
     * "International Cocoa Organization": I, C, C of Cocoa, O).
     */
    static boolean spells(String acronym, String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.isEmpty() || n.charAt(0) != acronym.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < acronym.length(); i++) {
            at = n.indexOf(acronym.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * A company's full legal name ("Law Debenture Trust Corp Plc", ending in a legal form) takes over the
     * shorter organisation names that begin it and begin no other ("Law Debenture Trust", "Law Debenture").
     * A one-word short name must not be a word the article also writes in lower case ("General"); a short
     * name the name finder took for an untitled person is the company too, and so is a "person" whose one
 * capitalised title word opens the company's name ("General" "Motors" beside "General Motors Corp").
     */
    static void legalForms(AnnotatedDocument doc, List<Mention> found, Lexicon lexicon) {
        Map<String, String> legalNames = new LinkedHashMap<>(); // full name -> key
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.ORGANIZATION && m.key() != null) {
                String[] w = words(m.text());
                if (w.length >= 2 && lexicon.corporateEndings.contains(w[w.length - 1].replace(".", ""))) {
                    legalNames.putIfAbsent(String.join(" ", w), m.key());
                }
            }
        }
        if (legalNames.isEmpty()) {
            return;
        }
        Set<String> lowerCase = lowerCaseWords(doc);
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            // the name finder often takes the short form for a person: "Harwell Petroleum will keep its plants"
            boolean untitledPerson = m.kind() == Mention.Kind.PERSON && m.role() == null;
            // or a title and a name: "General Motors" beside "General Motors Corp"
            boolean capitalTitle = m.kind() == Mention.Kind.PERSON && m.role() != null
                    && m.role().matches("\\p{Lu}\\p{L}+");
            if (!(m.kind() == Mention.Kind.ORGANIZATION || untitledPerson || capitalTitle) || m.key() == null) {
                continue;
            }
            String[] w = words(capitalTitle ? m.role() + " " + m.text() : m.text());
            if (w.length == 1 && lowerCase.contains(w[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            String prefix = String.join(" ", w) + " ";
            Set<String> keys = new HashSet<>();
            legalNames.forEach((name, key) -> {
                if (name.startsWith(prefix)) {
                    keys.add(key);
                }
            });
            if (keys.size() == 1 && !keys.contains(m.key())) {
                Mention org = m.withKind(Mention.Kind.ORGANIZATION, keys.iterator().next());
                found.set(i, capitalTitle ? new Mention(org.sentence(), org.tokenBegin(), org.tokenEnd(), org.begin(),
                        org.end(), org.text(), org.kind(), org.key(), org.iso(), null, org.affiliation(), org.head())
                        : org); // "General" is no role of the company
            }
        }
    }

    private static String[] words(String name) {
        return name.replaceAll("(?:'s|\u2019s)$", "").strip().split("\\s+");
    }

    private static Set<String> lowerCaseWords(AnnotatedDocument doc) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (Character.isLowerCase(t.text().charAt(0))) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }
}
