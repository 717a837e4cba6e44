package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms newsgraph writes for article metadata; each is declared, with how newsgraph
 * uses it, in {@code ontology/newsgraph.ttl} (checked by a test).
 */
public final class SchemaOrg {
    public static final String NAMESPACE = "https://schema.org/";

    public static final Property headline = prop("headline");
    public static final Property datePublished = prop("datePublished");
    public static final Property author = prop("author");
    public static final Property publisher = prop("publisher");
    public static final Property url = prop("url");

    private SchemaOrg() {
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NAMESPACE, local);
    }
}
