package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Later mentions of a person by surname alone ("Brahimi" after "Lakhdar Brahimi") that the name
 * finder missed: once an article has named a person in full, every capitalised token equal to that
 * surname is a mention of them, unless two people of the article share it.
 */
final class SurnameMentions {
    private SurnameMentions() {
    }

    /**
     * Adds the surname mentions to {@code found}, replacing one-word place or organisation mentions
     * that are really a known person's surname (the name finder calls "Brahimi" a location).
     */
    static void addTo(AnnotatedDocument doc, List<Mention> found) {
        List<Mention> extra = find(doc, found);
        Set<String> surnames = new HashSet<>();
        for (Mention m : found) {
            if (m.kind() == Mention.Kind.PERSON && m.tokenEnd() - m.tokenBegin() >= 2) {
                String[] parts = m.text().split("[\\s-]+");
                surnames.add(parts[parts.length - 1]);
            }
        }
        List<Mention> replaced = new ArrayList<>();
        found.removeIf(m -> {
            boolean wrongType = (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.ORGANIZATION)
                    && m.tokenEnd() - m.tokenBegin() == 1 && surnames.contains(m.text());
            if (wrongType) {
                replaced.add(m);
            }
            return wrongType;
        });
        extra.addAll(find(doc, found).stream().filter(n -> replaced.stream()
                .anyMatch(r -> r.sentence() == n.sentence() && r.overlaps(n.tokenBegin(), n.tokenEnd()))).toList());
        found.addAll(extra);
    }

    static List<Mention> find(AnnotatedDocument doc, List<Mention> found) {
        Map<String, String> keyBySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Mention m : found) {
            if (m.kind() != Mention.Kind.PERSON || m.tokenEnd() - m.tokenBegin() < 2) {
                continue;
            }
            String[] parts = m.text().split("[\\s-]+");
            String surname = parts[parts.length - 1];
            String prev = keyBySurname.putIfAbsent(surname, m.key());
            if (prev != null && !prev.equals(m.key())) {
                shared.add(surname);
            }
        }
        shared.forEach(keyBySurname::remove);
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String key = keyBySurname.get(t.get(i).text());
                if (key == null || covered(found, s.index(), i)) {
                    continue;
                }
                // a particle before it belongs to the name: "de Mistura"
                int b = i > 0 && Character.isLowerCase(t.get(i - 1).text().charAt(0))
                        && t.get(i - 1).text().length() <= 3 && t.get(i - 1).is(Pos.PROPN) ? i - 1 : i;
                String text = doc.text().substring(t.get(b).begin(), t.get(i).end());
                out.add(new Mention(s.index(), b, i + 1, t.get(b).begin(), t.get(i).end(), text, Mention.Kind.PERSON,
                        key, null, null, null, MentionFinder.possessive(t, i + 1) ? MentionFinder.POSSESSIVE : null));
            }
        }
        return out;
    }

    private static boolean covered(List<Mention> found, int sentence, int token) {
        for (Mention m : found) {
            if (m.sentence() == sentence && m.tokenBegin() <= token && token < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
