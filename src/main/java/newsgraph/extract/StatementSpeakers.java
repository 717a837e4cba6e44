package newsgraph.extract;

import java.util.List;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Who speaks in a sentence: the subject of a speech verb (skipping an opening phrase, relative
 * clauses, possessors and names inside prepositional phrases), the speaker after a quote or in an
 * inverted attribution ("..., said Lavrov"), the object of "quoted X", or an unnamed source kept as
 * its description ("a Russian diplomatic source").
 */
final class StatementSpeakers extends StatementSentence {
    private final ClauseView clause;
    private final AnnotatedDocument doc;
    private final RecentSpeaker recent;

    StatementSpeakers(Lexicon lexicon, Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms,
                      List<QuoteFinder.Quote> quotes, Coreference coref, RecentSpeaker recent) {
        super(lexicon, article, doc, s, ms, quotes, coref);
        this.clause = new ClauseView(t, lexicon);
        this.doc = doc;
        this.recent = recent;
    }

    /**
     * The speaker after a quote ('"...," X, a minister, told Reuters'), between the quote and the cue; a pronoun
     * there means someone named before the quote, not in it. Only "said X" puts the speaker after the cue.
     */
    Speaker subjectAfterQuote(int c, int quoteBegin, int quoteEnd) {
        int from = c;
        while (from > 0 && t.get(from - 1).begin() >= quoteEnd) {
            from--;
        }
        while (from < c && (isQuoteMark(from) || t.get(from).text().equals(","))) {
            from++;
        }
        Speaker sp = speakerIn(from, c, quoteBegin);
        if (sp.isEmpty() && speakerMayFollow(c)) {
            sp = speakerIn(c + 1, Math.min(t.size(), c + 8), quoteBegin);
        }
        return sp;
    }

    /** The speaker of "CONTENT, X said" or "CONTENT, said X"; a pronoun means someone named before the content. */
    Speaker inverted(int c) {
        int from = firstAfterComma(c);
        Speaker sp = speakerIn(from, c, t.get(0).begin());
        Mention named = appositiveSpeaker(c);
        if (named != null) {
            return new Speaker(named.key(), null);
        }
        if (sp.isEmpty() && speakerMayFollow(c)) {
            sp = speakerIn(c + 1, Math.min(t.size(), c + 8), t.get(0).begin()); // "..., said Lavrov."
        }
        return sp;
    }

    /** "said X" inverts; "told X" names the addressee, never the speaker. */
    private boolean speakerMayFollow(int c) {
        return !t.get(c).lemma().equals("tell");
    }

    /** The subject of a cue: the first actor of the clause before it, skipping intros, relatives and possessors. */
    Speaker subject(int c) {
        int from = clause.afterOpeningPhrase(c);
        // quotes and earlier clauses ("...; X said") end at a semicolon or closing quote
        for (int k = c - 1; k >= from; k--) {
            if (t.get(k).text().equals(";") || (isQuoteMark(k) && !inQuote(t.get(k).begin()))) {
                from = k + 1;
                break;
            }
        }
        Speaker near = afterConjunction(from, c, false); // "... while Mr Brown says he will ..."
        return near != null ? near : speakerIn(from, c);
    }

    /**
     * The speaker of a participle cue after a comma (", adding: ...", ", saying ..."): the subject of the clause
     * it hangs on, after the last "while"-like conjunction if an actor stands there, else of the sentence;
     * quotes in between do not cut it.
     */
    Speaker participleSubject(int c) {
        int from = clause.afterOpeningPhrase(c);
        if (from < c && isQuoteMark(from)) {
            from++; // '"...," he continued, adding ...': the subject stands after the opening quote
            while (from < c && inQuote(t.get(from).begin())) {
                from++;
            }
        }
        Speaker near = afterConjunction(from, c - 1, true);
        return near != null ? near : speakerIn(from, c);
    }

    /**
     * The actor right after the last conjunction before {@code to}, not in a quote: with {@code coordinating}
     * after "and"/"but" or a subordinator such as "while" anywhere before; else only a subordinator followed by
     * the speaker alone ("... while Mr Brown says"), with no comma or other verb before {@code to}. Else null.
     */
    private Speaker afterConjunction(int from, int to, boolean coordinating) {
        for (int k = to - 1; k > from; k--) {
            if ((t.get(k).text().equals(",") || t.get(k).isVerb()) && !coordinating) {
                return null;
            }
            boolean conjunction = coordinating && t.get(k).is(Pos.CCONJ) || lexicon.subordinators.contains(lower(k));
            if (conjunction && !inQuote(t.get(k).begin())) {
                return namedSpeaker(k + 1, to, Integer.MAX_VALUE);
            }
        }
        return null;
    }

    Speaker speakerIn(int from, int to) {
        return speakerIn(from, to, Integer.MAX_VALUE);
    }

    /** @param resolveBefore a pronoun refers to a mention that begins before this offset (and before itself) */
    Speaker speakerIn(int from, int to, int resolveBefore) {
        Speaker named = namedSpeaker(from, to, resolveBefore);
        return named != null ? named : describedSpeaker(from, to);
    }

    /** The clause's subject in [from, to) as a speaker: an actor, a country's government or a resolved pronoun; else null. */
    private Speaker namedSpeaker(int from, int to, int resolveBefore) {
        ClauseView.Subject subj = clause.subject(from, to, ms, this::canSpeak);
        if (subj.mention() != null) {
            Mention m = subj.mention();
            if (m.kind().isActor()) {
                Mention person = clause.personAfter(m, to, ms);
                return new Speaker(person != null ? person.key() : m.key(), null);
            }
            return new Speaker(ActorKeys.government(m.iso()), null);
        }
        return subj.pronoun() >= 0 ? pronounSpeaker(subj.pronoun(), resolveBefore) : null;
    }

