package newsgraph.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an HTML page saved as text from an article: cleaning would keep its markup, scripts and
 * navigation as words ("Reuters" of a site menu became a meeting participant). Kept apart from
 * {@link ArticleReader} so that such a file can be handed to an HTML reader instead of refused.
 */
public final class Markup {
    /** Tags of HTML pages, whole (name then attributes, or a closing tag), and comments. */
    private static final Pattern TAG = Pattern.compile("</?(?:html|head|body|div|span|p|a|br|hr|img|script|style"
            + "|meta|link|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|title|nav|header|footer|section|article|aside"
            + "|main|form|input|button|iframe|noscript|figure|figcaption|em|strong|b|i|u|picture|source|svg|path)"
            + "(?:\\s[^<>]{0,2000})?/?>|<!--.{0,2000}?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Fewer tags than this is an article that quotes some markup. */
    static final int MIN_TAGS = 10;
    /** Markup must cover at least this share of the characters. */
    static final double MIN_SHARE = 0.05;

    private Markup() {
    }

    /** True if {@code text} is an HTML document or is dominated by HTML markup. */
    public static boolean dominates(String text) {
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 64)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return true;
        }
        Matcher m = TAG.matcher(text);
        int tags = 0;
        long covered = 0;
        while (m.find()) {
            tags++;
            covered += m.end() - m.start();
        }
        return tags >= MIN_TAGS && covered >= MIN_SHARE * text.length();
    }
}
