package newsgraph.extract;

/** Grammatical time of a clause; decides which way relative dates ("on Monday", "in May") point. */
public enum Tense {
    PAST,
    PRESENT,
    FUTURE
}