    /**
     * A pronoun subject. "It" is an organisation: the latest speaker if one, else the nearest named before.
     * "He"/"she" continue the latest speaker ("X said A. B, he added") unless coreference finds a person who
     * has since been a sentence's subject; else coreference answers.
     */
    private Speaker pronounSpeaker(int k, int resolveBefore) {
        Token p = t.get(k);
        String w = lower(k);
        int pos = Math.min(p.begin(), resolveBefore);
        String recentKey = recent.before(s.index());
        if (lexicon.organisationPronouns.contains(w)) {
            if (recentKey != null && recent.isOrganisation()) {
                return new Speaker(recentKey, null);
            }
            Mention o = coref.nearestOrganisation(pos);
            return o == null ? new Speaker(null, p.text()) : new Speaker(o.key(), null);
        }
        Mention r = coref.resolve(w, pos);
        if (recentKey != null && lexicon.personPronouns.contains(w) && recent.answersToHeOrShe()
                && coref.pronounFits(w, recentKey) && (r == null || !newSubject(r))) {
            return new Speaker(recentKey, null);
        }
        return r == null ? new Speaker(null, p.text()) : new Speaker(r.key(), null);
    }

    /** Whether {@code r} is the subject of a sentence since the latest statement: the story has turned to them. */
    private boolean newSubject(Mention r) {
        if (r.sentence() <= recent.sentence() || r.sentence() >= doc.sentences().size()) {
            return false;
        }
        Sentence rs = doc.sentences().get(r.sentence());
        List<Token> rt = rs.tokens();
        ClauseView cv = r.sentence() == s.index() ? clause : new ClauseView(rt, lexicon);
        int verb = 0;
        while (verb < rt.size() && !rt.get(verb).isVerb()) {
            verb++;
        }
        List<Mention> rms = coref.mentions().stream().filter(m -> m.sentence() == r.sentence()).toList();
        ClauseView.Subject subj = cv.subject(cv.afterOpeningPhrase(verb), verb, rms, m -> m.kind().isActor());
        return subj.mention() != null && r.key() != null && r.key().equals(subj.mention().key());
    }

    /** An actor speaks, and a country does as its government ("Russia said"), unless it names a source ("Russian sources"). */
    private boolean canSpeak(Mention m) {
        return m.kind().isActor() || m.kind() == Mention.Kind.COUNTRY && !isDemonym(m) && m.tokenEnd() < t.size()
                && !lexicon.sourceNouns.contains(lower(m.tokenEnd()));
    }

    // a description: "a Russian diplomatic source", "the minister", "Syrian opposition sources"
    private Speaker describedSpeaker(int from, int to) {
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
                boolean definite = lower(b).equals("the") || lower(b).equals("this");
                if (!lexicon.sourceNouns.contains(lower(k))) {
                    Mention r = coref.resolve(lower(k), t.get(k).begin());
                    if (r != null && definite) {
                        return new Speaker(r.key(), null);
                    }
                }
                String body = lexicon.spokespersonNouns.contains(lower(k)) ? spokespersonFor(k, desc)
                        : definite && lexicon.organisationDescriptions.contains(lower(k)) ? describedOrganisation(k) : null;
                return new Speaker(body, desc);
            }
        }
        return new Speaker(null, null);
    }

    /**
     * The body a spokesman speaks for: "a spokesman for Ofcom", else the organisation that spoke last ("Scotland
     * Yard said ... A spokesman said"); null when neither is there.
     */
    private String spokespersonFor(int k, String desc) {
        for (int j = k + 1; j < t.size() && j <= k + 2; j++) {
            if (!(lower(j).equals("for") || lower(j).equals("of") || lower(j).equals("at"))) {
                continue;
            }
            for (int n = j + 1; n < t.size() && n <= j + 3; n++) {
                Mention m = mentionAt(n);
                if (m != null && (m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.GOVERNMENT)) {
                    return m.key();
                }
                if (m != null && m.kind() == Mention.Kind.COUNTRY && !isDemonym(m)) {
                    return ActorKeys.government(m.iso());
                }
            }
        }
        String recentKey = recent.before(s.index());
        return recentKey != null && recent.isOrganisation() ? recentKey : null;
    }

    /** "The company said", "the bank added": the organisation that spoke last, else the nearest one named before. */
    private String describedOrganisation(int k) {
        String recentKey = recent.before(s.index());
        if (recentKey != null && recent.isOrganisation()) {
            return recentKey;
        }
        Mention o = coref.nearestOrganisation(t.get(k).begin());
        return o == null ? null : o.key();
    }

    /** "Interfax quoted X saying", "RIA cited X as saying": X, the object after the cue. */
    Speaker objectSpeaker(int c) {
        for (int k = c + 1; k < t.size() && k < c + 12; k++) {
            Mention m = mentionAt(k);
            if (m != null && m.kind().isActor()) {
                Mention person = clause.personAfter(m, Math.min(t.size(), c + 14), ms);
                return new Speaker(person != null ? person.key() : m.key(), null);
            }
        }
        return new Speaker(null, null);
    }

    String viaOf(int c) {
        Speaker sp = subject(c);
        if (sp.key != null) {
            return sp.key;
        }
        // passive: "was quoted as saying by Russian news agencies"
        return null;
    }

    /** A speaker: an actor key, or a description of an unnamed source. */
record Speaker(String key, String source) {
    boolean isEmpty() {
        return key == null && source == null;
    }
}
}
