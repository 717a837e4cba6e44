package newsgraph.pipeline;

/** The steps an article goes through, for the benchmark's time accounting. */
public enum Stage {
    READ("read+clean"),
    NLP("OpenNLP"),
    EXTRACT("extraction"),
    RDF("RDF"),
    STORE("store write");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
