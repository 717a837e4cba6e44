package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import newsgraph.extract.Mention.Kind;

class CoreferenceTest {
    private static final Lexicon LEXICON = Lexicon.loadDefault();


    /** Builds mentions in text order from a text where each mention's surface occurs once per call. */
    private static final class Doc {
        final StringBuilder text = new StringBuilder();
        final List<Mention> mentions = new ArrayList<>();
        int sentence;

        Doc say(String s) {
            text.append(s).append(' ');
            return this;
        }

        Mention person(String name, String role) {
            return add(name, Kind.PERSON, ActorKeys.person(name), role);
        }

        Mention org(String name) {
            return add(name, Kind.ORGANIZATION, ActorKeys.organization(name), null);
        }

        Mention add(String surface, Kind kind, String key, String role) {
            int b = text.length();
            text.append(surface).append(' ');
            Mention m = new Mention(sentence++, 0, surface.split(" ").length, b, b + surface.length(), surface, kind, key,
                    null, role, null, null);
            mentions.add(m);
            return m;
        }

        int pos() {
            return text.length();
        }

        Coreference coref() {
            return new Coreference(mentions, LEXICON);
        }
    }

    private static Mention at(Coreference c, Mention original) {
        return c.mentions().stream().filter(m -> m.begin() == original.begin()).findFirst().orElseThrow();
    }

    @Test
    void surnameJoinsTheFullName() {
        Doc d = new Doc();
        Mention full = d.person("Anna Berg", "Trade Minister");
        d.say("arrived on Tuesday.");
        Mention surname = d.person("Berg", null);
        Coreference c = d.coref();
        assertEquals(full.key(), at(c, surname).key());
        assertEquals(full.key(), at(c, full).key());
        assertEquals(d.mentions.size(), c.mentions().size());
    }

    @Test
    void surnameSpelledDifferentlyStillJoins() {
        Doc d = new Doc();
        Mention full = d.person("Bashar al-Assad", null);
        Mention shortForm = d.person("Assad", null);
        assertEquals(full.key(), at(d.coref(), shortForm).key());
    }

    @Test
    void surnameBeforeTheFullNameJoinsToo() {
        Doc d = new Doc();
        Mention surname = d.person("Holm", null);
        Mention full = d.person("Karl Holm", null);
        assertEquals(full.key(), at(d.coref(), surname).key());
    }

    @Test
    void sharedSurnameIsAmbiguous() {
        Doc d = new Doc();
        Mention john = d.person("John Smith", null);
        Mention mary = d.person("Mary Smith", null);
        Mention smith = d.person("Smith", null);
        Coreference c = d.coref();
        String key = at(c, smith).key();
        assertEquals(ActorKeys.person("Smith"), key, "left unlinked");
        assertEquals(john.key(), at(c, john).key());
        assertEquals(mary.key(), at(c, mary).key());
    }

    @Test
    void sameFullNameTwiceIsNotAmbiguous() {
        Doc d = new Doc();
        Mention john = d.person("John Smith", null);
        d.person("John Smith", null);
        Mention smith = d.person("Smith", null);
        assertEquals(john.key(), at(d.coref(), smith).key());
    }

    @Test
    void shortOrganisationJoinsTheLongerNameItEnds() {
        Doc d = new Doc();
        Mention longer = d.org("Syrian National Coalition");
        Mention shorter = d.org("National Coalition");
        Mention other = d.org("Coalition Party");
        Coreference c = d.coref();
        assertEquals(longer.key(), at(c, shorter).key());
        assertEquals(other.key(), at(c, other).key(), "an organisation that does not end the longer one stays");
        assertEquals(longer.key(), at(c, longer).key());
    }

    @Test
    void shortOrganisationEndingTwoDifferentNamesStays() {
        Doc d = new Doc();
        d.org("Northern Farmers Union");
        d.org("Southern Farmers Union");
        Mention shorter = d.org("Farmers Union");
        assertEquals(shorter.key(), at(d.coref(), shorter).key());
    }

    @Test
    void organisationDoesNotJoinAWordInsideAnotherWord() {
        Doc d = new Doc();
        d.org("Grand Alliance");
        Mention shorter = d.org("Alliance");
        Mention partial = d.org("lliance");
        Coreference c = d.coref();
        assertEquals(ActorKeys.organization("Grand Alliance"), at(c, shorter).key());
        assertEquals(partial.key(), at(c, partial).key());
    }

