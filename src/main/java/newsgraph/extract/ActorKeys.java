package newsgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identity keys for actors, the same in every article. A person's key is built from the first and
 * last name only, each reduced to a spelling skeleton: accents folded, Arabic article "al-"/"el-"
 * dropped, vowels (and y) after the first letter dropped, doubled letters merged. So "Sergei" and
 * "Sergey", "Ahmad" and "Ahmed", "Bashar al-Assad" and "Bashar Assad" meet, while two people who
 * share a surname but not a first name ("John Smith", "Mary Smith") keep two keys.
 */
public final class ActorKeys {

    private ActorKeys() {
    }

    public static String person(String fullName) {
        List<String> parts = nameParts(fullName);
        if (parts.isEmpty()) {
            return "person:" + fold(fullName);
        }
        if (parts.size() == 1) {
            return "person:" + skeleton(parts.get(0));
        }
        return "person:" + skeleton(parts.get(0)) + " " + skeleton(parts.get(parts.size() - 1));
    }

    /** The surname skeleton of a full name, to match a later surname-only mention. */
    public static String surname(String fullName) {
        List<String> parts = nameParts(fullName);
        return parts.isEmpty() ? "" : skeleton(parts.get(parts.size() - 1));
    }

    public static String organization(String name) {
        return "org:" + fold(name);
    }

    public static String government(String iso) {
        return "gov:" + iso.toUpperCase(Locale.ROOT);
    }

    /** Name tokens without particles, with hyphenated Arabic articles removed ("al-Assad" -> "Assad"). */
    static List<String> nameParts(String name) {
        List<String> out = new ArrayList<>();
        for (String t : fold(name).split(" ")) {
            if (t.isEmpty() || Lexicon.ARABIC_ARTICLES.contains(t)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Lower case, accents folded, punctuation (hyphens too: "al-Assad" is "al assad") a space. */
    public static String fold(String s) {
        String f = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        f = ARABIC_ARTICLE.matcher(f).replaceAll("$1 ");
        f = f.replace("'", "").replace("\u2019", "");
        return NOT_ALPHANUMERIC.matcher(f).replaceAll(" ").trim();
    }

    // compiled once: fold() runs for every mention and every coreference comparison
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("\\b(" + String.join("|", new java.util.TreeSet<>(Lexicon.ARABIC_ARTICLES)) + ")-");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    static String skeleton(String word) {
        if (word.length() <= 2) {
            return word;
        }
        StringBuilder b = new StringBuilder().append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
