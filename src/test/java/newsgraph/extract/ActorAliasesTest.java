package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** One organisation under every name: acronyms, legal-form variants, gazetteer forms (sentences written for the test). */
class ActorAliasesTest extends ExtractionFixture {
    private static final LocalDate DAY = LocalDate.of(2005, 3, 1);

    @Test
    void anAcronymDefinedInBracketsIsTheOrganisationEverywhere() {
        ExtractedArticle x = run("Shares in Northern Shipping Corporation (NSC) rose on Tuesday. NSC said profits doubled.", DAY);
        ActorRecord nsc = actorNamed(x, "Northern Shipping Corporation");
        assertEquals(1, x.actors().size(), describeActors(x));
        assertEquals(3, nsc.mentions().size(), describeActors(x));
    }

    @Test
    void aTickerAfterACompanysNameIsThatCompany() {
        ExtractedArticle x = run("Shares of Northern Harvester Corp <NHC> rose sharply on Tuesday, traders said. "
                + "NHC said it expected higher sales.", DAY);
        assertEquals(1, x.actors().size(), describeActors(x));
        assertEquals(ActorType.ORGANIZATION, actorNamed(x, "Northern Harvester Corp").type());
    }

    @Test
    void anAcronymBeforeItsBracketedNameIsThatOrganisation() {
        ExtractedArticle x = run("At the NSPB (National Society for the Protection of Bats) meeting in Leeds, "
                + "experts warned of falling numbers. The NSPB said it would ask for new laws.", DAY);
        ActorRecord society = actorNamed(x, "National Society for the Protection of Bats");
        assertEquals(ActorType.ORGANIZATION, society.type());
        assertEquals(1, x.actors().size(), describeActors(x));
    }

    @Test
    void anAcronymOfAnOrganisationsInitialsIsThatOrganisation() {
        ExtractedArticle x = run("The Canadian Federation of Dairy Farmers said on Monday prices were too low. "
                + "The CFDF wants a new deal.", DAY);
        assertEquals(1, x.actors().size(), describeActors(x));
        assertEquals(2, actorNamed(x, "Canadian Federation of Dairy Farmers").mentions().size());
    }

    @Test
    void aShortFormOfACompanysLegalNameIsThatCompany() {
        ExtractedArticle x = run("Harwell Petroleum Co said on Monday it would sell a unit. "
                + "Harwell Petroleum will keep its plants, a spokesman said.", DAY);
        ActorRecord company = actorNamed(x, "Harwell Petroleum Co");
        assertEquals(ActorType.ORGANIZATION, company.type());
        assertFalse(x.actors().stream().anyMatch(a -> a.type() == ActorType.PERSON), describeActors(x));
    }

    @Test
    void aCompanyWhoseNameOpensWithATitleWordIsNoPerson() {
        ExtractedArticle x = run("General Tractors Corp said on Tuesday it would close two plants. "
                + "General Tractors said the plants had lost money for years.", DAY);
        ActorRecord company = actorNamed(x, "General Tractors Corp");
        assertEquals(ActorType.ORGANIZATION, company.type());
        assertEquals(2, company.mentions().size(), describeActors(x));
        assertFalse(x.actors().stream().anyMatch(a -> a.type() == ActorType.PERSON), describeActors(x));
        ExtractedArticle office = run("The General Audit Office said the programme was late.", DAY);
        assertEquals(ActorType.ORGANIZATION, actorNamed(office, "General Audit Office").type(), describeActors(office));
    }

    @Test
    void aPartyUnderItsMembersAdjectiveAndItsShortNameIsOneActor() {
        ExtractedArticle x = run("The Lib Dems said the tax was unfair. "
                + "Liberal Democrat spokesman Tom Reid said it would hurt savers.", DAY);
        assertTrue(hasActorKey(x, ActorKeys.organization("Liberal Democrats")), describeActors(x));
        assertEquals(1, x.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).count(),
                describeActors(x));
    }

    @Test
    void aGazetteerBodyKnownOnlyFromATitleIsRecordedWhereAFactNamesIt() {
        ExtractedArticle x = run("There was speculation that Reagan would meet with Treasury Secretary John Miller and "
                + "Federal Reserve Board chairman Paul Hart at noon, when the lunch was to have taken place.", DAY);
        assertTrue(x.actors().stream().allMatch(a -> a.mentions().size() > 0), describeActors(x));
    }

    @Test
    void initialsAndBracketsAreCheckedAgainstTheName() {
        assertEquals("CUPW", ActorAliases.initials("Canadian Union of Postal Workers"));
        assertEquals("", ActorAliases.initials("Shares of banks"));
        assertTrue(ActorAliases.spells("ICCO", "International Cocoa Organization"));
        assertFalse(ActorAliases.spells("KFB", "Korea Development Bank"));
        assertFalse(ActorAliases.isAcronym("Nato"));
        assertFalse(ActorAliases.isAcronym("G7"));
        assertTrue(ActorAliases.isAcronym("AT&T"));
    }
}
