package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few NIF 2.0 Core terms newsgraph uses for text spans. */
public final class NIF {
    public static final String NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    public static final Property beginIndex = ResourceFactory.createProperty(NAMESPACE, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NAMESPACE, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NAMESPACE, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NAMESPACE, "referenceContext");

    private NIF() {
    }
}
