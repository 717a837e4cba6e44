package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;

/**
 * Direct quotes and reported speech with their speakers. A speech verb (by lemma) is the cue:
 * "X said (that) CONTENT" takes the content after the cue, "CONTENT, X said" the content before it.
 * The speaker is the subject of the cue (a named actor, a pronoun or description resolved by
 * {@link Coreference}, or an unnamed source kept as a description); "Y quoted/cited X" and
 * "..., Y reported" make Y the channel ({@code via}). A quote with no cue in its sentence continues
 * the speaker of the direct quote just before it.
 */
public final class StatementExtractor {
    static final String NAME = "statements";

    static final java.util.regex.Pattern ATTRIBUTION_ONLY = java.util.regex.Pattern.compile(
            "(?i)(\\S+\\s+){0,2}(said|says|added|adds|told|asked|continued|explained)\\W*");

    private final Lexicon lexicon;
    private final DateResolver dates = new DateResolver();

    public StatementExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<StatementRecord> extract(Article article, AnnotatedDocument doc, List<Mention> mentions,
                                         Coreference coref) {
        String text = doc.text();
        List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
        List<Draft> ordered = new ArrayList<>();
        Draft lastDirect = null;
        int lastDirectParagraph = -2;
        RecentSpeaker recent = new RecentSpeaker();
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            int paragraph = paragraphOf(text, s.begin());
            List<Draft> found = new SentenceStatements(lexicon, dates, article, doc, s, ms, quotes, coref, recent).statements();
            boolean cueless = found.isEmpty();
            if (cueless && lastDirect != null && paragraph - lastDirectParagraph <= 1) {
                // a quote with no cue continues the previous direct quote's speaker; so does the part of
                // a quote begun in an earlier sentence
                for (QuoteFinder.Quote q : quotes) {
                    if (q.begin() < s.end() && q.end() > s.begin() && words(text, q) >= 3) {
                        int[] r = trimRange(text, Math.max(q.begin(), s.begin()), Math.min(q.end(), s.end()));
                        if (r[1] > r[0]) {
                            Draft d = new Draft("direct", text.substring(r[0], r[1]), lastDirect.speaker,
                                    lastDirect.source, lastDirect.cue, lastDirect.via, null, ev(article, r[0], r[1], s, 0.6), 0.6);
                            d.quoteBegin = q.begin();
                            d.continuation = true;
                            found.add(d);
                        }
                    }
                }
            }
            for (Draft d : found) {
                if (d.text.split("\\s+").length < 2 || ATTRIBUTION_ONLY.matcher(d.text).matches()) {
                    continue; // a lone "he said" between two quote marks is attribution, not content
                }
                ordered.add(d);
                if (d.kind.equals("direct")) {
                    lastDirect = d;
                    lastDirectParagraph = paragraph;
                }
                if (d.speaker != null) {
                    recent.said(d.speaker, s.index(), d.source != null && lexicon.spokespersonNouns.contains(
                            d.source.substring(d.source.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
                }
            }
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Draft d : new QuoteChains(doc, article, quotes, lexicon).join(ordered)) {
            String norm = d.text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            Draft prev = drafts.get(norm);
            if (prev == null) {
                drafts.put(norm, d);
            } else {
                prev.evidence.addAll(d.evidence);
            }
        }
        List<StatementRecord> out = new ArrayList<>();
        for (Draft d : drafts.values()) {
            out.add(new StatementRecord(d.kind, d.text, d.speaker, d.speaker == null ? d.source : null, d.cue, d.via,
                    d.date, d.evidence, d.confidence));
        }
        return out;
    }

    private static int paragraphOf(String text, int pos) {
        int n = 0;
        for (int i = text.indexOf("\n\n"); i >= 0 && i < pos; i = text.indexOf("\n\n", i + 2)) {
            n++;
        }
        return n;
    }

    private static int words(String text, QuoteFinder.Quote q) {
        return text.substring(q.begin(), q.end()).trim().split("\\s+").length;
    }

    static Evidence ev(Article a, int begin, int end, Sentence s, double confidence) {
        return new Evidence(a.id(), begin, end, s.begin(), s.end(), NAME, confidence);
    }

    /** The range of a content without spaces, outer punctuation and quote marks. */
    static int[] trimRange(String text, int b, int e) {
        String strip = " \t\n,.;:\"\u201c\u201d\u00ab\u00bb\u2018\u2019-\u2014";
        while (b < e && strip.indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && strip.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        // a quotation inside the content keeps both its marks: 'served "no current purpose"', not '..."no current purpose'
        int b0 = b;
        int e0 = e;
        if (count(text, b0, e0, '"') % 2 == 1) {
            if (e0 < text.length() && text.charAt(e0) == '"' && text.lastIndexOf('"', e0 - 1) >= b0) {
                e = e0 + 1;
            } else if (b0 > 0 && text.charAt(b0 - 1) == '"' && text.indexOf('"', b0) < e0) {
                b = b0 - 1;
            }
        }
        int open = count(text, b0, e0, '\u201c');
        int close = count(text, b0, e0, '\u201d');
        if (open > close && e0 < text.length() && text.charAt(e0) == '\u201d') {
            e = e0 + 1;
        } else if (close > open && b0 > 0 && text.charAt(b0 - 1) == '\u201c') {
            b = b0 - 1;
        }
        return new int[]{b, e};
    }

    private static int count(String text, int b, int e, char c) {
        int n = 0;
        for (int i = b; i < e; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** A statement being built. */
    static final class Draft {
        final String kind;
        final String text;
        final String speaker;
        final String source;
        final String cue;
        String via;
        final DateValue date;
        final List<Evidence> evidence = new ArrayList<>();
        final double confidence;
        /** Where the quote this statement is (or is part of) begins, or -1 for reported speech. */
        int quoteBegin = -1;
        /** A quote with no cue of its own, given the previous quote's speaker. */
        boolean continuation;

        Draft(String kind, String text, String speaker, String source, String cue, String via, DateValue date,
              Evidence evidence, double confidence) {
            this.kind = kind;
            this.text = text;
            this.speaker = speaker;
            this.source = source;
            this.cue = cue;
            this.via = via;
            this.date = date;
            this.evidence.add(evidence);
            this.confidence = confidence;
        }
    }

}
