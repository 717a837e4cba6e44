package newsgraph.extract;

/**
 * A mention of an actor, country or place in one sentence: token range [tokenBegin, tokenEnd) in
 * that sentence and char range [begin, end) in the article text.
 *
 * @param key     actor key for actor kinds (person:, org:, gov:), null otherwise
 * @param iso     ISO alpha-2 of the country a country/place/government mention refers to, or null
 * @param role    role or title given next to the name, or null
 * @param head    for descriptions and pronouns, the head word ("minister", "he"), else null
 */
public record Mention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text, Kind kind,
                      String key, String iso, String role, String affiliation, String head) {

    /** What a mention refers to. */
    public enum Kind {
        PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, PLACE, PRONOUN, DESCRIPTION;

        public boolean isActor() {
            return this == PERSON || this == ORGANIZATION || this == GOVERNMENT;
        }
    }

    public Mention withKey(String newKey) {
        return new Mention(sentence, tokenBegin, tokenEnd, begin, end, text, kind, newKey, iso, role, affiliation, head);
    }

    public Mention withKind(Kind newKind, String newKey) {
        return new Mention(sentence, tokenBegin, tokenEnd, begin, end, text, newKind, newKey, iso, role, affiliation, head);
    }

    public Mention withAffiliation(String newAffiliation) {
        return new Mention(sentence, tokenBegin, tokenEnd, begin, end, text, kind, key, iso, role, newAffiliation, head);
    }

    public boolean overlaps(int tb, int te) {
        return tokenBegin < te && tb < tokenEnd;
    }

    /** The actor a mention adds to an event: a person, organisation or government, or a country's government; else null. */
    public String participantKey() {
        return switch (kind) {
            case PERSON, ORGANIZATION, GOVERNMENT -> key;
            case COUNTRY -> "DEMONYM".equals(head) ? null : ActorKeys.government(iso);
            default -> null;
        };
    }
}
