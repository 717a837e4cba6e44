package newsgraph.extract;

import java.util.List;

/**
 * One actor of one article with all its mentions.
 *
 * @param key         identity key shared across articles (see {@link ActorKeys}); the IRI is minted from it
 * @param name        preferred label (the longest proper name the article gives)
 * @param role        role or title ("Foreign Minister"), or null
 * @param countryIso  ISO 3166-1 alpha-2 of the actor's country, or null
 * @param affiliation key of the organisation the actor belongs to, or null
 */
public record ActorRecord(String key, ActorType type, String name, List<String> aliases, String role,
                          String countryIso, String affiliation, List<Evidence> mentions) {
    public ActorRecord {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
