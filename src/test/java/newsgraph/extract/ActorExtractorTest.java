package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleMeta;

/** Actor and country records of whole articles, and actor keys across articles. */
class ActorExtractorTest extends ExtractionFixture {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    private static ExtractedArticle x(String text) {
        return run(text, PUBLISHED);
    }

    private static List<String> isoCodes(ExtractedArticle x) {
        return x.countries().stream().map(CountryRecord::iso).toList();
    }

    // ------------------------------------------------------------------ people

    @Test
    void titledPersonHasRoleAndCountry() {
        ExtractedArticle x = x("Polish Foreign Minister Anna Kowalski arrived in Nairobi on Monday.");
        ActorRecord a = actorNamed(x, "Anna Kowalski");
        assertEquals(ActorType.PERSON, a.type());
        assertEquals(ActorKeys.person("Anna Kowalski"), a.key());
        assertNotNull(a.role());
        assertTrue(a.role().contains("Foreign Minister"), a.role());
        assertEquals("PL", a.countryIso());
        assertEquals(1, a.mentions().size());
        Evidence e = a.mentions().get(0);
        assertEquals("Anna Kowalski", x.article().text().substring(e.begin(), e.end()));
        assertTrue(isoCodes(x).contains("PL"));
    }

    
    @Test
    void countryAfterTheNameIsThePersonsCountry() {
        ExtractedArticle x = x("Foreign Minister Anna Kowalski of Poland arrived in Nairobi on Monday.");
        ActorRecord a = actorNamed(x, "Anna Kowalski");
        assertTrue(a.role().contains("Foreign Minister"), a.role());
        assertEquals("PL", a.countryIso());
    }

    
    @Test
    void roleAppositionGivesRoleAndCountry() {
        ExtractedArticle x = x("Sergei Volkov, Russia's deputy foreign minister, arrived in Nairobi on Monday.");
        ActorRecord a = actorNamed(x, "Sergei Volkov");
        assertNotNull(a.role());
        assertTrue(a.role().toLowerCase(Locale.ROOT).contains("deputy foreign minister"), a.role());
        assertEquals("RU", a.countryIso());
    }

    @Test
    void surnameLaterInTheArticleIsTheSameActor() {
        ExtractedArticle x = x("Polish Foreign Minister Anna Kowalski arrived in Nairobi on Monday. "
                + "Kowalski met officials from the energy sector.");
        List<ActorRecord> people = x.actors().stream().filter(a -> a.type() == ActorType.PERSON).toList();
        assertEquals(1, people.size(), describeActors(x));
        ActorRecord a = people.get(0);
        assertEquals("Anna Kowalski", a.name());
        assertEquals(2, a.mentions().size());
        assertEquals("Kowalski", x.article().text().substring(a.mentions().get(1).begin(), a.mentions().get(1).end()));
    }

    @Test
    void twoPeopleSharingASurnameStayTwoActors() {
        ExtractedArticle x = x("Kenyan Foreign Minister Grace Otieno met her counterpart on Monday. "
                + "Kenyan Finance Minister Peter Otieno stayed in Nairobi. Otieno said later that the budget was ready.");
        ActorRecord grace = actorNamed(x, "Grace Otieno");
        ActorRecord peter = actorNamed(x, "Peter Otieno");
        assertNotEquals(grace.key(), peter.key());
        assertTrue(grace.role().contains("Foreign Minister"), grace.role());
        assertTrue(peter.role().contains("Finance Minister"), peter.role());
        // the bare "Otieno" could be either: it must not be given to one of them
        assertEquals(1, grace.mentions().size());
        assertEquals(1, peter.mentions().size());
        assertEquals(2, x.actors().stream().filter(a -> a.type() == ActorType.PERSON).count(), describeActors(x));
    }

    @Test
    void sameSurnameDifferentFirstNameInTwoArticlesGetDifferentKeys() {
        ExtractedArticle one = run("a", "Opposition leader John Harlow criticised the budget.", PUBLISHED);
        ExtractedArticle two = run("b", "Senator Mary Harlow criticised the budget.", PUBLISHED);
        String john = key(one, "John Harlow");
        String mary = key(two, "Mary Harlow");
        assertNotEquals(john, mary);
    }

    @Test
    void transliterationVariantsInTwoArticlesGetTheSameKey() {
        ExtractedArticle one = run("a", "Russian Deputy Foreign Minister Sergey Volkov arrived in Nairobi.", PUBLISHED);
        ExtractedArticle two = run("b", "Russian Deputy Foreign Minister Sergei Volkov left Vienna on Tuesday.", PUBLISHED);
        assertEquals(key(one, "Sergey Volkov"), key(two, "Sergei Volkov"));
    }

