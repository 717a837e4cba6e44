package newsgraph.extract;

import java.util.List;
import java.util.Locale;

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

    StatementSpeakers(Lexicon lexicon, Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms,
                      List<QuoteFinder.Quote> quotes, Coreference coref) {
        super(lexicon, article, doc, s, ms, quotes, coref);
        this.clause = new ClauseView(t, lexicon);
    }

    /** The speaker after a quote; a pronoun there means someone named before the quote, not in it. */
    Speaker subjectAfterQuote(int c, int quoteBegin) {
        Speaker sp = speakerIn(firstAfterComma(c), c, quoteBegin);
        if (sp.isEmpty() && c + 1 < t.size()) {
            sp = speakerIn(c + 1, Math.min(t.size(), c + 8), quoteBegin);
        }
        return sp;
    }

    Speaker inverted(int c) {
        int from = firstAfterComma(c);
        Speaker sp = speakerIn(from, c);
        if (sp.isEmpty() && c + 1 < t.size()) {
            sp = speakerIn(c + 1, Math.min(t.size(), c + 8)); // "..., said Lavrov."
        }
        return sp;
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
        return speakerIn(from, c);
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
        if (subj.pronoun() >= 0) {
            Token p = t.get(subj.pronoun());
            Mention r = coref.resolve(p.text().toLowerCase(Locale.ROOT), Math.min(p.begin(), resolveBefore));
            return r == null ? new Speaker(null, p.text()) : new Speaker(r.key(), null);
        }
        return null;
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
