package newsgraph.extract;

import java.util.List;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;

/**
 * Where the content of a speech verb begins and ends in its sentence: after the cue ("said (on
 * Monday) that CONTENT", "told reporters CONTENT") or before a trailing attribution ("CONTENT, the
 * ministry said.").
 */
final class StatementBounds extends StatementSentence {
    StatementBounds(Lexicon lexicon, Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms,
                    List<QuoteFinder.Quote> quotes, Coreference coref) {
        super(lexicon, article, doc, s, ms, quotes, coref);
    }

    /** First content token after the cue, or -1 when nothing clause-like follows it. */
    int contentStart(int c) {
        int j = afterCueWords(c);
        int that = thatAfter(j);
        if (that >= 0) {
            return that + 1 < t.size() ? that + 1 : -1;
        }
        if (lexicon.thatClauseSpeechVerbs.contains(t.get(c).lemma())) {
            return -1;
        }
        j = skipCircumstance(j);
        if (j < t.size() && (t.get(j).text().equals(":") || t.get(j).text().equals(","))) {
            j++;
        }
        return startsClause(j) ? j : -1;
    }

    /** The token after the words that belong to the cue: "voiced concern", "as saying", "told reporters". */
    private int afterCueWords(int c) {
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
        if (lemma.equals("tell") || lemma.equals("quote") || lemma.equals("cite") || lemma.equals("assure")) {
            j = afterObject(lemma, j);
        }
        return j;
    }

    // an addressee or object: "told reporters", "told AFP", "quoted X saying", "cited X as saying"
    private int afterObject(String lemma, int j) {
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
        return k;
    }

    // a time or place phrase before "that": "said on Monday that", "disclosed in Vilnius that"
    private int thatAfter(int j) {
        int k = j;
        while (k < t.size() && k < j + 7 && !lower(k).equals("that") && !t.get(k).isVerb()
                && !t.get(k).text().equals(",") && !isQuoteMark(k)) {
            k++;
        }
        return k < t.size() && lower(k).equals("that") ? k : -1;
    }

    // a clause must follow: some verb before the sentence ends, or a quote
    private boolean startsClause(int j) {
        int verbs = 0;
        for (int v = j; v < t.size(); v++) {
            if (t.get(v).isVerb()) {
                verbs++;
            }
        }
        if (t.size() - j < 3 || (verbs == 0 && !(j < t.size() && isQuoteMark(j)))) {
            return false;
        }
        // "said was their first ..." is a relative construction, not speech content; a gerund or participle
        // opens a subject: "said existing rules should ...", "said acquiring the bank fulfilled ..."
        boolean gerund = t.get(j).is(Pos.VERB) && lower(j).endsWith("ing") && verbs > 1;
        return !(t.get(j).isVerb() && !t.get(j).is(Pos.AUX) && !gerund || (j < t.size() && t.get(j).is(Pos.AUX)
                && lower(j).equals("was")));
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
    int contentEnd(int b) {
        int end = t.size();
        for (int k = b + 1; k < t.size(); k++) {
            if (lexicon.subordinators.contains(lower(k)) && !inQuote(t.get(k).begin()) && opensAnotherReport(k)) {
                return k; // "... while Mr Brown says he ...": another speaker's report
            }
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
            if (isTrailingAttribution(k) || opensAnotherReport(k) || addsAReport(k)) {
                return k;
            }
        }
        return end;
    }

    /** ", Bellamy insisted he ...": after comma {@code k} a named or pronoun subject reports something of its own. */
    private boolean opensAnotherReport(int k) {
        for (int v = k + 1; v < t.size() && v <= k + 5; v++) {
            if (t.get(v).isVerb()) {
                boolean subject = actorIn(k + 1, v) != null || lexicon.personPronouns.contains(lower(k + 1));
                return subject && t.get(v).is(Pos.VERB) && lexicon.speechVerbs.contains(t.get(v).lemma())
                        && !inQuote(t.get(v).begin());
            }
        }
        return false;
    }

    /** ", adding: ..." / ", saying ...": after comma {@code k} the same speaker goes on to a report of its own. */
    private boolean addsAReport(int k) {
        return k + 1 < t.size() && t.get(k + 1).is(Pos.VERB) && lower(k + 1).endsWith("ing")
                && lexicon.speechVerbs.contains(t.get(k + 1).lemma()) && !inQuote(t.get(k + 1).begin());
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
    int trailingEnd(int c) {
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
    int endBeforeAttribution(int c) {
        Mention appositive = appositiveSpeaker(c);
        int p = (appositive != null ? appositive.tokenBegin() : firstAfterComma(c)) - 1;
        while (p > 0 && (t.get(p).text().equals(",") || isQuoteMark(p))) {
            p--;
        }
        return p + 1;
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
}
