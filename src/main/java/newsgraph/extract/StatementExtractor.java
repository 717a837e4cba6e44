package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

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
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft lastDirect = null;
        int lastDirectParagraph = -2;
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            int paragraph = paragraphOf(text, s.begin());
            List<Draft> found = new Clause(article, doc, s, ms, quotes, coref).statements();
            boolean cueless = found.isEmpty();
            if (cueless && lastDirect != null && paragraph - lastDirectParagraph <= 1) {
                // a quote with no cue continues the previous direct quote's speaker
                for (QuoteFinder.Quote q : quotes) {
                    if (q.begin() >= s.begin() && q.begin() < s.end() && words(text, q) >= 3) {
                        int[] r = trimRange(text, q.begin(), Math.min(q.end(), s.end()));
                        found.add(new Draft("direct", text.substring(r[0], r[1]), lastDirect.speaker,
                                lastDirect.source, lastDirect.cue, lastDirect.via, null, ev(article, r[0], r[1], s, 0.6), 0.6));
                    }
                }
            }
            for (Draft d : found) {
                if (d.text.split("\\s+").length < 2 || ATTRIBUTION_ONLY.matcher(d.text).matches()) {
                    continue; // a lone "he said" between two quote marks is attribution, not content
                }
                String norm = d.text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                Draft prev = drafts.get(norm);
                if (prev == null) {
                    drafts.put(norm, d);
                } else {
                    prev.evidence.add(d.evidence.get(0));
                }
                if (d.kind.equals("direct")) {
                    lastDirect = d;
                    lastDirectParagraph = paragraph;
                }
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

    /** The statements of one sentence. */
    private final class Clause {
        final Article article;
        final String text;
        final Sentence s;
        final List<Token> t;
        final List<Mention> ms;
        final List<QuoteFinder.Quote> quotes;
        final Coreference coref;

        Clause(Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms, List<QuoteFinder.Quote> quotes,
               Coreference coref) {
            this.article = article;
            this.text = doc.text();
            this.s = s;
            this.t = s.tokens();
            this.ms = ms;
            this.quotes = quotes;
            this.coref = coref;
        }

        List<Draft> statements() {
            List<Draft> out = new ArrayList<>();
            Draft according = accordingTo();
            if (according != null) {
                out.add(according);
                return out;
            }
            Draft inner = null;
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
                    Speaker sp = channel ? objectSpeaker(c) : subjectAfterQuote(c, before[0]);
                    String via = channel ? viaOf(c) : passive(c) ? agentAfter(c) : addresseeVia(c, -1);
                    int[] r = trimRange(text, before[0], before[1]);
                    if (r[1] - r[0] > 3) {
                        Draft d = new Draft("direct", text.substring(r[0], r[1]), sp.key, sp.source, cue.lemma(), via,
                                null, ev(article, r[0], r[1], s, 0.8), 0.8);
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
                    Speaker sp = channel ? objectSpeaker(c) : subject(c);
                    String via = channel ? viaOf(c) : addresseeVia(c, contentStart);
                    Draft d = draft(contentStart, end, sp, cue.lemma(), via);
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
                    Speaker sp = channel ? objectSpeaker(c) : inverted(c);
                    String via = channel ? viaOf(c) : addresseeVia(c, -1);
                    Draft d = draft(begin, end, sp, cue.lemma(), via);
                    if (d != null) {
                        out.add(d);
                        inner = d;
                    }
                }
            }
            return out;
        }

        private boolean inQuote(int pos) {
            for (QuoteFinder.Quote q : quotes) {
                if (q.contains(pos)) {
                    return true;
                }
            }
            return false;
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

        private int firstAfterComma(int c) {
            for (int p = c - 1; p >= 0; p--) {
                if (t.get(p).text().equals(",") || isQuoteMark(p)) {
                    return p + 1;
                }
            }
            return 0;
        }

        /** Content of "CONTENT, X said": up to the comma/quote before the attribution. */
        private int endBeforeAttribution(int c) {
            int p = firstAfterComma(c) - 1;
            while (p > 0 && (t.get(p).text().equals(",") || isQuoteMark(p))) {
                p--;
            }
            return p + 1;
        }

        /** The speaker after a quote; a pronoun there means someone named before the quote, not in it. */
        private Speaker subjectAfterQuote(int c, int quoteBegin) {
            Speaker sp = speakerIn(firstAfterComma(c), c, quoteBegin);
            if (sp.isEmpty() && c + 1 < t.size()) {
                sp = speakerIn(c + 1, Math.min(t.size(), c + 8), quoteBegin);
            }
            return sp;
        }

        private Speaker inverted(int c) {
            int from = firstAfterComma(c);
            Speaker sp = speakerIn(from, c);
            if (sp.isEmpty() && c + 1 < t.size()) {
                sp = speakerIn(c + 1, Math.min(t.size(), c + 8)); // "..., said Lavrov."
            }
            return sp;
        }

        /** The subject of a cue: the first actor of the clause before it, skipping intros, relatives and possessors. */
        private Speaker subject(int c) {
            int from = 0;
            // an introductory phrase ends at the first comma when the sentence opens with a preposition or adverb
            if (!t.isEmpty() && (t.get(0).isAny(Pos.ADP, Pos.ADV)
                    || t.get(0).isAny(Pos.CCONJ, Pos.SCONJ))) {
                for (int k = 0; k < c; k++) {
                    if (t.get(k).text().equals(",")) {
                        from = k + 1;
                        break;
                    }
                }
            }
            // quotes and earlier clauses ("...; X said") end at a semicolon or closing quote
            for (int k = c - 1; k >= from; k--) {
                if (t.get(k).text().equals(";") || (isQuoteMark(k) && !inQuote(t.get(k).begin()))) {
                    from = k + 1;
                    break;
                }
            }
            return speakerIn(from, c);
        }

        private Speaker speakerIn(int from, int to) {
            return speakerIn(from, to, Integer.MAX_VALUE);
        }

        /** @param resolveBefore a pronoun refers to a mention that begins before this offset (and before itself) */
        private Speaker speakerIn(int from, int to, int resolveBefore) {
            boolean inRelative = false;
            for (int k = from; k < to; k++) {
                if (t.get(k).text().equals(",") && k + 1 < to && (lower(k + 1).equals("which") || lower(k + 1).equals("who"))) {
                    inRelative = true;
                }
                if (inRelative) {
                    continue;
                }
                Mention m = mentionAt(k);
                if (m != null && m.tokenBegin() == k) {
                    boolean possessor = m.tokenEnd() < t.size() && t.get(m.tokenEnd()).text().equals("'s");
                    boolean object = insidePrepositionalPhrase(k, from);
                    if (!possessor && !object) {
                        if (m.kind().isActor()) {
                            Mention person = personAfter(m, to);
                            return new Speaker(person != null ? person.key() : m.key(), null);
                        }
                        if (m.kind() == Mention.Kind.COUNTRY && !isDemonym(m) && m.tokenEnd() < t.size()
                                && !lexicon.sourceNouns.contains(lower(m.tokenEnd()))) {
                            return new Speaker(ActorKeys.government(m.iso()), null);
                        }
                    }
                    k = m.tokenEnd() - 1;
                    continue;
                }
                String w = lower(k);
                if (lexicon.personPronouns.contains(w) || lexicon.pluralPronouns.contains(w)) {
                    Mention r = coref.resolve(w, Math.min(t.get(k).begin(), resolveBefore));
                    return r == null ? new Speaker(null, t.get(k).text()) : new Speaker(r.key(), null);
                }
            }
            // a description: "a Russian diplomatic source", "the minister", "Syrian opposition sources"
            int firstVerb = to;
            for (int k = from; k < to; k++) {
                // a name, or a capitalised first word, the tagger took for a verb is no verb
                boolean capitalisedFirst = k == 0 && Character.isUpperCase(t.get(k).text().charAt(0));
                if (t.get(k).is(Pos.VERB) && mentionAt(k) == null && !capitalisedFirst) {
                    firstVerb = k;
                    break;
                }
            }
            for (int k = firstVerb - 1; k >= from; k--) {
                if (t.get(k).is(Pos.NOUN)) {
                    int b = k;
                    while (b > from && !t.get(b - 1).text().equals(",") && !t.get(b - 1).isVerb()
                            && !t.get(b - 1).is(Pos.ADP)) {
                        b--;
                    }
                    // "But opposition parties say": the conjunction (or a lower-case adverb) is not part of the
                    // description; a capitalised word may be a name the tagger took for an adverb
                    while (b < k && (t.get(b).isAny(Pos.CCONJ, Pos.SCONJ)
                            || t.get(b).is(Pos.ADV) && Character.isLowerCase(t.get(b).text().charAt(0)))) {
                        b++;
                    }
                    String desc = text.substring(t.get(b).begin(), t.get(k).end());
                    if (!lexicon.sourceNouns.contains(lower(k))) {
                        Mention r = coref.resolve(lower(k), t.get(k).begin());
                        if (r != null && (lower(b).equals("the") || lower(b).equals("this"))) {
                            return new Speaker(r.key(), null);
                        }
                    }
                    return new Speaker(null, desc);
                }
            }
            return new Speaker(null, null);
        }

        /**
         * A name inside a prepositional phrase of the subject ("a spokeswoman for Prime Minister X",
         * "Syria's envoy to Russia") modifies the head; it is not who speaks. Titles and adjectives may
         * stand between the preposition and the name.
         */
        private boolean insidePrepositionalPhrase(int k, int from) {
            for (int j = k - 1; j >= from; j--) {
                Token x = t.get(j);
                if (x.is(Pos.ADP)) {
                    return !lower(j).equals("of") || j == 0;
                }
                if (!(x.isProperNoun() || x.isAny(Pos.ADJ, Pos.DET)
                        || x.is(Pos.NOUN) && Character.isUpperCase(x.text().charAt(0)))) {
                    return false;
                }
            }
            return false;
        }

        /** "Russian foreign ministry spokeswoman Maria Zakharova": the person the organisation modifies. */
        private Mention personAfter(Mention m, int to) {
            for (int k = m.tokenEnd(); k < to; k++) {
                Mention n = mentionAt(k);
                if (n != null && n.kind() == Mention.Kind.PERSON && n.tokenBegin() == k) {
                    return n;
                }
                Pos pos = t.get(k).pos();
                // a portfolio between title and name: "spokeswoman for women X", "spokesman on defence X"
                boolean portfolio = pos == Pos.ADP && (lower(k).equals("for") || lower(k).equals("on"))
                        && k > m.tokenEnd() && t.get(k - 1).is(Pos.NOUN);
                if (!(pos == Pos.NOUN || pos == Pos.ADJ || pos == Pos.PROPN || portfolio)) {
                    return null;
                }
            }
            return null;
        }

        /** "According to X, CONTENT." and "CONTENT, according to X." */
        private Draft accordingTo() {
            for (int k = 0; k + 2 < t.size(); k++) {
                if (!(lower(k).equals("according") && lower(k + 1).equals("to")) || inQuote(t.get(k).begin())) {
                    continue;
                }
                int end = k + 2;
                while (end < t.size() && !t.get(end).text().equals(",") && !(end == t.size() - 1
                        && t.get(end).is(Pos.PUNCT))) {
                    end++;
                }
                Speaker sp = speakerIn(k + 2, end);
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

        /** "Interfax quoted X saying", "RIA cited X as saying": X, the object after the cue. */
        private Speaker objectSpeaker(int c) {
            for (int k = c + 1; k < t.size() && k < c + 12; k++) {
                Mention m = mentionAt(k);
                if (m != null && m.kind().isActor()) {
                    Mention person = personAfter(m, Math.min(t.size(), c + 14));
                    return new Speaker(person != null ? person.key() : m.key(), null);
                }
            }
            return new Speaker(null, null);
        }

        private String viaOf(int c) {
            Speaker sp = subject(c);
            if (sp.key != null) {
                return sp.key;
            }
            // passive: "was quoted as saying by Russian news agencies"
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

        private Draft draft(int b, int e, Speaker sp, String cue, String via) {
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
                        int[] r = trimRange(text, q.begin(), q.end());
                        return new Draft("direct", text.substring(r[0], r[1]), sp.key, sp.source, cue, via,
                                dateIn(cb, ce), ev(article, r[0], r[1], s, 0.8), 0.8);
                    }
                }
            }
            int[] r = trimRange(text, cb, ce);
            if (r[1] - r[0] < 8) {
                return null;
            }
            return new Draft("indirect", text.substring(r[0], r[1]), sp.key, sp.source, cue, via, dateIn(cb, ce),
                    ev(article, r[0], r[1], s, 0.7), 0.7);
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

        private Mention mentionAt(int k) {
            for (Mention m : ms) {
                if (m.tokenBegin() <= k && k < m.tokenEnd()) {
                    return m;
                }
            }
            return null;
        }

        private Mention actorIn(int from, int to) {
            for (int k = from; k < to; k++) {
                Mention m = mentionAt(k);
                if (m != null && m.kind().isActor()) {
                    return m;
                }
            }
            return null;
        }

        private boolean isDemonym(Mention m) {
            return "DEMONYM".equals(m.head());
        }

        private boolean isQuoteMark(int k) {
            String w = t.get(k).text();
            return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab") || w.equals("\u00bb")
                    || w.equals("''") || w.equals("``");
        }

        private String lower(int k) {
            return t.get(k).text().toLowerCase(Locale.ROOT);
        }
    }

    /** A speaker: an actor key, or a description of an unnamed source. */
    private record Speaker(String key, String source) {
        boolean isEmpty() {
            return key == null && source == null;
        }
    }
}
