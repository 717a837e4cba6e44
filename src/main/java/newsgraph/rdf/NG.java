package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph vocabulary; mirrors {@code ontology/newsgraph.ttl} exactly (checked by a test). */
public final class NG {
    public static final String NAMESPACE = "https://newsgraph.org/ontology#";
    public static final String PREFIX = "ng";

    // classes
    public static final Resource Article = res("Article");
    public static final Resource Actor = res("Actor");
    public static final Resource Person = res("Person");
    public static final Resource Organization = res("Organization");
    public static final Resource GovernmentOrganization = res("GovernmentOrganization");
    public static final Resource Country = res("Country");
    public static final Resource Place = res("Place");
    public static final Resource Statement = res("Statement");
    public static final Resource Meeting = res("Meeting");
    public static final Resource Evidence = res("Evidence");
    public static final Resource MeetingStatus = res("MeetingStatus");

    // meeting status individuals
    public static final Resource Held = res("Held");
    public static final Resource Planned = res("Planned");
    public static final Resource Proposed = res("Proposed");
    public static final Resource Declined = res("Declined");

    // article metadata
    public static final Property docId = prop("docId");
    public static final Property text = prop("text");
    public static final Property dateline = prop("dateline");
    public static final Property outlet = prop("outlet");
    public static final Property sourceFile = prop("sourceFile");

    // actors and countries
    public static final Property mentionedIn = prop("mentionedIn");
    public static final Property role = prop("role");
    public static final Property country = prop("country");
    public static final Property affiliation = prop("affiliation");
    public static final Property governmentOf = prop("governmentOf");
    public static final Property isoCode = prop("isoCode");
    public static final Property isoCode3 = prop("isoCode3");
    public static final Property alias = prop("alias");

    // statements
    public static final Property statementKind = prop("statementKind");
    public static final Property content = prop("content");
    public static final Property speaker = prop("speaker");
    public static final Property sourceDescription = prop("sourceDescription");
    public static final Property cue = prop("cue");
    public static final Property via = prop("via");

    // meetings
    public static final Property meetingKind = prop("meetingKind");
    public static final Property participant = prop("participant");
    public static final Property place = prop("place");
    public static final Property status = prop("status");
    public static final Property cameoCode = prop("cameoCode");
    public static final Property trigger = prop("trigger");

    // dates
    public static final Property date = prop("date");
    public static final Property datePrecision = prop("datePrecision");

    // evidence
    public static final Property evidence = prop("evidence");
    public static final Property sentenceBegin = prop("sentenceBegin");
    public static final Property sentenceEnd = prop("sentenceEnd");
    public static final Property sentence = prop("sentence");
    public static final Property extractor = prop("extractor");
    public static final Property confidence = prop("confidence");

    // across articles (newsgraph.store.NearDuplicates, EventLinker): written into article graphs after ingest
    public static final Resource NearDuplicatePair = res("NearDuplicatePair");
    public static final Resource Event = res("Event");
    public static final Resource Claim = res("Claim");
    public static final Property nearDuplicateOf = prop("nearDuplicateOf");
    public static final Property pairOf = prop("pairOf");
    public static final Property similarity = prop("similarity");
    public static final Property event = prop("event");
    public static final Property claim = prop("claim");

    private NG() {
    }

    private static Resource res(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NAMESPACE, local);
    }
}
