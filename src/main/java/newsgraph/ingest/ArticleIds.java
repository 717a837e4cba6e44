package newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids for inputs that are not one {@code .txt} file each, so that ingesting the same
 * page or dump again replaces its articles instead of adding them twice.
 */
public final class ArticleIds {
    /** A URL id longer than this keeps this many characters of its slug and adds a hash of the URL. */
    private static final int MAX_SLUG = 100;
    private static final int KEPT_SLUG = 80;
    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private ArticleIds() {
    }

    /**
     * The id of an article at {@code url}: host (without {@code www.}), path and query in lower case,
     * every run of other characters one hyphen ({@code reuters.com/world/syria-talks?id=7} gives
     * {@code reuters-com-world-syria-talks-id-7}). The scheme, a fragment and a final slash do not
     * count, so the http and https addresses of a page are one article. A slug over 100 characters is
     * cut to 80 and followed by 16 hex digits of the SHA-256 of the normalised URL.
     */
    public static String fromUrl(String url) {
        String normal = normalise(url);
        String slug = EDGE_HYPHENS.matcher(NOT_ID_CHAR.matcher(normal).replaceAll("-")).replaceAll("");
        if (slug.isEmpty()) {
            return "url-" + hash(normal);
        }
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        return EDGE_HYPHENS.matcher(slug.substring(0, KEPT_SLUG)).replaceAll("") + "-" + hash(normal);
    }

    /** An id from a record's own id field: as given, surrounding space removed. */
    public static String fromField(String id) {
        return id.strip();
    }

    /** The id of a record with neither id nor URL: a hash of its text, so the same text keeps its id. */
    public static String fromText(String text) {
        return "text-" + hash(text);
    }

    /** host + path + query, lower case, without scheme, {@code www.}, fragment or final slash. */
    static String normalise(String url) {
        String s = url.strip();
        try {
            URI u = new URI(s);
            if (u.getHost() != null) {
                String host = u.getHost().toLowerCase(Locale.ROOT);
                host = host.startsWith("www.") ? host.substring(4) : host;
                String path = u.getRawPath() == null ? "" : u.getRawPath();
                String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
                s = host + path + query;
            }
        } catch (URISyntaxException e) {
            // not a well-formed URI: the text as it is, cut at a fragment
            int hashMark = s.indexOf('#');
            s = hashMark >= 0 ? s.substring(0, hashMark) : s;
        }
        s = s.toLowerCase(Locale.ROOT);
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
