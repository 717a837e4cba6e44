package newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where IRIs are made. Actors and countries get IRIs from their identity keys only,
 * so the same actor or country has the same IRI in every article; facts get IRIs under their
 * article, numbered in extraction order, so re-ingesting an article reproduces its graph.
 */
public final class IriMinter {
    public static final String BASE = "https://newsgraph.org/id/";

    private IriMinter() {
    }

    public static String article(String docId) {
        return BASE + "article/" + encode(docId);
    }

    /** The named graph holding everything extracted from one article. */
    public static String graph(String docId) {
        return BASE + "graph/" + encode(docId);
    }

    /**
     * An actor from its identity key {@code kind:name}: {@code person:sergei lavrov},
     * {@code org:united nations}, {@code gov:RU}.
     */
    public static String actor(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("actor key without kind: " + key);
        }
        String kind = key.substring(0, colon);
        String name = key.substring(colon + 1);
        return switch (kind) {
            case "person" -> BASE + "person/" + slug(name);
            case "org" -> BASE + "org/" + slug(name);
            case "gov" -> BASE + "government/" + name.toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("unknown actor kind: " + key);
        };
    }

    public static String country(String iso) {
        return BASE + "country/" + iso.toUpperCase(Locale.ROOT);
    }

    public static String place(String label, String iso) {
        return BASE + "place/" + (iso == null ? "" : iso.toUpperCase(Locale.ROOT) + "/") + slug(label);
    }

    public static String statement(String docId, int n) {
        return article(docId) + "/statement/" + n;
    }

    public static String meeting(String docId, int n) {
        return article(docId) + "/meeting/" + n;
    }

    public static String evidence(String docId, int n) {
        return article(docId) + "/evidence/" + n;
    }

    /** The near-duplicate link of two articles: the same IRI whichever is named first. */
    public static String nearDuplicatePair(String docA, String docB) {
        boolean ordered = docA.compareTo(docB) <= 0;
        return BASE + "near-duplicate/" + encode(ordered ? docA : docB) + "/" + encode(ordered ? docB : docA);
    }

    /**
     * A cross-document event (merged meetings) or claim (merged statements), {@code kind} "event" or
     * "claim", named after its first member in IRI order: the same members give the same IRI whatever
     * order their articles came in.
     */
    public static String crossDocument(String kind, String firstMemberIri) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1")
                    .digest(firstMemberIri.getBytes(StandardCharsets.UTF_8));
            return BASE + kind + "/" + java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-1
        }
    }

    /** The document id of an article IRI or of its graph's IRI, or null if {@code iri} is neither. */
    public static String docIdOf(String iri) {
        for (String prefix : new String[]{BASE + "article/", BASE + "graph/"}) {
            if (iri.startsWith(prefix) && iri.indexOf('/', prefix.length()) < 0) {
                return java.net.URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Lower case, accents folded, every run of other characters one hyphen. */
    public static String slug(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }

    // compiled once: slug() runs for every actor and place IRI
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
