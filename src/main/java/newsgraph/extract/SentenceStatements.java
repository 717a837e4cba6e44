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

    SentenceStatements(Lexicon lexicon, DateResolver dates, Article article, AnnotatedDocument doc, Sentence s,
                       List<Mention> ms, List<QuoteFinder.Quote> quotes, Coreference coref) {
        super(lexicon, article, doc, s, ms, quotes, coref);
        this.dates = dates;
        this.speakers = new StatementSpeakers(lexicon, article, doc, s, ms, quotes, coref);
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
            Token cue = t.get(c);
            if (!cue.is(Pos.VERB) || !lexicon.speechVerbs.contains(cue.lemma()) || inQuote(cue.begin())) {
                continue;
            }
            if (cue.lemma().equals("agree") && !(c + 1 < t.size() && lower(c + 1).equals("that"))) {
                continue;
            }
            boolean channel = (cue.lemma().equals("quote") || cue.lemma().equals("cite")) && !passive(c);
            int[] before = quoteBefore(c);
            if (before != null) {
                // '"...," Lavrov told the paper' / '"...," X was quoted as saying'
                StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c) : speakers.subjectAfterQuote(c, before[0]);
                String via = channel ? speakers.viaOf(c) : passive(c) ? agentAfter(c) : addresseeVia(c, -1);
                int[] r = StatementExtractor.trimRange(text, before[0], before[1]);
                if (r[1] - r[0] > 3) {
                    StatementExtractor.Draft d = new StatementExtractor.Draft("direct", text.substring(r[0], r[1]), sp.key(), sp.source(), cue.lemma(), via,
                            null, StatementExtractor.ev(article, r[0], r[1], s, 0.8), 0.8);
                    out.add(d);
                    inner = d;
                }
                break;
            }
            int contentStart = contentStart(c);
            int trailing = trailingEnd(c);
            if (trailing >= 0 && inner != null) {
                // "X said that ..., the ministry said / RIA reported": the trailing speaker is the channel
                Mention m = actorIn(firstAfterComma(c), c);
                if (m != null && inner.via == null) {
                    inner.via = m.key();
                }
                continue;
            }
            if (contentStart >= 0 && !(channel && contentStart == c + 1)) {
                int end = contentEnd(contentStart);
                StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c) : speakers.subject(c);
                String via = channel ? speakers.viaOf(c) : addresseeVia(c, contentStart);
                StatementExtractor.Draft d = draft(contentStart, end, sp, cue.lemma(), via);
                if (d != null) {
                    out.add(d);
                    inner = d;
                }
                c = Math.max(c, end - 1);
            } else if (trailing >= 0 || channel) {
                // "CONTENT, X said." / "\"...,\" Interfax quoted X saying"
                int end = endBeforeAttribution(c);
                int begin = 0;
                if (end <= begin) {
                    continue;
                }
                StatementSpeakers.Speaker sp = channel ? speakers.objectSpeaker(c) : speakers.inverted(c);
                String via = channel ? speakers.viaOf(c) : addresseeVia(c, -1);
                StatementExtractor.Draft d = draft(begin, end, sp, cue.lemma(), via);
                if (d != null) {
                    out.add(d);
                    inner = d;
                }
            }
        }
        return out;
    }

    /** First content token after the cue, or -1 when nothing clause-like follows it. */
    private int contentStart(int c) {
        int j = c + 1;
        String lemma = t.get(c).lemma();
        if (lemma.equals("voice") || lemma.equals("express")) {
            while (j < t.size() && t.get(j).is(Pos.NOUN) || j < t.size() && t.get(j).is(Pos.ADJ)) {
                j++;
            }
        }
        // "as saying (on Friday) (that)"
        if (j + 1 < t.size() && lower(j).equals("as") && t.get(j + 1).lemma().equals("say")) {
            j += 2;
        } else if (j < t.size() && t.get(j).lemma().equals("say") && t.get(j).text().endsWith("ing")) {
            j++;
        }
        // an addressee or object: "told reporters", "told AFP", "quoted X saying", "cited X as saying"
        if (lemma.equals("tell") || lemma.equals("quote") || lemma.equals("cite") || lemma.equals("assure")) {
            int k = j;
            while (k < t.size() && k < j + 12 && !lower(k).equals("that") && !t.get(k).text().equals(",")
                    && !(lower(k).equals("as") || t.get(k).lemma().equals("say")) && !isQuoteMark(k)) {
                k++;
            }
            if (k < t.size() && (lower(k).equals("as") || t.get(k).lemma().equals("say"))) {
                k = lower(k).equals("as") ? k + 2 : k + 1;
            } else if (lemma.equals("tell") && (k >= t.size() || k == j + 12 || t.get(k).text().equals(","))) {
                k = afterAddressee(j); // "told Reuters the government would ...": no "that"
            }
            j = k;
        }
        // a time or place phrase before "that": "said on Monday that", "disclosed in Vilnius that"
        int k = j;
        while (k < t.size() && k < j + 7 && !lower(k).equals("that") && !t.get(k).isVerb()
                && !t.get(k).text().equals(",") && !isQuoteMark(k)) {
            k++;
        }
        if (k < t.size() && lower(k).equals("that")) {
            return k + 1 < t.size() ? k + 1 : -1;
        }
        if (lexicon.thatClauseSpeechVerbs.contains(lemma)) {
            return -1;
        }
        j = skipCircumstance(j);
        if (j < t.size() && (t.get(j).text().equals(":") || t.get(j).text().equals(","))) {
            j++;
        }
        // a clause must follow: some verb before the sentence ends, or a quote
        int verbs = 0;
        for (int v = j; v < t.size(); v++) {
            if (t.get(v).isVerb()) {
                verbs++;
            }
        }
        if (t.size() - j < 3 || (verbs == 0 && !(j < t.size() && isQuoteMark(j)))) {
            return -1;
        }
        // "said was their first ..." is a relative construction, not speech content
        if (t.get(j).isVerb() && !t.get(j).is(Pos.AUX) || (j < t.size() && t.get(j).is(Pos.AUX)
                && lower(j).equals("was"))) {
            return -1;
        }
        return j;
    }

    /**
     * Skips what may stand between a cue and its content: adverbs ("also", "later"), bare time
     * words ("Monday", "yesterday") and prepositional phrases of time or occasion ("on Monday",
     * "in the past", "at a news conference"). A determiner alone starts the content: "said the ...".
     */
    private int skipCircumstance(int j) {
        while (j < t.size()) {
            String w = lower(j);
            if (lexicon.speechAdverbs.contains(w) || lexicon.days.contains(w)) {
                j++;
                continue;
            }
            if (lexicon.circumstanceOpeners.contains(w)) {
                int k = j + 1;
                while (k < t.size() && (t.get(k).isAny(Pos.DET, Pos.ADJ)
                        || t.get(k).is(Pos.NUM))) {
                    k++;
                }
                if (k < t.size() && (lexicon.days.contains(lower(k)) || lexicon.speechOccasions.contains(lower(k)))) {
                    j = k + 1;
                    while (j < t.size() && lexicon.speechOccasions.contains(lower(j))) {
                        j++; // "a news conference"
                    }
                    continue;
                }
            }
            return j;
        }
        return j;
    }

    /** Where content that starts at {@code b} ends: before ", which", ", but ... said", or a trailing attribution. */
    private int contentEnd(int b) {
        int end = t.size();
        for (int k = b + 1; k < t.size(); k++) {
            if (!t.get(k).text().equals(",") || inQuote(t.get(k).begin())) {
                continue;
            }
            if (k + 1 < t.size() && (lower(k + 1).equals("which") || lower(k + 1).equals("who"))) {
                return k;
            }
            if (k + 1 < t.size() && (lower(k + 1).equals("but") || lower(k + 1).equals("and"))) {
                for (int v = k + 2; v < t.size() && v < k + 6; v++) {
                    if (t.get(v).is(Pos.VERB) && lexicon.speechVerbs.contains(t.get(v).lemma())) {
                        return k;
                    }
                }
            }
            if (isTrailingAttribution(k)) {
                return k;
            }
        }
        return end;
    }

    /** ", the ministry said." / ", RIA Novosti reported." starting at comma {@code k}. */
    private boolean isTrailingAttribution(int k) {
        for (int v = k + 1; v < t.size() && v < k + 9; v++) {
            if (t.get(v).is(Pos.VERB) && lexicon.speechVerbs.contains(t.get(v).lemma())) {
                return trailingEnd(v) >= 0 && !inQuote(t.get(v).begin());
            }
            if (t.get(v).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** If cue {@code c} closes its sentence as "..., NP said (to X) (on Monday)." return c, else -1. */
    private int trailingEnd(int c) {
        int k = c + 1;
        while (k < t.size() && (lexicon.speechSettingWords.contains(lower(k)) || t.get(k).isProperNoun() || t.get(k).is(Pos.NOUN)
                || t.get(k).isAny(Pos.PRON, Pos.DET, Pos.ADJ)
                || t.get(k).is(Pos.ADP) || t.get(k).text().equals("'s") || t.get(k).is(Pos.NUM))) {
            k++;
        }
        if (k < t.size() && (t.get(k).text().equals(",")) && k + 1 < t.size() && t.get(k + 1).is(Pos.VERB)) {
            k = t.size(); // ", referring to ..." participle tail
        } else if (k < t.size() && t.get(k).text().equals(",") && k > c + 1) {
            // an apposition after the speaker: ", said X, Poland's foreign minister."
            int a = k + 1;
            while (a < t.size() && !t.get(a).isVerb() && !t.get(a).text().equals(",")
                    && !(t.get(a).is(Pos.PUNCT) && a == t.size() - 1)) {
                a++;
            }
            if (a >= t.size() - 1) {
                k = a;
            }
        }
        boolean atEnd = k >= t.size() - 1 || t.get(k).is(Pos.PUNCT) && k >= t.size() - 2;
        if (!atEnd) {
            return -1;
        }
        // something must stand before: a comma or a closing quote
        for (int p = c - 1; p >= 0 && p >= c - 10; p--) {
            if (t.get(p).text().equals(",") || isQuoteMark(p)) {
                return c;
            }
        }
        return -1;
    }

    /** Content of "CONTENT, X said": up to the comma/quote before the attribution. */
    private int endBeforeAttribution(int c) {
        int p = firstAfterComma(c) - 1;
        while (p > 0 && (t.get(p).text().equals(",") || isQuoteMark(p))) {
            p--;
        }
        return p + 1;
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

    /** The token after the addressee of "tell": a name ("AFP"), or a short noun phrase ("reporters", "a news conference"). */
    private int afterAddressee(int j) {
        Mention m = mentionAt(j);
        if (m != null && m.tokenBegin() == j) {
            return m.tokenEnd();
        }
        int k = j;
        while (k < t.size() && (t.get(k).isAny(Pos.DET, Pos.ADJ))) {
            k++;
        }
        while (k < t.size() && (t.get(k).isAny(Pos.NOUN, Pos.PRON))
                && k < j + 4) {
            k++;
        }
        return k;
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
            if (q.begin() >= cb - 1 && q.end() <= ce + 1) {
                boolean verbInside = false;
                for (int k = b; k < e; k++) {
                    if (q.contains(t.get(k).begin()) && t.get(k).is(Pos.VERB)) {
                        verbInside = true;
                    }
                }
                int words = text.substring(q.begin(), q.end()).trim().split("\\s+").length;
                int all = e - b;
                if (verbInside || words * 2 >= all) {
                    int[] r = StatementExtractor.trimRange(text, q.begin(), q.end());
                    return new StatementExtractor.Draft("direct", text.substring(r[0], r[1]), sp.key(), sp.source(), cue, via,
                            dateIn(cb, ce), StatementExtractor.ev(article, r[0], r[1], s, 0.8), 0.8);
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
