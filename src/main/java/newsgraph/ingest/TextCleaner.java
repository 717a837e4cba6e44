package newsgraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw article text into clean paragraphs: normalises characters and spaces, joins hard-wrapped
 * lines, drops page furniture (paywalls, prices, prompts, navigation, captions, sign-offs) and keeps
 * a paragraph that a page printed twice only once. Metadata lines are left for {@link MetadataExtractor}.
 */
public final class TextCleaner {
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("(?<=\\p{L})\u2019(?=\\p{L})");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /** A line with this many words before a paywall means the paywall ends the article, not a page header. */
    private static final int BODY_LINE_WORDS = 8;

    /**
     * Character-level normalisation that keeps the line structure: HTML character references decoded,
     * NFC, odd spaces to a plain space, zero-width and control characters removed, runs of spaces
     * collapsed, U+2019 between letters to an ASCII apostrophe. Leading spaces survive because they mark
     * paragraphs in hard-wrapped text.
     */
    public String normalize(String raw) {
        String s = HtmlEntities.decode(raw).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace("\u2029", "\n\n").replace('\u0085', '\n');
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isOddSpace(cp)) {
                sb.append(' ');
            } else if (cp == '\n' || !(isZeroWidth(cp) || Character.getType(cp) == Character.CONTROL)) {
                sb.appendCodePoint(cp);
            }
        });
        // NFC after the removals, so a base letter and its combining mark separated by a zero-width char compose
        s = Normalizer.normalize(sb, Normalizer.Form.NFC);
        s = CURLY_APOSTROPHE.matcher(s).replaceAll("'");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String body = SPACE_RUN.matcher(line.strip()).replaceAll(" ");
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (!body.isEmpty()) {
                out.append(" ".repeat(indent)).append(body);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Cleans and returns the paragraphs together with what was dropped. */
    public CleanedText cleanToParagraphs(String raw) {
        List<String> dropped = new ArrayList<>();
        List<String> lines = new ArrayList<>(Arrays.asList(normalize(raw).split("\n", -1)));
        dropSignOff(lines, dropped);
        lines = dropFurniture(lines, dropped);
        // the layout is judged on what is left, so that short furniture lines do not sway it
        boolean wrapped = ParagraphSplitter.isHardWrapped(lines);
        if (!wrapped) {
            lines = dropCaptions(lines, dropped);
        }
        ParagraphSplitter.Split split = ParagraphSplitter.split(lines, wrapped);
        List<String> once = new ArrayList<>(new LinkedHashSet<>(split.paragraphs()));
        return new CleanedText(once, dropped, split.leadSetOff());
    }

    /** The cleaned text, paragraphs joined with a blank line. Metadata lines are still in it. */
    public String clean(String raw) {
        return cleanToParagraphs(raw).text();
    }

    private List<String> dropFurniture(List<String> work, List<String> dropped) {
        List<String> kept = new ArrayList<>();
        boolean bodySeen = false;
        for (int i = 0; i < work.size(); i++) {
            String line = work.get(i);
            String text = line.strip();
            if (text.isEmpty()) {
                kept.add(line);
                continue;
            }
            if (PageFurniture.startsPaywall(text)) {
                if (bodySeen) {
                    // a subscription block ends the article: nothing after it is text
                    work.subList(i, work.size()).stream().map(String::strip).filter(t -> !t.isEmpty())
                            .forEach(dropped::add);
                    break;
                }
                dropped.add(text);
                continue;
            }
            if (PageFurniture.isFurniture(text) || isPlanTermNextToPrice(work, i)) {
                dropped.add(text);
                continue;
            }
            bodySeen |= PageFurniture.words(text) >= BODY_LINE_WORDS;
            kept.add(line);
        }
        return kept;
    }

    /**
     * Captions and teasers end with a bare credit such as "(AFP)". Only for text with a line per
     * paragraph: a hard-wrapped line ends anywhere, even at "(IMF)".
     */
    private static List<String> dropCaptions(List<String> lines, List<String> dropped) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || !PageFurniture.endsWithCredit(text)) {
                kept.add(line);
            } else if (PageFurniture.isCreditedCaption(text)) {
                dropped.add(text);
            } else {
                // a long paragraph that merely ends with a credit keeps its text
                dropped.add(text);
                kept.add(PageFurniture.stripTrailingCredit(text));
            }
        }
        return kept;
    }

    /** Wire sign-off and continuation markers at the end of the story ("Reuter", "More"). */
    private static void dropSignOff(List<String> lines, List<String> dropped) {
        for (int last = lastNonBlank(lines); last >= 0; last = lastNonBlank(lines)) {
            String text = lines.get(last).strip();
            if (PageFurniture.isSignOff(text) || PageFurniture.isContinuationMarker(text)) {
                dropped.add(text);
                lines.remove(last);
            } else {
                if (PageFurniture.hasInlineSignOff(text)) {
                    String kept = PageFurniture.stripInlineSignOff(text);
                    dropped.add(text.substring(kept.length()).strip());
                    lines.set(last, lines.get(last).substring(0, lines.get(last).indexOf(text)) + kept);
                }
                return;
            }
        }
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    // "3 Months" or "/Month" is only furniture inside a price list, not in, say, an earnings table
    private static boolean isPlanTermNextToPrice(List<String> lines, int i) {
        if (!PageFurniture.isPlanTerm(lines.get(i).strip())) {
            return false;
        }
        return isPrice(neighbour(lines, i, -1)) || isPrice(neighbour(lines, i, +1));
    }

    private static boolean isPrice(String line) {
        return line != null && PageFurniture.isPrice(line);
    }

    private static String neighbour(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).strip();
            }
        }
        return null;
    }

    private static boolean isOddSpace(int cp) {
        return cp == '\t' || cp == '\u000B' || cp == '\f' || cp == '\u00A0' || cp == '\u1680'
                || (cp >= '\u2000' && cp <= '\u200A') || cp == '\u202F' || cp == '\u205F' || cp == '\u3000';
    }

    private static boolean isZeroWidth(int cp) {
        return cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF'
                || cp == '\u00AD' || cp == '\u180E' || (cp >= '\u2061' && cp <= '\u2064');
    }
}
