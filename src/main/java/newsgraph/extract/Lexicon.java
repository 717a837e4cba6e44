package newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extractors go by, read once from {@code src/main/resources/newsgraph/lexicon/}
 * (one entry per line, {@code #} comments; {@code .tsv} files map a word to a value) and given to
 * every extractor that needs them. Immutable, so one instance serves every worker thread. Words are
 * compared as written in the files: lower case unless the list says otherwise.
 */
public final class Lexicon {
    static final String RESOURCE_DIR = "newsgraph/lexicon/";
    private static final String ARABIC_ARTICLES_FILE = "arabic-articles.txt";
    /**
     * Articles written before an Arabic name ("al-Assad"), left out of identity keys. Static because
     * {@link ActorKeys} is: a key must be the same whoever computes it.
     */
    static final Set<String> ARABIC_ARTICLES = Set.copyOf(read(ARABIC_ARTICLES_FILE));

    // ---- time (weekdays are listed once, in weekdays.txt)
    /** Weekdays and months: words that start with a capital but name no actor. */
    public final Set<String> calendarWords;
    /** Weekdays and the days named from today ("yesterday"). */
    public final Set<String> days;
    public final Set<String> weekdays;
    public final Set<String> months;
    public final Set<String> monthAbbreviations;
    public final Set<String> ambiguousMonths;
    public final Set<String> monthContextWords;
    public final Set<String> yearContextWords;
    public final Set<String> dateLinkingWords;
    public final Set<String> periodOpeners;

    // ---- names and roles
    public final Set<String> governmentNouns;
    public final Set<String> actingVerbs;
    public final Set<String> ministryFields;
    public final Set<String> roleNouns;
    public final Set<String> businessRoleNouns;
    public final Map<String, String> seatsOfGovernment;
    public final Set<String> nationalBodies;
    public final Set<String> corporateEndings;
    public final Set<String> organisationNameJoiners;
    public final Set<String> organisationHeads;
    public final Set<String> lowerCaseNonTitles;
    public final Set<String> mediaNouns;
    public final Set<String> modifierSuffixes;
    public final Set<String> dottedAbbreviations;
    public final Set<String> nameParticles;
    public final Set<String> personNameParticles;

    // ---- reference
    public final Set<String> personPronouns;
    public final Set<String> pluralPronouns;
    public final Set<String> leaderWords;
    public final Set<String> femaleRoleWords;
    public final Set<String> maleRoleWords;

    // ---- clauses
    public final Set<String> subordinators;
    public final Set<String> futureMarkers;

    // ---- statements
    public final Set<String> speechVerbs;
    public final Set<String> thatClauseSpeechVerbs;
    public final Set<String> sourceNouns;
    public final Set<String> spokespersonNouns;
    public final Set<String> organisationDescriptions;
    public final Set<String> organisationPronouns;
    public final Set<String> speechAdverbs;
    public final Set<String> circumstanceOpeners;
    public final Set<String> speechOccasions;
    /** Words of a speech's time and setting: days plus speech-setting-words. */
    public final Set<String> speechSettingWords;

    // ---- meetings
    public final Map<String, String> meetingVerbs;
    public final Map<String, String> meetingNouns;
    public final Set<String> meetingHoldingVerbs;
    public final Set<String> peopleNouns;
    public final Set<String> occasionPrepositions;
    public final Set<String> occasionParts;
    public final Set<String> groupNouns;
    public final Set<String> decliningWords;
    public final Set<String> proposingWords;
    public final Set<String> meetingParticipantLinks;
    public final Set<String> gatheringVerbs;
    public final Set<String> relativePronouns;
    public final Map<String, String> possessivePronouns;
    public final Set<String> travelVerbs;
    public final Set<String> timeNouns;

    /** The files read, by name, for the test that each is loaded and used. */
    final List<String> files = new ArrayList<>();

    /** The lexicon shipped in the jar. */
    public static Lexicon loadDefault() {
        return new Lexicon();
    }

    private Lexicon() {
        files.add(ARABIC_ARTICLES_FILE);
        weekdays = words("weekdays");
        months = words("months");
        calendarWords = union(weekdays, months);
        days = union(weekdays, words("relative-days"));
        monthAbbreviations = words("month-abbreviations");
        ambiguousMonths = words("ambiguous-months");
        monthContextWords = words("month-context-words");
        yearContextWords = words("year-context-words");
        dateLinkingWords = words("date-linking-words");
        periodOpeners = words("period-openers");
        governmentNouns = words("government-nouns");
        actingVerbs = words("acting-verbs");
        ministryFields = words("ministry-fields");
        roleNouns = words("role-nouns");
        businessRoleNouns = words("business-role-nouns");
        seatsOfGovernment = pairs("seats-of-government");
        nationalBodies = words("national-bodies");
        corporateEndings = words("corporate-endings");
        organisationNameJoiners = words("organisation-name-joiners");
        organisationHeads = words("organisation-heads");
        lowerCaseNonTitles = words("lower-case-non-titles");
        mediaNouns = words("media-nouns");
        modifierSuffixes = words("modifier-suffixes");
        dottedAbbreviations = words("dotted-abbreviations");
        nameParticles = words("name-particles");
        personNameParticles = words("person-name-particles");
        personPronouns = words("person-pronouns");
        pluralPronouns = words("plural-pronouns");
        leaderWords = words("leader-words");
        femaleRoleWords = words("female-role-words");
        maleRoleWords = words("male-role-words");
        subordinators = words("subordinators");
        futureMarkers = words("future-markers");
        speechVerbs = words("speech-verbs");
        thatClauseSpeechVerbs = words("that-clause-speech-verbs");
        sourceNouns = words("source-nouns");
        spokespersonNouns = words("spokesperson-nouns");
        organisationDescriptions = words("organisation-descriptions");
        organisationPronouns = words("organisation-pronouns");
        speechAdverbs = words("speech-adverbs");
        circumstanceOpeners = words("circumstance-openers");
        speechOccasions = words("speech-occasions");
        speechSettingWords = union(days, words("speech-setting-words"));
        meetingVerbs = pairs("meeting-verbs");
        meetingNouns = pairs("meeting-nouns");
        meetingHoldingVerbs = words("meeting-holding-verbs");
        peopleNouns = words("people-nouns");
        occasionPrepositions = words("occasion-prepositions");
        occasionParts = words("occasion-parts");
        groupNouns = words("group-nouns");
        decliningWords = words("declining-words");
        proposingWords = words("proposing-words");
        meetingParticipantLinks = words("meeting-participant-links");
        gatheringVerbs = words("gathering-verbs");
        relativePronouns = words("relative-pronouns");
        possessivePronouns = pairs("possessive-pronouns");
        travelVerbs = words("travel-verbs");
        timeNouns = words("time-nouns");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private Set<String> words(String name) {
        return Set.copyOf(lines(name + ".txt"));
    }

    private Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name + ".tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2 || out.put(f[0], f[1]) != null) {
                throw new IllegalStateException(RESOURCE_DIR + name + ".tsv: bad or repeated entry: " + line);
            }
        }
        return Map.copyOf(out);
    }

    private List<String> lines(String file) {
        files.add(file);
        return read(file);
    }

    private static List<String> read(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + RESOURCE_DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + RESOURCE_DIR + file, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("empty lexicon file " + RESOURCE_DIR + file);
        }
        return out;
    }
}
