package newsgraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to the web page or the wire format rather than to the article:
 * paywalls, prices, prompts, navigation, captions and sign-offs. Every test looks at one trimmed,
 * whitespace-normalised line and only at its shape, never at a particular outlet's wording.
 */
final class PageFurniture {
    private PageFurniture() {
    }

    /** Furniture lines are short; a long line is always kept as article text. */
    private static final int MAX_WORDS = 30;

    private static final Pattern PAYWALL = Pattern.compile(
            "(?i)(?:\\breached your (?:\\S+ ){0,3}(?:limit|maximum)\\b"
                    + "|\\bfree (?:articles?|stories|reads)\\b"
                    + "|^subscribe (?:now|today|to (?:read|continue|unlock|access|get|keep))\\b"
                    + "|\\balready (?:a )?(?:subscribed|subscriber)\\b|\\balready have an account\\b"
                    + "|^(?:please )?(?:subscribe|log ?in|sign in|register|sign up)\\b.{0,60}\\bto continue reading\\b"
                    + "|^to continue reading\\b"
                    + "|^(?:log|sign) in to (?:read|continue)\\b"
                    + "|\\b(?:for|to) (?:paid )?subscribers only\\b"
                    + "|^this (?:article|story|content) is (?:for|available to|exclusive to) (?:paid )?subscribers\\b)");

