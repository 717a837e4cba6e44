package newsgraph.extract;

/**
 * A temporal expression found in text: char range [begin, end) (already shifted by the caller's base
 * offset), the matched text and its resolved value.
 *
 * @param value the resolved period, or null when the expression is relative ("on Monday") and no
 *              publication date was known to resolve it against
 */
public record TemporalMention(int begin, int end, String text, DateValue value) {
    public boolean resolved() {
        return value != null;
    }
}
