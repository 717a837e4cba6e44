package newsgraph.nlp;

/**
 * A name found by the name finder: token range [tokenBegin, tokenEnd) within its sentence and char
 * range [begin, end) within the article text.
 *
 * @param type person, organization or location
 */
public record NameMention(int tokenBegin, int tokenEnd, int begin, int end, String type, double probability) {
}
