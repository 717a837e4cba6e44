package newsgraph.extract;

/** Kinds of actor. A government is the acting state ("Moscow said"), not the country as a place. */
public enum ActorType {
    PERSON, ORGANIZATION, GOVERNMENT
}
