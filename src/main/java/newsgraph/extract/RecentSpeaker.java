package newsgraph.extract;

/**
 * The speaker of an article's latest attributed statement, which "he said", "it added" and "the
 * spokesman said" in the sentences after it continue. Updated by {@link StatementExtractor} sentence by
 * sentence; read by {@link StatementSpeakers}.
 */
final class RecentSpeaker {
    /** How many sentences back a continuation may reach: "X said A. ... B, he added." */
    static final int WINDOW = 3;

    private String key;
    private int sentence = -WINDOW - 1;
    private boolean spokesperson;

    /** A statement in {@code sentence} said by {@code key}; {@code spokesperson} when a spokesman spoke for it. */
    void said(String speakerKey, int speakerSentence, boolean throughSpokesperson) {
        this.key = speakerKey;
        this.sentence = speakerSentence;
        this.spokesperson = throughSpokesperson;
    }

    /** The latest speaker when it spoke at most {@link #WINDOW} sentences before {@code now}, else null. */
    String before(int now) {
        return key != null && now - sentence <= WINDOW && now >= sentence ? key : null;
    }

    /** The sentence of the latest statement. */
    int sentence() {
        return sentence;
    }

    /** Whether the latest speaker is a person, or an organisation whose spokesman spoke ("he said" continues both). */
    boolean answersToHeOrShe() {
        return key != null && (key.startsWith("person:") || spokesperson);
    }

    /** Whether the latest speaker is an organisation or government ("it said", "the company said"). */
    boolean isOrganisation() {
        return key != null && !key.startsWith("person:");
    }
}