    @Test
    void tailOfAFullNameTaggedAsOrganisationBecomesThePerson() {
        Doc d = new Doc();
        Mention full = d.person("Pieter van Dalen", "mediator");
        Mention tail = d.org("Van Dalen");
        Mention unrelated = d.org("Dalen Shipping");
        Coreference c = d.coref();
        assertEquals(Kind.PERSON, at(c, tail).kind());
        assertEquals(full.key(), at(c, tail).key());
        assertEquals(Kind.ORGANIZATION, at(c, unrelated).kind());
        assertEquals(unrelated.key(), at(c, unrelated).key());
    }

    @Test
    void resolveSkipsExcludedActors() {
        Doc d = new Doc();
        Mention berg = d.person("Anna Berg", null);
        Mention holm = d.person("Karl Holm", null);
        int pos = d.pos();
        Coreference c = d.coref();
        assertEquals(holm.key(), c.resolve("him", pos).key());
        assertEquals(berg.key(), c.resolve("him", pos, java.util.Set.of(holm.key())).key());
        assertNull(c.resolve("him", pos, java.util.Set.of(holm.key(), berg.key())));
    }

    @Test
    void heIsTheNearestPrecedingPerson() {
        Doc d = new Doc();
        d.person("Anna Berg", "Trade Minister");
        d.org("Harbour Authority");
        Mention holm = d.person("Karl Holm", null);
        d.org("Port Workers Union");
        d.say("said that");
        int he = d.pos();
        d.say("he would attend.");
        Mention later = d.person("Olle Lind", null);
        Coreference c = d.coref();
        Mention r = c.resolve("he", he);
        assertNotNull(r);
        assertEquals(holm.key(), r.key());
        assertEquals(later.key(), c.resolve("She", d.pos()).key(), "case-insensitive, nearest before the position");
    }

    @Test
    void pronounWithNoPersonBeforeIt() {
        Doc d = new Doc();
        d.org("Harbour Authority");
        int pos = d.pos();
        d.person("Karl Holm", null);
        assertNull(d.coref().resolve("he", pos));
    }

    @Test
    void theyIsTheNearestOrganisation() {
        Doc d = new Doc();
        Mention union = d.org("Port Workers Union");
        d.person("Karl Holm", null);
        assertEquals(union.key(), d.coref().resolve("they", d.pos()).key());
    }

    @Test
    void ministerIsThePersonWithThatRole() {
        Doc d = new Doc();
        Mention berg = d.person("Anna Berg", "Trade Minister");
        d.person("Karl Holm", "Harbour Director");
        d.person("Olle Lind", null);
        int pos = d.pos();
        Coreference c = d.coref();
        Mention r = c.resolve("minister", pos);
        assertNotNull(r);
        assertEquals(berg.key(), r.key());
        assertEquals(ActorKeys.person("Karl Holm"), c.resolve("director", pos).key());
        assertNull(c.resolve("ambassador", pos));
    }

    @Test
    void roleGivenEarlierCarriesToLaterMentionsOfTheSameActor() {
        Doc d = new Doc();
        d.person("Anna Berg", "Trade Minister");
        d.person("Karl Holm", null);
        Mention bergAgain = d.person("Berg", null);
        int pos = d.pos();
        Mention r = new Coreference(d.mentions, LEXICON).resolve("minister", pos);
        assertEquals(ActorKeys.person("Anna Berg"), r.key());
        assertEquals(bergAgain.begin(), r.begin(), "the nearest mention of that actor");
    }

    @Test
    void descriptionResolvesToOrganisationByName() {
        Doc d = new Doc();
        Mention coalition = d.org("Syrian National Coalition");
        d.person("Karl Holm", null);
        assertEquals(coalition.key(), d.coref().resolve("coalition", d.pos()).key());
    }

    @Test
    void aGenderedRoleWordSteersHeAndShe() {
        Doc d = new Doc();
        Mention spokeswoman = d.person("Ines Arvola", "spokeswoman");
        d.say("spoke. Later");
        Mention mister = d.person("Tomas Lind", "Mr");
        d.say("arrived. Then");
        int pos = d.pos();
        Coreference c = d.coref();
        assertEquals(spokeswoman.key(), c.resolve("she", pos).key(), "she skips a man");
        assertEquals(mister.key(), c.resolve("he", pos).key());
    }
}
