package newsgraph.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references that scraped article text keeps ("&#163;1.8m", "&amp;"). */
final class HtmlEntities {
    private HtmlEntities() {
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("pound", "£"), Map.entry("euro", "€"),
            Map.entry("yen", "¥"), Map.entry("cent", "¢"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("deg", "°"),
            Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"));

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // an unknown name or an impossible code point is left as it was written
    private static String replacement(Matcher m) {
        if (m.group(3) != null) {
            return NAMED.getOrDefault(m.group(3).toLowerCase(java.util.Locale.ROOT), m.group());
        }
        int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
    }
}
