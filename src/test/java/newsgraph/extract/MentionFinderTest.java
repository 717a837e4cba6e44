package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.NlpPipeline;
import newsgraph.nlp.Sentence;

/** Mentions found sentence by sentence: people with titles, governments, ministries, countries and places. */
class MentionFinderTest extends ExtractionFixture {

    private static List<Mention> mentions(String text) {
        AnnotatedDocument doc = new NlpPipeline(models).annotate(text);
        MentionFinder finder = new MentionFinder(gaz, lexicon, "t");
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(finder.find(s));
        }
        return out;
    }

    private static Mention mentionOf(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + show(ms)));
    }

    private static Mention withKey(List<Mention> ms, String key) {
        return ms.stream().filter(m -> key.equals(m.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no mention keyed '" + key + "' in " + show(ms)));
    }

    private static String show(List<Mention> ms) {
        return ms.stream().map(m -> m.kind() + ":" + m.text() + "(" + m.key() + ", iso=" + m.iso() + ", role=" + m.role() + ")")
                .collect(Collectors.joining("; ", "[", "]"));
    }

    @Test
    void titleAndNameGiveRoleAndCountry() {
        List<Mention> ms = mentions("Polish Foreign Minister Anna Kowalski arrived in Nairobi on Monday.");
        Mention p = mentionOf(ms, "Anna Kowalski");
        assertEquals(Mention.Kind.PERSON, p.kind());
        assertEquals(ActorKeys.person("Anna Kowalski"), p.key());
        assertNotNull(p.role());
        assertTrue(p.role().contains("Foreign Minister"), p.role());
        assertEquals("PL", p.iso());
    }

    @Test
    void demonymTitleAndNameMidSentence() {
        List<Mention> ms = mentions("On Monday, Kenyan President Daniel Mwangi arrived in Vienna.");
        Mention p = mentionOf(ms, "Daniel Mwangi");
        assertEquals(Mention.Kind.PERSON, p.kind());
        assertTrue(p.role().contains("President"), p.role());
        assertEquals("KE", p.iso());
    }

    @Test
    void namesEndingInAnOfficeBureauServiceOrClubAreOrganisations() {
        for (String name : List.of("Northern Statistics Office", "Coastal Weather Bureau", "Rural Mail Service",
                "Harbour Rowing Club")) {
            List<Mention> ms = mentions("The " + name + " said on Monday that it had no comment.");
            assertEquals(Mention.Kind.ORGANIZATION, mentionOf(ms, name).kind(), show(ms));
        }
        List<Mention> alone = mentions("The Office said on Monday that it had no comment.");
        assertTrue(alone.stream().noneMatch(m -> m.kind() == Mention.Kind.ORGANIZATION && m.text().equals("Office")),
                show(alone));
    }

    @Test
    void aNameRunsOnThroughAnArabicArticle() {
        assertEquals(4, NameEdges.throughArabicArticle(tokens("Karim", "Hassan", "al", "-Rashid", ","), 2));
        assertEquals(4, NameEdges.throughArabicArticle(tokens("Omar", "el", "-", "Masri", "said"), 1));
        assertEquals(2, NameEdges.throughArabicArticle(tokens("Omar", "Hassan", "al", "said"), 2));
        Mention m = mentionOf(mentions("The minister, Karim Hassan al-Rashid, told reporters the talks went well."),
                "Karim Hassan al-Rashid");
        assertEquals(ActorKeys.person("Karim al-Rashid"), m.key());
    }

    /** Tokens as a tokenizer writes them without spaces where a word was split ("al" "-Rashid"). */
    private static List<newsgraph.nlp.Token> tokens(String... words) {
        List<newsgraph.nlp.Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            boolean attached = w.startsWith("-") || !out.isEmpty() && out.get(out.size() - 1).text().equals("-");
            at += attached || out.isEmpty() ? 0 : 1;
            out.add(new newsgraph.nlp.Token(at, at + w.length(), w, newsgraph.nlp.Pos.PROPN, w));
            at += w.length();
        }
        return out;
    }

    @Test
    void theQueenMotherIsATitleNotAPersonCalledMother() {
        List<Mention> ms = mentions("A statue of the Queen Mother was unveiled in the park on Monday.");
        assertTrue(ms.stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON && m.text().equals("Mother")), show(ms));
    }

    @Test
    void aHeadNounInsideALongerNameDoesNotCutIt() {
        List<Mention> ms = mentions("The Grain and Futures Exchange Commission said on Monday it would look into the trades.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Grain and Futures Exchange")), show(ms));
        assertTrue(ms.stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && m.text().endsWith("Futures Exchange Commission")), show(ms));
    }

    @Test
    void anAcronymAfterAHeadNounStartsAnotherName() {
        List<Mention> ms = mentions("Officials told the Lakeside Growers Union NATO would meet on Friday.");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Union NATO")), show(ms));
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("NATO")), show(ms));
    }

    @Test
    void aLowerCaseHonorificIsAnOrdinaryWord() {
        List<Mention> ms = mentions("The goalkeeper Marco Rossi will miss Sunday's cup final in Turin.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Sunday")), show(ms));
        Mention titled = mentionOf(mentions("Miss Rossi said she would appeal."), "Rossi");
        assertEquals(Mention.Kind.PERSON, titled.kind());
    }

    @Test
    void aNameLeavesTheStopAndApostropheTheTokenizerLeftOnIt() {
        assertEquals(1, new NameEdges(lexicon).trailingPunctuation("Jacques Chirac."));
        assertEquals(1, new NameEdges(lexicon).trailingPunctuation("Charles'"));
        assertEquals(0, new NameEdges(lexicon).trailingPunctuation("Jardine Matheson Co."));
        assertEquals(0, new NameEdges(lexicon).trailingPunctuation("George H."));
        assertEquals(0, new NameEdges(lexicon).trailingPunctuation("U.S."));
        assertEquals(0, new NameEdges(lexicon).trailingPunctuation("Anna Kowalski"));
    }

    @Test
    void lowerCaseRolesOfBusinessAndSportNameThePerson() {
        Mention boss = mentionOf(mentions("Vodafone boss Chris Gent said the deal was done."), "Chris Gent");
        assertEquals(Mention.Kind.PERSON, boss.kind());
        assertEquals("boss", boss.role());
        // the tagger calls "Ruddock" a verb here; the name finder's span gives the name's end
        Mention coach = mentionOf(mentions("\"We are not there yet,\" said Wales coach Mike Ruddock."), "Mike Ruddock");
        assertEquals(Mention.Kind.PERSON, coach.kind());
        List<Mention> prize = mentions("She has 5/1 odds of winning the best actress Oscar.");
        assertTrue(prize.stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON), show(prize));
    }

    @Test
    void aHyphenatedGivenNameTheTokenizerSplitStaysWhole() {
        List<Mention> ms = mentions("North Korean leader Kim Jong-un met South Korean President Moon Jae-in on Friday.");
        assertEquals(Mention.Kind.PERSON, mentionOf(ms, "Kim Jong-un").kind());
        assertEquals(Mention.Kind.PERSON, mentionOf(ms, "Moon Jae-in").kind());
        assertEquals(ActorKeys.person("Kim Jong-un"), mentionOf(ms, "Kim Jong-un").key());
        assertEquals(Mention.Kind.PERSON, mentionOf(mentions("Beckham, watched by Sven-Goran Eriksson, came off."),
                "Sven-Goran Eriksson").kind());
        List<Mention> based = mentions("The London-based bank said on Monday that profits rose.");
        assertTrue(based.stream().noneMatch(m -> m.text().contains("-based")), show(based));
    }

    @Test
    void anAmbiguousTitleAfterAnArticleNamesNobody() {
        List<Mention> ms = mentions("She said the Conservatives would announce their plans closer to the General Election.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Election")), show(ms));
        Mention general = mentionOf(mentions("General Petraeus arrived in Kabul on Monday."), "Petraeus");
        assertEquals(Mention.Kind.PERSON, general.kind());
    }

    @Test
    void demonymGovernmentIsTheGovernment() {
        Mention m = withKey(mentions("The Polish government rejected the proposal."), "gov:PL");
        assertEquals(Mention.Kind.GOVERNMENT, m.kind());
        assertEquals("PL", m.iso());
    }

    @Test
    void demonymDiplomatsAreTheGovernment() {
        Mention m = withKey(mentions("Polish diplomats rejected the proposal."), "gov:PL");
        assertEquals(Mention.Kind.GOVERNMENT, m.kind());
    }

    @Test
    void capitalAsActingSubjectIsTheGovernment() {
        Mention m = withKey(mentions("Warsaw said the proposal was unacceptable."), "gov:PL");
        assertEquals(Mention.Kind.GOVERNMENT, m.kind());
        assertEquals("Warsaw", m.text());
    }

    @Test
    void kremlinIsTheRussianGovernment() {
        Mention m = withKey(mentions("The Kremlin said the proposal was unacceptable."), "gov:RU");
        assertEquals(Mention.Kind.GOVERNMENT, m.kind());
        assertEquals("RU", m.iso());
    }

    @Test
    void demonymMinistryIsTheCountrysMinistry() {
        List<Mention> ms = mentions("The Polish Foreign Ministry rejected the proposal.");
        Mention m = mentionOf(ms, "Ministry of Foreign Affairs of Poland");
        assertEquals(Mention.Kind.ORGANIZATION, m.kind());
        assertEquals(ActorKeys.organization("Ministry of Foreign Affairs of Poland"), m.key());
        assertEquals("PL", m.iso());
    }

    @Test
    void possessiveMinistryIsTheCountrysMinistry() {
        List<Mention> ms = mentions("Chile's foreign ministry summoned the ambassador.");
        Mention m = mentionOf(ms, "Ministry of Foreign Affairs of Chile");
        assertEquals(Mention.Kind.ORGANIZATION, m.kind());
        assertEquals("CL", m.iso());
    }

    @Test
    void countryByName() {
        Mention m = mentionOf(mentions("Heavy rain fell across Chile on Sunday."), "Chile");
        assertEquals(Mention.Kind.COUNTRY, m.kind());
        assertEquals("CL", m.iso());
    }

    @Test
    void countryByDemonym() {
        Mention m = mentionOf(mentions("Chilean farmers lost much of their harvest."), "Chilean");
        assertEquals("CL", m.iso());
        assertTrue(m.key() == null, "a demonym before a plain noun is no actor: " + m);
    }

    @Test
    void countryByCapital() {
        Mention m = mentionOf(mentions("Thousands marched through Santiago on Sunday."), "Santiago");
        assertEquals(Mention.Kind.PLACE, m.kind());
        assertEquals("CL", m.iso());
    }

    @Test
    void countryAsPlaceIsNotAGovernment() {
        Mention m = mentionOf(mentions("Heavy rain fell across Poland on Sunday."), "Poland");
        assertEquals(Mention.Kind.COUNTRY, m.kind());
        assertTrue(m.key() == null, "Poland as a place is not acting: " + m);
    }

    @Test
    void anEditorsInsertionInAQuoteKeepsTheWholeName() {
        List<Mention> ms = mentions("\"(Polish Foreign Minister Anna) Kowalski and I agreed on this,\" he said.");
        Mention p = mentionOf(ms, "Anna Kowalski");
        assertEquals(ActorKeys.person("Anna Kowalski"), p.key());
        assertEquals("PL", p.iso());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Anna") || m.text().equals("Kowalski")), show(ms));
    }

    @Test
    void aClosedBracketBeforeTheTitleIsNotAnInsertion() {
        List<Mention> ms = mentions("Officials (two of them) said Foreign Minister Anna Kowalski) Smith left.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Anna Kowalski Smith")), show(ms));
    }

    @Test
    void aNameAfterANewspaperNounIsAnOrganisation() {
        List<Mention> ms = mentions("Mwangi told Kenya's official gazette, Taifa Leo, on Monday that talks would go on. "
                + "The newspaper Rzeczpospolita reported it too.");
        assertEquals(Mention.Kind.ORGANIZATION, mentionOf(ms, "Taifa Leo").kind(), show(ms));
        assertEquals(Mention.Kind.ORGANIZATION, mentionOf(ms, "Rzeczpospolita").kind(), show(ms));
    }
}
