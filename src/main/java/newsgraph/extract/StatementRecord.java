package newsgraph.extract;

import java.util.List;

/**
 * A direct quote or reported speech.
 *
 * @param kind              "direct" or "indirect"
 * @param text              the content, without cue and speaker
 * @param speaker           actor key of the speaker, or null
 * @param sourceDescription words naming an unnamed source ("a Russian diplomatic source"), or null
 * @param cue               lemma of the speech verb ("say", "tell", "quote"), or null
 * @param via               actor key of the outlet that carried it ("Interfax quoted ..."), or null
 * @param date              the date the sentence gives, else null (the article's date applies)
 * @param evidence          one per occurrence: begin/end cover the content, sentence offsets the sentence
 */
public record StatementRecord(String kind, String text, String speaker, String sourceDescription, String cue,
                              String via, DateValue date, List<Evidence> evidence, double confidence) {
    public StatementRecord {
        evidence = List.copyOf(evidence);
    }
}
