package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People credited for an article: the byline ({@code By Jane Doe}) and the reporting credits that
 * close wire stories ({@code (Additional reporting by A in City; Editing by B)}).
 */
final class Credits {
    private Credits() {
    }

    /**
     * @param authors people named by the byline
     * @param outlet  an organisation named instead of or after the people ("By Jane Doe, Reuters"), or null
     * @param rest    text that followed the byline in the same paragraph, starting with a dateline; may be empty
     */
    record Byline(List<String> authors, String outlet, String rest) {
        Byline {
            authors = List.copyOf(authors);
        }
    }

    /**
     * @param names     people named by the credits, in order
     * @param remaining the paragraph without the credits; empty when it held nothing else
     */
    record Found(List<String> names, String remaining) {
        Found {
            names = List.copyOf(names);
        }
    }

    private static final String TOKEN = "(?:\\p{Lu}\\.?|\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*\\.?)";
    private static final String CAPS_TOKEN = "\\p{Lu}[\\p{Lu}\\p{M}'’\\-.]*";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|del|della|di|du|la|le|al|bin|ibn|el|ter|dos|das)";
    private static final Pattern NAME = Pattern.compile(TOKEN + "(?: (?:" + PARTICLE + " )?" + TOKEN + "){1,4}");
    private static final Pattern CAPS_NAME = Pattern.compile(CAPS_TOKEN + "(?: " + CAPS_TOKEN + "){1,4}");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
    // words that make "Reuters Staff" or "The Daily Example" an organisation, not a person
    private static final Set<String> ORGANISATION_WORDS = Set.of("staff", "reporter", "reporters", "correspondent",
            "correspondents", "desk", "team", "bureau", "writers", "press", "news", "agency", "agencies", "service",
            "services", "times", "post", "journal", "wire", "wires", "media", "network", "online", "digital");
    private static final Set<String> ROLE_WORDS = Set.of("writer", "correspondent", "editor", "reporter", "staff",
            "columnist", "analyst", "chief", "contributor", "special", "senior", "political", "diplomatic",
            "economics", "business", "bureau");

    private static final String LEAD = "(?i:(?:(?:additional|further|extra) )?(?:reporting|writing|editing|compiled"
            + "|compilation|research|researched|translation|translated|edited|written|reported|graphics?|photography"
            + "|production|produced)(?: and (?:writing|editing|reporting|research|compilation))? by)";
    private static final Pattern LEAD_ONLY = Pattern.compile(
            "(?i)(?:(?:additional|further|extra) )?(?:reporting|writing|editing|research|compilation)");
    private static final Pattern PAREN_CREDITS = Pattern.compile("\\s*\\((?<c>" + LEAD + "\\s[^()]+)\\)\\s*\\.?$");
    private static final Pattern PLAIN_CREDITS = Pattern.compile("^(?<c>" + LEAD + "\\s.+?)\\s*\\.?$");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("\\s*(?:[;,]|\\band\\b)\\s*(?=" + LEAD + "\\s)");
    private static final Pattern CLAUSE = Pattern.compile("^" + LEAD + "\\s+(?<names>.+?)[\\s.;,]*$");
    private static final Pattern LOCATED = Pattern.compile("^(?<name>.+?) (?:in|from|at) (?<place>.+)$");

    /** A paragraph that opens with a byline; a byline with more text after it must be followed by a dateline. */
    static Optional<Byline> byline(String paragraph) {
        if (!paragraph.matches("(?s)^(?i:by) \\S.*")) {
            return Optional.empty();
        }
        String body = paragraph.substring(3).strip();
        if (PageFurniture.words(body) <= 12) {
            Optional<Byline> alone = standaloneByline(body);
            if (alone.isPresent()) {
                return alone;
            }
        }
        // "By Jane Doe PARIS (Reuters) - ...": try the longest run of names that leaves a dateline behind
        String[] tokens = body.split(" ");
        for (int k = Math.min(tokens.length - 1, 12); k >= 2; k--) {
            String names = String.join(" ", List.of(tokens).subList(0, k));
            String rest = String.join(" ", List.of(tokens).subList(k, tokens.length));
            Optional<List<String>> people = nameList(names, true);
            if (people.isPresent() && Dateline.parse(rest).isPresent()) {
                return Optional.of(new Byline(people.get(), null, rest));
            }
        }
        return Optional.empty();
    }

    // "Jane Doe", "Jane Doe and John Roe", "JANE DOE, Associated Press Writer", "Alan Wheatley, Reuters"
    private static Optional<Byline> standaloneByline(String body) {
        String names = body.replaceFirst("[.\\s]+$", "");
        String outlet = null;
        int comma = names.lastIndexOf(", ");
        if (comma > 0) {
            String tail = names.substring(comma + 2).strip();
            if (isRole(tail) || isOrganisation(tail) || nameList(tail, false).isEmpty()) {
                outlet = isRole(tail) ? organisationBeforeRole(tail) : stripOrganisationSuffix(tail);
                if (outlet != null && !outlet.matches("\\p{Lu}[\\p{L}\\p{N}.&'’\\- ]*")) {
                    return Optional.empty();
                }
                names = names.substring(0, comma);
            }
        }
        if (isOrganisation(names)) {
            // "By Reuters Staff": an organisation, not a person
            return Optional.of(new Byline(List.of(), stripOrganisationSuffix(names), ""));
        }
        String organisation = outlet;
        return nameList(names, false).map(people -> new Byline(people, organisation, ""));
    }

    /**
     * Reporting credits: a whole paragraph such as {@code (Reporting by A; Editing by B)} or
     * {@code Reporting by A and B}, or such a parenthesis closing a paragraph.
     */
    static Optional<Found> credits(String paragraph) {
        Matcher paren = PAREN_CREDITS.matcher(paragraph);
        if (paren.find()) {
            // a parenthesised credit is unambiguous: it goes even if no name in it parses
            List<String> names = creditNames(paren.group("c"), false).orElse(List.of());
            return Optional.of(new Found(names, paragraph.substring(0, paren.start()).strip()));
        }
        Matcher plain = PLAIN_CREDITS.matcher(paragraph);
        if (plain.matches() && PageFurniture.words(paragraph) <= 40) {
            // without parentheses, "Reporting by the agency showed ..." is a sentence: every part must be a name
            return creditNames(plain.group("c"), true).map(names -> new Found(names, ""));
        }
        return Optional.empty();
    }

    private static Optional<List<String>> creditNames(String credit, boolean strict) {
        List<String> names = new ArrayList<>();
        for (String clause : CLAUSE_SPLIT.split(credit.strip())) {
            if (LEAD_ONLY.matcher(clause).matches()) {
                continue; // "Writing" in "Writing and editing by ..." after the split
            }
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                if (strict) {
                    return Optional.empty();
                }
                continue;
            }
            boolean afterPlace = false;
            for (String part : NAME_SEPARATOR.split(m.group("names"))) {
                Matcher located = LOCATED.matcher(part);
                String name = located.matches() ? located.group("name") : part;
                if (isPerson(name, true)) {
                    names.add(name);
                } else if (afterPlace && PageFurniture.words(part) <= 3) {
                    // "in Amman and Beirut": the second city of a location, not a person
                } else if (strict) {
                    return Optional.empty();
                }
                afterPlace = located.matches() || afterPlace && !isPerson(name, true);
            }
        }
        return strict && names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** Names joined by commas, "and" or "&"; each must look like a person's name. */
    private static Optional<List<String>> nameList(String text, boolean mixedCaseOnly) {
        if (text.endsWith(",")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(text.strip())) {
            if (isPerson(part, true)) {
                names.add(part);
            } else if (!mixedCaseOnly && isPerson(part, false)) {
                names.add(Dateline.titleCase(part));
            } else {
                return Optional.empty();
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static boolean isPerson(String name, boolean mixedCase) {
        if (!(mixedCase ? NAME : CAPS_NAME).matcher(name).matches() || isOrganisation(name)) {
            return false;
        }
        String[] tokens = name.split(" ");
        String last = tokens[tokens.length - 1];
        boolean realWord = false;
        for (String t : tokens) {
            realWord |= t.replaceAll("[^\\p{L}]", "").length() >= 2;
        }
        return realWord && last.replaceAll("[^\\p{L}]", "").length() >= 2;
    }

    private static boolean isOrganisation(String name) {
        String[] tokens = name.toLowerCase(Locale.ROOT).split(" ");
        return tokens[0].equals("the") || ORGANISATION_WORDS.contains(tokens[tokens.length - 1]);
    }

    private static boolean isRole(String text) {
        for (String t : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (ROLE_WORDS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    // "Associated Press Writer" names the organisation before the role word
    private static String organisationBeforeRole(String text) {
        List<String> kept = new ArrayList<>();
        for (String t : text.split(" ")) {
            if (ROLE_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                break;
            }
            kept.add(t);
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    private static String stripOrganisationSuffix(String text) {
        String s = text.replaceFirst("(?i)\\s+(?:staff|reporters?|correspondents?|desk|team|writers)$", "").strip();
        return s.isEmpty() ? null : s;
    }
}
