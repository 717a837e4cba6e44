package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.extract.gazetteer.Organization;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * Actor mentions whose span the finders got wrong, mended or dropped before identity is worked out:
 * <ul>
 *   <li>a name cut at a hyphen ("Jean" of "Jean-Claude Parrot", "Gulf Co" of "Gulf Co-operation
 *       Council") goes on over the hyphenated word and the capitalised words after it;</li>
 *   <li>a name cut at a middle initial, where the sentence splitter took the initial's full stop for a
 *       sentence end ("Yurij V." + "Ponomarev said"), is joined with the name that opens the next sentence;</li>
 *   <li>a word capitalised because it opens the sentence ("If Parliament", "But Smith") is not part of
 *       the name;</li>
 *   <li>a demonym, or a title or organisation head noun standing alone ("European", "Committee",
 *       "Minister"), names nobody (a legislature does: "Parliament", "Congress");</li>
 *   <li>a gazetteer organisation written in lower case where its names are capitalised ("tax amnesty",
 *       "the treasury") is a common word;</li>
 *   <li>two gazetteer organisations joined by "and" in one span ("International Monetary Fund and World
 *       Bank") are two organisations.</li>
 * </ul>
 */
final class ActorFilter {
    /** Demonyms of regions and groups of countries, which the country gazetteer does not hold. */
    private static final Set<String> REGIONAL_DEMONYMS = Set.of("European", "Europeans", "African", "Africans",
            "Asian", "Asians", "Arab", "Arabs", "Western", "Westerner", "Westerners", "Scandinavian",
            "Scandinavians", "Caribbean", "Nordic", "Balkan", "Baltic", "Middle Eastern", "Latin American",
            "Latin Americans", "North American", "South American", "Central American", "Eastern European",
            "Western European");
    /** Parts of speech of words that open a sentence and never start a name. */
    private static final Set<Pos> OPENERS = Set.of(Pos.SCONJ, Pos.CCONJ, Pos.ADP, Pos.ADV, Pos.DET, Pos.PRON, Pos.AUX,
            Pos.PART);
    private static final int MAX_EXTRA_WORDS = 3;
    /** Head nouns that alone still name one body of the country the story is about. */
    private static final Set<String> LEGISLATURES = Set.of("Parliament", "Congress", "Senate");

    private ActorFilter() {
    }

    /** Mends or removes the mentions of {@code found} described above. */
    static void apply(AnnotatedDocument doc, List<Mention> found, Gazetteer gazetteer, Lexicon lexicon) {
        List<Mention> added = new ArrayList<>();
        List<Mention> grown = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.ORGANIZATION || m.key() == null) {
                continue;
            }
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            Mention mended = hyphenated(doc, t, m, lexicon);
            mended = mended == null ? withoutOpener(doc, t, m) : mended;
            if (mended != null) {
                found.set(i, mended);
                grown.add(mended);
                m = mended;
            }
            if (namesNobody(doc, m, gazetteer, lexicon)) {
                found.set(i, null);
                continue;
            }
            List<Mention> parts = splitAtAnd(doc, t, m, gazetteer);
            if (parts != null) {
                found.set(i, parts.get(0));
                added.add(parts.get(1));
            }
        }
        found.removeIf(java.util.Objects::isNull);
        found.addAll(added);
        joinCutInitials(doc, found);
        removeCovered(found, grown);
    }

    /** "Jean" + "-Claude Parrot", "Gulf Co" + "-operation Council": the name goes on over the hyphen. */
    static Mention hyphenated(AnnotatedDocument doc, List<Token> t, Mention m, Lexicon lexicon) {
        int e = m.tokenEnd();
        if (e >= t.size() || t.get(e).begin() != t.get(e - 1).end() || !t.get(e).text().startsWith("-")) {
            return null;
        }
        // the tokenizer gives "-" "Claude" or "-Claude"
        String part;
        int end;
        if (t.get(e).text().length() > 1) {
            part = t.get(e).text().substring(1);
            end = e + 1;
        } else if (e + 1 < t.size() && t.get(e + 1).begin() == t.get(e).end()) {
            part = t.get(e + 1).text();
            end = e + 2;
        } else {
            return null;
        }
        if (!part.chars().allMatch(Character::isLetter)) {
            return null;
        }
        boolean capitalised = Character.isUpperCase(part.charAt(0));
        int extra = 0;
        while (end < t.size() && extra < MAX_EXTRA_WORDS && isCapitalisedWord(t.get(end))) {
            end++;
            extra++;
        }
        // "Microsoft-owned company", "James-inspired Lions" are modifiers: a lower-case part goes on only a
        // legal-form word the name was cut at ("Co" of "Co-operation Council") and only into more of the name
        String last = t.get(e - 1).text();
        if (!capitalised && (extra == 0 || !lexicon.corporateEndings.contains(last))) {
            return null;
        }
        return respan(doc, t, m, m.tokenBegin(), end);
    }

    /** "If Parliament wanted": a function word capitalised because it opens the sentence is no part of a name. */
    static Mention withoutOpener(AnnotatedDocument doc, List<Token> t, Mention m) {
        int b = m.tokenBegin();
        boolean opensSentence = b == 0 || b == 1 && !isWord(t.get(0));
        if (!opensSentence || m.tokenEnd() - b < 2 || !OPENERS.contains(t.get(b).pos())) {
            return null;
        }
        return respan(doc, t, m, b + 1, m.tokenEnd());
    }

    private static boolean namesNobody(AnnotatedDocument doc, Mention m, Gazetteer gazetteer, Lexicon lexicon) {
        String surface = doc.text().substring(m.begin(), m.end());
        if (m.role() == null && (REGIONAL_DEMONYMS.contains(surface)
                || gazetteer.countryByDemonym(surface).isPresent() && gazetteer.countryByName(surface).isEmpty())) {
            return true; // "European", "Germans": a nationality is no actor
        }
        boolean oneWord = m.tokenEnd() - m.tokenBegin() == 1;
        if (oneWord && m.role() == null && (lexicon.organisationHeads.contains(surface) && !LEGISLATURES.contains(surface)
                || gazetteer.title(surface).isPresent() && gazetteer.organization(surface).isEmpty())) {
            return true; // "Committee", "Minister": a title or head noun alone
        }
        if (m.kind() == Mention.Kind.ORGANIZATION && Character.isLowerCase(surface.charAt(0))) {
            Optional<Organization> o = gazetteer.organization(surface);
            return o.isPresent() && !writtenInLowerCase(o.get(), surface);
        }
        return false;
    }

    /** Whether one of the organisation's names that reads like {@code surface} starts in lower case. */
    private static boolean writtenInLowerCase(Organization o, String surface) {
        String key = Gazetteer.normalize(surface);
        List<String> names = new ArrayList<>(o.aliases());
        names.add(o.name());
        return names.stream().anyMatch(n -> Gazetteer.normalize(n).equals(key) && Character.isLowerCase(n.charAt(0)));
    }

    /** "International Monetary Fund and World Bank": two gazetteer organisations in one span. */
    private static List<Mention> splitAtAnd(AnnotatedDocument doc, List<Token> t, Mention m, Gazetteer gazetteer) {
        if (m.kind() != Mention.Kind.ORGANIZATION) {
            return null;
        }
        for (int k = m.tokenBegin() + 1; k < m.tokenEnd() - 1; k++) {
            if (!t.get(k).text().equals("and") && !t.get(k).text().equals("&")) {
                continue;
            }
            Optional<Organization> left = gazetteer.organization(text(t, m.tokenBegin(), k));
            Optional<Organization> right = gazetteer.organization(text(t, k + 1, m.tokenEnd()));
            if (left.isPresent() && right.isPresent() && left.get() != right.get()) {
                return List.of(part(t, m, m.tokenBegin(), k, left.get()), part(t, m, k + 1, m.tokenEnd(), right.get()));
            }
        }
        return null;
    }

    private static Mention part(List<Token> t, Mention m, int b, int e, Organization o) {
        return new Mention(m.sentence(), b, e, t.get(b).begin(), t.get(e - 1).end(), o.name(), m.kind(),
                ActorKeys.organization(o.name()), o.country() == null || o.country().isEmpty() ? null : o.country(),
                null, null, e == m.tokenEnd() ? m.head() : null);
    }

    /**
     * "Yurij V." ending a sentence and "Ponomarev" opening the next: the splitter took the initial's full
     * stop for a sentence end. Both mentions become the one person "Yurij V. Ponomarev".
     */
    static void joinCutInitials(AnnotatedDocument doc, List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != Mention.Kind.PERSON || !endsInInitial(m.text())
                    || m.sentence() + 1 >= doc.sentences().size()) {
                continue;
            }
            List<Token> t = doc.sentences().get(m.sentence()).tokens();
            if (m.tokenEnd() < t.size() - 1) {
                continue; // the initial must end its sentence (its full stop may be a token of its own)
            }
            for (int j = 0; j < found.size(); j++) {
                Mention n = found.get(j);
                if (n.sentence() == m.sentence() + 1 && n.tokenBegin() == 0 && n.kind() == Mention.Kind.PERSON
                        && !n.text().contains(" ")) {
                    String full = m.text().replaceAll("\\.$", "") + ". " + n.text();
                    String key = ActorKeys.person(full);
                    found.set(i, new Mention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(), full,
                            m.kind(), key, m.iso(), m.role(), m.affiliation(), m.head()));
                    found.set(j, n.withKey(key));
                    break;
                }
            }
        }
    }

    private static boolean endsInInitial(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && words[words.length - 1].matches("\\p{Lu}\\.?");
    }

    /**
     * Drops mentions left inside a span this filter lengthened ("Claude Parrot" inside "Jean-Claude Parrot");
     * a mention inside a span the finders gave (an employer inside its titled person) stays.
     */
    private static void removeCovered(List<Mention> found, List<Mention> grown) {
        if (grown.isEmpty()) {
            return;
        }
        found.removeIf(m -> grown.stream().anyMatch(g -> g != m && g.sentence() == m.sentence()
                && g.tokenBegin() <= m.tokenBegin() && m.tokenEnd() <= g.tokenEnd()
                && g.tokenEnd() - g.tokenBegin() > m.tokenEnd() - m.tokenBegin()
                && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION
                || m.kind() == Mention.Kind.PLACE)));
    }

    private static Mention respan(AnnotatedDocument doc, List<Token> t, Mention m, int b, int e) {
        String text = text(t, b, e);
        String key = m.kind() == Mention.Kind.PERSON ? ActorKeys.person(text) : ActorKeys.organization(text);
        return new Mention(m.sentence(), b, e, t.get(b).begin(), t.get(e - 1).end(), text, m.kind(), key, m.iso(),
                m.role(), m.affiliation(), m.head());
    }

    /** The words of tokens [b, e) with one space where the text has any ("Jean-Claude Parrot"). */
    static String text(List<Token> t, int b, int e) {
        return MentionSpans.textOf(t, b, e, t.get(b).begin(), t.get(e - 1).end());
    }

    private static boolean isWord(Token k) {
        return Character.isLetter(k.text().charAt(0));
    }

    private static boolean isCapitalisedWord(Token k) {
        String w = k.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && k.isAny(Pos.PROPN, Pos.NOUN);
    }
}
