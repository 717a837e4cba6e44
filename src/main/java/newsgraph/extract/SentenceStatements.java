package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * The statements of one sentence: each speech verb (by lemma) with its content, after it ("X said
 * (that) CONTENT", "told reporters CONTENT") or before it ("CONTENT, X said", '"...," X said'), and
 * "according to X".
 */
final class SentenceStatements extends StatementSentence {
    private final DateResolver dates;
    private final StatementSpeakers speakers;
    private final StatementBounds bounds;

    SentenceStatements(Lexicon lexicon, DateResolver dates, Article article, AnnotatedDocument doc, Sentence s,
                       List<Mention> ms, List<QuoteFinder.Quote> quotes, Coreference coref, RecentSpeaker recent) {
        super(lexicon, article, doc, s, ms, quotes, coref);
        this.dates = dates;
        this.speakers = new StatementSpeakers(lexicon, article, doc, s, ms, quotes, coref, recent);
        this.bounds = new StatementBounds(lexicon, article, doc, s, ms, quotes, coref);
    }

    List<StatementExtractor.Draft> statements() {
        List<StatementExtractor.Draft> out = new ArrayList<>();
        StatementExtractor.Draft according = accordingTo();
        if (according != null) {
            out.add(according);
            return out;
        }
        StatementExtractor.Draft inner = null;
        for (int c = 0; c < t.size(); c++) {
            if (!isCue(c)) {
                continue;
            }
            boolean channel = (t.get(c).lemma().equals("quote") || t.get(c).lemma().equals("cite")) && !passive(c);
            int[] before = quoteBefore(c);
            if (before != null) {
                keep(out, quotedBefore(c, channel, before), inner);
                break;
            }
            int contentStart = bounds.contentStart(c);
            int trailing = bounds.trailingEnd(c);
            if (trailing >= 0 && inner != null) {
                Mention m = actorIn(firstAfterComma(c), c);
                boolean reportOfSaying = inner.cue.equals("say") || inner.cue.equals("tell");
                if (reportOfSaying || !personSaysItAll(firstAfterComma(c), c)) {
                    // "X said that ..., RIA reported / the ministry said": the trailing speaker relays it
                    if (m != null && inner.via == null) {
                        inner.via = m.key();
                    }
                } else {
                    // "All sides had agreed that ..., he said": the trailing person says all of it
                    out.remove(inner);
                    inner = keep(out, contentBefore(c, channel), null);
                }
            } else if (contentStart >= 0 && !(channel && contentStart == c + 1)) {
                int end = bounds.contentEnd(contentStart);
                inner = keep(out, contentAfter(c, contentStart, end, channel), inner);
                c = Math.max(c, end - 1);
            } else if (trailing >= 0 || channel) {
                inner = keep(out, contentBefore(c, channel), inner);
            }
        }
        return out;
    }

    /** A person or a personal pronoun in the trailing attribution [from, c): "..., he said", "..., Smith said". */
    private boolean personSaysItAll(int from, int c) {
        for (int k = from; k < c; k++) {
            Mention m = mentionAt(k);
            if (m != null && m.kind() == Mention.Kind.PERSON || lexicon.personPronouns.contains(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb ("agree" only with "that") outside quotes. */
    private boolean isCue(int c) {
        Token cue = t.get(c);
        if (!cue.is(Pos.VERB) || !lexicon.speechVerbs.contains(cue.lemma()) || inQuote(cue.begin())) {
            return false;
        }
        if (participle(c) && (c == 0 || c == 1 && t.get(0).isAny(Pos.CCONJ, Pos.SCONJ))) {
            return false; // "Explaining why ..., X said": the opening phrase of the sentence's own cue
        }
        return !cue.lemma().equals("agree") || c + 1 < t.size() && lower(c + 1).equals("that");
    }

    /** Adds a found statement and returns it as the latest; keeps the latest when none was found. */
    private static StatementExtractor.Draft keep(List<StatementExtractor.Draft> out, StatementExtractor.Draft d,
                                                 StatementExtractor.Draft latest) {
        if (d == null) {
            return latest;
        }
        out.add(d);
        return d;
    }

    // '"...," Lavrov told the paper' / '"...," X was quoted as saying'
    private StatementExtractor.Draft quotedBefore(int c, boolean channel, int[] before) {
        StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c) : speakers.subjectAfterQuote(c, before[0], before[1]);
        String via = channel ? speakers.viaOf(c) : passive(c) ? agentAfter(c) : addresseeVia(c, -1);
        int[] r = StatementExtractor.trimRange(text, before[0], before[1]);
        if (r[1] - r[0] <= 3) {
            return null;
        }
        StatementExtractor.Draft d = new StatementExtractor.Draft("direct", text.substring(r[0], r[1]), sp.key(), sp.source(),
                t.get(c).lemma(), via, null, StatementExtractor.ev(article, r[0], r[1], s, 0.8), 0.8);
        d.quoteBegin = before[0];
        return d;
    }

    /** An -ing form: "saying", "adding". */
    private boolean participle(int c) {
        return lower(c).endsWith("ing");
    }

    // "X said (that) CONTENT", "told reporters CONTENT", "..., adding: CONTENT"
    private StatementExtractor.Draft contentAfter(int c, int contentStart, int end, boolean channel) {
        boolean hanging = participle(c) && c > 0 && t.get(c - 1).text().equals(",");
        StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c)
                : hanging ? speakers.participleSubject(c) : speakers.subject(c);
        String via = channel ? speakers.viaOf(c) : addresseeVia(c, contentStart);
        return draft(contentStart, end, sp, t.get(c).lemma(), via);
    }

    // "CONTENT, X said." / "\"...,\" Interfax quoted X saying"
    private StatementExtractor.Draft contentBefore(int c, boolean channel) {
        int end = bounds.endBeforeAttribution(c);
        if (end <= 0) {
            return null;
        }
        StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c) : speakers.inverted(c);
        String via = channel ? speakers.viaOf(c) : addresseeVia(c, -1);
        return draft(0, end, sp, t.get(c).lemma(), via);
    }

    /** "According to X, CONTENT." and "CONTENT, according to X." */
    private StatementExtractor.Draft accordingTo() {
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!(lower(k).equals("according") && lower(k + 1).equals("to")) || inQuote(t.get(k).begin())) {
                continue;
            }
            int end = k + 2;
            while (end < t.size() && !t.get(end).text().equals(",") && !(end == t.size() - 1
                    && t.get(end).is(Pos.PUNCT))) {
                end++;
            }
            StatementSpeakers.Speaker sp = speakers.speakerIn(k + 2, end);
            if (k == 0 || k == 1 && t.get(0).is(Pos.CCONJ)) {
                return end + 1 < t.size() ? draft(end + 1, t.size(), sp, "accord", null) : null;
            }
            if (end >= t.size() - 1 && k > 1 && t.get(k - 1).text().equals(",")) {
                return draft(0, k - 1, sp, "accord", null);
            }
        }
        return null;
    }

    /** "was quoted as saying by Interfax": the agent of a passive cue is the channel. */
    private String agentAfter(int c) {
        for (int k = c + 1; k + 1 < t.size(); k++) {
            if (lower(k).equals("by")) {
                Mention m = mentionAt(k + 1);
                return m != null && m.kind() == Mention.Kind.ORGANIZATION ? m.key() : null;
            }
        }
        return null;
    }

    /** "X was quoted as saying": a passive cue, whose subject speaks. */
    private boolean passive(int c) {
        return c > 0 && t.get(c - 1).is(Pos.AUX) && t.get(c - 1).lemma().equals("be");
    }

    /** The quote that ends just before the attribution of cue {@code c} ('"...," Lavrov told'), or null. */
    private int[] quoteBefore(int c) {
        int from = firstAfterComma(c);
        for (int k = from; k < c; k++) {
            if (t.get(k).is(Pos.VERB)) {
                return null; // auxiliaries may stand there: '"...," X was quoted as saying'
            }
        }
        for (QuoteFinder.Quote q : quotes) {
            int gap = from > 0 ? t.get(from - 1).end() : -1;
            // the quote must close on the attribution: '"...," X said', not '"HEADING" But X said ...'
            String inner = text.substring(q.begin(), q.end()).strip();
            boolean closesOnCue = !inner.isEmpty() && ",?!\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0;
            if (closesOnCue && q.end() <= t.get(c).begin() && gap >= 0 && Math.abs(q.end() - gap) <= 3) {
                return new int[]{q.begin(), q.end()};
            }
        }
        return null;
    }

    /** "told AFP", "told Russia's official gazette, Rossiiskaya Gazeta": an organisation addressee is the channel. */
    private String addresseeVia(int c, int contentStart) {
        if (!t.get(c).lemma().equals("tell")) {
            return null;
        }
        int end = contentStart > 0 ? contentStart : Math.min(t.size(), c + 10);
        for (int k = c + 1; k < end; k++) {
            Mention m = mentionAt(k);
            if (m != null && m.kind() == Mention.Kind.ORGANIZATION) {
                return m.key();
            }
        }
        return null;
    }

    private StatementExtractor.Draft draft(int b, int e, StatementSpeakers.Speaker sp, String cue, String via) {
        if (e <= b) {
            return null;
        }
        int cb = t.get(b).begin();
        int ce = t.get(e - 1).end();
        // a quote inside the content: if it carries the verb, the quote itself is the statement
        for (QuoteFinder.Quote q : quotes) {
            if (q.begin() >= cb - 1 && q.begin() <= cb + 1 && q.end() > ce + 1) {
                // 'said: "A. B."': the quote opens the content and runs on past the sentence
                return quotePart(q, ce, sp, cue, via, dateIn(cb, ce));
            }
            if (q.begin() >= cb - 1 && q.end() <= ce + 1) {
                // the quote is the statement when it is most of the content, or carries its verb and opens it or
                // follows a modal ('would "resolve all questions"'); a phrase quoted inside reported speech ('the law
                // was "impossible to enforce"') stays in the content
                boolean verbInside = false;
                for (int k = b; k < e; k++) {
                    if (q.contains(t.get(k).begin()) && t.get(k).is(Pos.VERB)) {
                        verbInside = true;
                    }
                }
                int words = text.substring(q.begin(), q.end()).trim().split("\\s+").length;
                int all = e - b;
                boolean opens = q.begin() <= cb + 1 || lower(b).equals("that") && q.begin() <= t.get(b).end() + 2;
                if (verbInside && (opens || afterModal(q)) || words * 2 >= all) {
                    return quotePart(q, q.end(), sp, cue, via, dateIn(cb, ce));
                }
            }
        }
        int[] r = StatementExtractor.trimRange(text, cb, ce);
        if (r[1] - r[0] < 8) {
            return null;
        }
        return new StatementExtractor.Draft("indirect", text.substring(r[0], r[1]), sp.key(), sp.source(), cue, via, dateIn(cb, ce),
                StatementExtractor.ev(article, r[0], r[1], s, 0.7), 0.7);
    }

    /** Whether a modal ("would", "could"; an auxiliary other than be/have/do) stands just before quote {@code q}. */
    private boolean afterModal(QuoteFinder.Quote q) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).begin() == q.begin() - 1 && isQuoteMark(k)) {
                Token m = t.get(k - 1);
                return m.is(Pos.AUX) && !m.lemma().equals("be") && !m.lemma().equals("have") && !m.lemma().equals("do");
            }
        }
        return false;
    }

    /** The quote {@code q} up to {@code end} (its end, or its sentence's) as a direct statement. */
    private StatementExtractor.Draft quotePart(QuoteFinder.Quote q, int end, StatementSpeakers.Speaker sp, String cue,
                                               String via, DateValue date) {
        int[] r = StatementExtractor.trimRange(text, q.begin(), end);
        StatementExtractor.Draft d = new StatementExtractor.Draft("direct", text.substring(r[0], r[1]), sp.key(), sp.source(),
                cue, via, date, StatementExtractor.ev(article, r[0], r[1], s, 0.8), 0.8);
        d.quoteBegin = q.begin();
        return d;
    }

    /**
     * When it was said: a time expression of the sentence outside the content ("said on Monday",
     * "told AFP yesterday"), resolved as past against the publication date; null means the article's date.
     */
    private DateValue dateIn(int contentBegin, int contentEnd) {
        String sentence = text.substring(s.begin(), s.end());
        for (TemporalMention m : dates.find(sentence, s.begin(), article.meta().published(), Tense.PAST)) {
            boolean outside = m.end() <= contentBegin || m.begin() >= contentEnd;
            if (outside && m.value() != null) {
                return m.value();
            }
        }
        return null;
    }
}
