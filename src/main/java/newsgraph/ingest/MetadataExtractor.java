package newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article says about itself (date line, headline, byline, dateline, reporting credits,
 * outlet) and takes those lines out of the body. It reads the cleaner's paragraphs, and the furniture
 * the cleaner dropped, since a donation appeal or a caption credit still names the outlet.
 */
public final class MetadataExtractor {
    // Reuters-21578 style first line: " date 1987-02-26 HEADLINE" or " date 2013-11-15 body text"
    private static final Pattern DATE_LINE = Pattern.compile("^date (?<date>\\d{4}-\\d{2}-\\d{2})(?:\\s+(?<rest>.*))?$");
    // a full stop (not an ellipsis, which headlines use) or a clause mark ends a sentence, not a headline
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*(?:(?<!\\.)\\.[\"”’']?|[:;,])$");
    private static final int MAX_TITLE_WORDS = 15;
    /** Share of upper-case letters above which a line reads as an ALL-CAPS wire headline. */
    private static final double CAPS_SHARE = 0.6;

    private final TextCleaner cleaner;

    public MetadataExtractor() {
        this(new TextCleaner());
    }

    public MetadataExtractor(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** Cleans {@code raw} and extracts its metadata. */
    public Extraction extract(String raw) {
        return extract(cleaner.cleanToParagraphs(raw));
    }

    public Extraction extract(CleanedText cleaned) {
        List<String> body = new ArrayList<>(cleaned.paragraphs());
        String title = null;
        LocalDate published = null;
        String place = null;
        Set<String> authors = new LinkedHashSet<>();
        OutletClues outlet = new OutletClues();

        boolean hasDateLine = false;
        if (!body.isEmpty()) {
            Matcher m = DATE_LINE.matcher(body.get(0));
            if (m.matches()) {
                hasDateLine = true;
                published = parseDate(m.group("date"));
                String rest = m.group("rest") == null ? "" : m.group("rest").strip();
                if (rest.isEmpty()) {
                    body.remove(0);
                } else if (isCapsHeadline(rest)) {
                    title = rest;
                    body.remove(0);
                } else {
                    body.set(0, rest);
                }
            }
        }

        if (!hasDateLine && cleaned.leadSetOff() && body.size() >= 2 && looksLikeTitle(body.get(0))) {
            title = body.remove(0);
        }

        while (!body.isEmpty()) {
            Optional<Credits.Byline> byline = Credits.byline(body.get(0));
            if (byline.isEmpty()) {
                break;
            }
            authors.addAll(byline.get().authors());
            outlet.byline = first(outlet.byline, byline.get().outlet());
            replaceOrRemove(body, 0, byline.get().rest());
            if (!byline.get().rest().isEmpty()) {
                break;
            }
        }

        if (!body.isEmpty()) {
            Optional<Dateline> dateline = Dateline.parse(body.get(0));
            if (dateline.isPresent()) {
                place = dateline.get().place();
                outlet.dateline = dateline.get().agency();
                // the dateline's day wins over a record date near it; month and day alone need a year from somewhere
                published = dateline.get().dayNear(published);
                replaceOrRemove(body, 0, dateline.get().rest());
            }
        }

        for (int i = 0; i < body.size(); i++) {
            Optional<Credits.Found> credits = Credits.credits(body.get(i));
            if (credits.isPresent()) {
                authors.addAll(credits.get().names());
                if (replaceOrRemove(body, i, credits.get().remaining())) {
                    i--;
                }
            }
        }

        for (String line : cleaned.droppedLines()) {
            outlet.appeal = first(outlet.appeal, PageFurniture.supportedOutlet(line).orElse(null));
            outlet.credit = first(outlet.credit, PageFurniture.creditedAgency(line).orElse(null));
            if (PageFurniture.isSignOff(line)) {
                // the Reuters-21578 corpus signs every story off with "Reuter"
                outlet.signOff = first(outlet.signOff, "Reuters");
            }
        }

        ArticleMeta meta = new ArticleMeta(title, published, place, outlet.best(), List.copyOf(authors));
        return new Extraction(meta, body);
    }

    /** Where the outlet can be read from, most reliable first. */
    private static final class OutletClues {
        String dateline;
        String byline;
        String appeal;
        String credit;
        String signOff;

        String best() {
            return first(first(first(first(dateline, byline), appeal), credit), signOff);
        }
    }

    static boolean isCapsHeadline(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper >= letters * CAPS_SHARE;
    }

    /** A short first line with no closing full stop, set off by a blank line, is the headline. */
    static boolean looksLikeTitle(String paragraph) {
        if (PageFurniture.words(paragraph) > MAX_TITLE_WORDS || ENDS_LIKE_SENTENCE.matcher(paragraph).matches()) {
            return false;
        }
        int first = paragraph.codePointAt(0);
        String firstWord = paragraph.split(" ", 2)[0];
        // "iTunes ..." opens with a brand name, which counts as capitalised
        boolean opensLikeHeadline = firstWord.chars().anyMatch(Character::isUpperCase) || Character.isDigit(first)
                || Character.getType(first) == Character.CURRENCY_SYMBOL || "\"“‘'".indexOf(first) >= 0;
        return opensLikeHeadline && Credits.byline(paragraph).isEmpty() && Dateline.parse(paragraph).isEmpty();
    }

    private static LocalDate parseDate(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Puts {@code rest} in place of paragraph {@code i}, or removes it when nothing is left; true if removed. */
    private static boolean replaceOrRemove(List<String> body, int i, String rest) {
        if (rest == null || rest.isBlank()) {
            body.remove(i);
            return true;
        }
        body.set(i, rest.strip());
        return false;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