    // ------------------------------------------------------------------ governments and organisations

    @Test
    void demonymGovernmentDiplomatsAndCapitalAreAllTheGovernmentOfPoland() {
        for (String text : List.of("The Polish government rejected the proposal.",
                "Polish diplomats rejected the proposal.",
                "Warsaw said the proposal was unacceptable.")) {
            ExtractedArticle x = x(text);
            ActorRecord gov = actorKeyed(x, "gov:PL");
            assertEquals(ActorType.GOVERNMENT, gov.type(), text);
            assertEquals("Government of Poland", gov.name(), text);
            assertEquals("PL", gov.countryIso(), text);
            assertTrue(isoCodes(x).contains("PL"), text);
        }
    }

    @Test
    void threeWaysOfNamingPolandInOneArticleAreOneActor() {
        ExtractedArticle x = x("The Polish government rejected the proposal. Polish diplomats called it unfair. "
                + "Warsaw said it would not sign.");
        List<ActorRecord> govs = x.actors().stream().filter(a -> a.type() == ActorType.GOVERNMENT).toList();
        assertEquals(1, govs.size(), describeActors(x));
        assertEquals("gov:PL", govs.get(0).key());
        assertEquals(3, govs.get(0).mentions().size());
    }

    @Test
    void kremlinIsTheGovernmentOfRussia() {
        ExtractedArticle x = x("The Kremlin said the proposal was unacceptable.");
        ActorRecord gov = actorKeyed(x, "gov:RU");
        assertEquals(ActorType.GOVERNMENT, gov.type());
        assertEquals("Government of Russia", gov.name());
    }

    @Test
    void ministryIsAnOrganisationNamedAfterItsCountry() {
        ExtractedArticle x = x("The Polish Foreign Ministry rejected the proposal.");
        ActorRecord m = actorNamed(x, "Ministry of Foreign Affairs of Poland");
        assertEquals(ActorType.ORGANIZATION, m.type());
        assertEquals("PL", m.countryIso());
        assertFalse(hasActorKey(x, "gov:PL"), "the ministry is not the government itself: " + describeActors(x));
    }

    // ------------------------------------------------------------------ countries

    @Test
    void countriesByNameDemonymAndCapital() {
        assertEquals(List.of("CL"), isoCodes(x("Heavy rain fell across Chile on Sunday.")));
        assertEquals(List.of("CL"), isoCodes(x("Chilean farmers lost much of their harvest.")));
        assertEquals(List.of("CL"), isoCodes(x("Thousands marched through Santiago on Sunday.")));
        assertEquals(List.of("KE"), isoCodes(x("Protesters gathered outside the parliament in Nairobi.")));
        assertEquals(List.of("KE", "AT"), isoCodes(x("Kenyan farmers and Austrian traders met in the port.")));
    }

    @Test
    void countryRecordCollectsEveryMention() {
        ExtractedArticle x = x("Heavy rain fell across Chile on Sunday. Chilean farmers lost much of their harvest. "
                + "Thousands marched through Santiago.");
        assertEquals(1, x.countries().size());
        CountryRecord c = x.countries().get(0);
        assertEquals("CL", c.iso());
        assertEquals("Chile", c.name());
        assertEquals(3, c.mentions().size());
    }

    @Test
    void aCountryAsAPlaceIsNoActor() {
        ExtractedArticle x = x("Heavy rain fell across Chile on Sunday.");
        assertTrue(x.actors().isEmpty(), describeActors(x));
    }

    // ------------------------------------------------------------------ bylines

    @Test
    void outletAndAuthorsOfTheBylineAreNotActors() {
        String text = "Polish Foreign Minister Anna Kowalski arrived in Nairobi on Monday.";
        Article article = new Article("t", Path.of("t.txt"), text,
                new ArticleMeta("Kowalski in Nairobi", PUBLISHED, "Nairobi", "Reuters", List.of("Jane Miller")));
        ExtractedArticle x = run(article);
        assertEquals(1, x.actors().size(), describeActors(x));
        assertEquals("Anna Kowalski", x.actors().get(0).name());
        assertTrue(x.actors().stream().noneMatch(a -> a.name().contains("Reuters") || a.name().contains("Miller")));
        assertTrue(x.statements().isEmpty());
    }
}
