package newsgraph.pipeline;

/** Nanoseconds per stage, summed across threads (so the sum can exceed the wall time). */
public record StageTimes(long read, long nlp, long extract, long rdf, long store) {

    public long nanos(Stage stage) {
        return switch (stage) {
            case READ -> read;
            case NLP -> nlp;
            case EXTRACT -> extract;
            case RDF -> rdf;
            case STORE -> store;
        };
    }

    public long total() {
        return read + nlp + extract + rdf + store;
    }

    /** This stage's part of the summed stage time, 0..1. */
    public double share(Stage stage) {
        long t = total();
        return t == 0 ? 0 : (double) nanos(stage) / t;
    }
}