    // a currency symbol (or code) and an amount, optionally per month/year: "₹300/Month", "$9.99"
    private static final Pattern PRICE = Pattern.compile(
            "(?i)^(?:\\p{Sc}|rs\\.?|inr|usd|eur|gbp|us\\$)\\s?\\d[\\d,.]*(?:\\s?(?:/|per|a)\\s?(?:month|mo|year|yr|week|day))?\\*?$"
                    + "|^\\d[\\d,.]*\\s?\\p{Sc}(?:\\s?/\\s?\\p{L}+)?$");
    // the term of a subscription plan: "3 Months", "1 Year", "/Month"; only furniture next to a price
    private static final Pattern PLAN_TERM = Pattern.compile(
            "(?i)^(?:\\d+\\s+(?:months?|years?|weeks?|days?)|(?:/|per|a)\\s?(?:month|year|week))$");

    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^(?:read more|read also|also read|see also|read next|more from|most read|most popular|recommended"
                    + "|related(?: stories| articles| news| coverage)?|continue reading|read the full (?:story|article)"
                    + "|read full (?:story|article)|click here(?: to read)?|trending(?: now)?|top stories)"
                    + "(?:\\s*$|\\s*[:|»›>\\-–—].*)");
    private static final Pattern ADVERT = Pattern.compile(
            "(?i)^(?:advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|paid content"
                    + "|story continues (?:below|after)(?: (?:this )?advertisement)?"
                    + "|scroll (?:down )?to continue(?: reading)?|advertisement\\W+scroll (?:down )?to continue(?: reading)?)"
                    + "\\W*$");
    private static final Set<String> SOCIAL = Set.of("share", "tweet", "email", "e-mail", "print", "whatsapp",
            "facebook", "twitter", "x", "linkedin", "reddit", "telegram", "pinterest", "copy", "link", "comments",
            "comment", "save", "messenger", "this", "article", "story", "on", "via", "mail", "sms");
    private static final Pattern FOLLOW = Pattern.compile(
            "(?i)^(?:follow|like|join|find) (?:us|\\S+(?: \\S+){0,4}) on (?:twitter|x|facebook|instagram|telegram"
                    + "|whatsapp|youtube|linkedin|threads|tiktok|google news|social media)\\b.*");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?i)^(?:sign up|subscribe|register)\\b.*\\b(?:newsletters?|email|alerts?|updates|inbox)\\b.*"
                    + "|.*\\bnewsletters?\\b.*\\b(?:sign up|subscribe|inbox|delivered|receive)\\b.*"
                    + "|^(?:download|get|install) (?:the|our) (?:\\S+ )?app\\b.*");
    // "Track Latest News Live on example.com and get news updates ...": a promotion of the site itself
    private static final Pattern PROMO = Pattern.compile(
            "(?i)^(?=.*\\b[\\w-]+\\.(?:com|net|org|in|co\\.uk|tv|news|info)\\b)"
                    + "(?=.*\\b(?:latest news|breaking news|live news|news updates|live updates|news alerts)\\b).*");
    private static final Pattern SUPPORT = Pattern.compile(
            "^(?:Please )?[Ss]upport (?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*|of|the|and|&)){0,5})\\s*!$");
    private static final Pattern SUPPORT_US = Pattern.compile(
            "(?i)^(?:please )?support (?:us|our (?:work|journalism|reporting)|(?:independent|quality|free) (?:journalism|press|media))\\b.{0,60}$");
    private static final Pattern NOT_AN_OUTLET = Pattern.compile("(?i).*\\b(?:journalism|us|our|press freedom)\\b.*");
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s+[|»›>]\\s+|\\s*\\|\\s*");
    // a bare parenthesised credit closing a caption or teaser: "... on Wednesday. (Reuters)", "(Photo: AP)"
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)\\s*\\((?:photo|image|picture|pic|file photo|video|graphic)\\b[^()]{0,60}\\)$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?<=[\\p{Ll}\\p{N}]{2}[.!?]|[.!?][\"”’')])\\s*\\((?<agency>\\p{Lu}[\\p{L}&.\\-]*(?:[ /][\\p{Lu}][\\p{L}&.\\-]*){0,2})\\)$");
    // the Reuters-21578 corpus ends each story with "Reuter" (sometimes "REUTER...")
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^reuters?(?:\\.{2,3})?$");
    private static final Pattern INLINE_SIGN_OFF = Pattern.compile("(?i)(?<=[.!?\"”])\\s+reuters?(?:\\.{2,3})?$");
    // wire continuation markers on the last line of a story part
    private static final Pattern MORE = Pattern.compile("(?i)^(?:more|more to follow|more follows|ends?)$");

    /** A line that starts a paywall or subscription block: everything from here on is not article text. */
    static boolean startsPaywall(String line) {
        return isShort(line) && mayBePaywall(line.toLowerCase(Locale.ROOT)) && PAYWALL.matcher(line).find();
    }

    /*
     * Cheap tests that every match of the patterns they guard passes (each needs one of these
     * words): most lines are article text, and the unanchored patterns scan them position by position.
     */
    private static final String[] PAYWALL_WORDS = {"reached your", "free ", "subscri", "already", "continue reading",
            "in to "};

    private static boolean mayBePaywall(String lower) {
        return containsAny(lower, PAYWALL_WORDS);
    }

    private static boolean mayBeNewsletter(String lower) {
        return lower.contains("newsletter") || startsWithAny(lower, "sign up", "subscribe", "register", "download",
                "get ", "install");
    }

    private static boolean mayBePromo(String lower) {
        return lower.contains("news") || lower.contains("live updates");
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPrice(String line) {
        return PRICE.matcher(line).matches();
    }

    static boolean isPlanTerm(String line) {
        return PLAN_TERM.matcher(line).matches();
    }

    /** Wire sign-off such as the Reuters corpus' "Reuter" line. */
    static boolean isSignOff(String line) {
        return SIGN_OFF.matcher(line).matches();
    }

    /** The last line of a story may end with its sign-off after the final full stop. */
    static String stripInlineSignOff(String line) {
        return INLINE_SIGN_OFF.matcher(line).replaceFirst("");
    }

    static boolean hasInlineSignOff(String line) {
        return INLINE_SIGN_OFF.matcher(line).find();
    }

    static boolean isContinuationMarker(String line) {
        return MORE.matcher(line).matches();
    }

    /** Single-line furniture that is dropped wherever it occurs. */
    static boolean isFurniture(String line) {
        int words = words(line);
        if (words > MAX_WORDS) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return isPrice(line)
                || READ_MORE.matcher(line).matches()
                || (ADVERT.matcher(line).matches() && !line.endsWith("."))
                || isSocialRow(line)
                || FOLLOW.matcher(line).matches()
                || (words <= 20 && mayBeNewsletter(lower) && NEWSLETTER.matcher(line).matches())
                || (mayBePromo(lower) && PROMO.matcher(line).matches())
                || SUPPORT.matcher(line).matches()
                || SUPPORT_US.matcher(line).matches()
                || isNavigationRow(line);
    }

    /** "Support X!" names the outlet asking for money. */
    static Optional<String> supportedOutlet(String line) {
        Matcher m = SUPPORT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String outlet = m.group("outlet").strip();
        return NOT_AN_OUTLET.matcher(outlet).matches() ? Optional.empty() : Optional.of(outlet);
    }

    /** The agency named by a bare credit closing the line, "(Reuters)" gives "Reuters". */
    static Optional<String> creditedAgency(String line) {
        Matcher m = AGENCY_CREDIT.matcher(line);
        return m.find() ? Optional.of(m.group("agency")) : Optional.empty();
    }

    /** A caption or teaser: a short line whose last thing is a bare agency or photo credit. */
    static boolean isCreditedCaption(String line) {
        return words(line) <= MAX_WORDS
                && (AGENCY_CREDIT.matcher(line).find() || PHOTO_CREDIT.matcher(line).find());
    }

    /** A long paragraph that merely ends with a credit keeps its text; only the credit goes. */
    static String stripTrailingCredit(String line) {
        String s = AGENCY_CREDIT.matcher(line).replaceFirst("");
        return PHOTO_CREDIT.matcher(s).replaceFirst("").strip();
    }

    static boolean endsWithCredit(String line) {
        return AGENCY_CREDIT.matcher(line).find() || PHOTO_CREDIT.matcher(line).find();
    }

    // "Share Tweet Email" or "Share this article": every word is a sharing verb or network
    private static boolean isSocialRow(String line) {
        if (!Character.isUpperCase(line.codePointAt(0)) || line.endsWith(".")) {
            return false; // "share." is the end of a wrapped sentence, not a button
        }
        String[] ws = line.toLowerCase().replaceAll("[^\\p{L}\\s-]", " ").trim().split("\\s+");
        if (ws.length == 0 || ws[0].isEmpty() || ws.length > 8) {
            return false;
        }
        boolean hasVerbOrNetwork = false;
        for (String w : ws) {
            if (!SOCIAL.contains(w)) {
                return false;
            }
            hasVerbOrNetwork |= !Set.of("this", "article", "story", "on", "via", "link").contains(w);
        }
        return hasVerbOrNetwork;
    }

    // "Home | World | Europe" or "News » Politics » Asia": several short items and no sentence
    private static boolean isNavigationRow(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('\u00bb') < 0 && line.indexOf('\u203a') < 0 && line.indexOf('>') < 0) {
            return false; // no separator
        }
        String[] items = NAV_SEPARATOR.split(line);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (words(t) > 4 || t.matches(".*[.!?]$")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShort(String line) {
        return words(line) <= MAX_WORDS;
    }

    /** Words separated by white space ({@code \\s}), as {@code s.strip().split("\\s+").length} counts them. */
    static int words(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int n = 1;
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = isRegexSpace(t.charAt(i));
            if (space && !inSpace) {
                n++;
            }
            inSpace = space;
        }
        return n;
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
