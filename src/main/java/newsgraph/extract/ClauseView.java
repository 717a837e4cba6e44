package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import newsgraph.nlp.Pos;
import newsgraph.nlp.Token;

/**
 * The clauses of one sentence, seen from its tokens' words, UD tags and lemmas (there is no parser):
 * where the clause around a token begins and ends, the verb that governs it, its tense (with
 * modality: "will", "may", "is due to" point to the future), and the small shapes the extractors'
 * rules are written in (coordination, prepositional objects, possessors), and the subject of a clause.
 * Positions are token indices.
 */
final class ClauseView {
    private final List<Token> t;
    private final Lexicon lexicon;

    ClauseView(List<Token> tokens, Lexicon lexicon) {
        this.t = tokens;
        this.lexicon = lexicon;
    }

    /**
     * First token of the clause around {@code i}: after "that", a subordinator, a relative pronoun after a
     * comma, a speech verb that reports it ("sources said X had decided"), a semicolon or colon, or a comma
     * before a conjunction.
     */
    int begin(int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = t.get(k).text();
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.equals("that") || lexicon.subordinators.contains(lw)
                    || (lw.equals("which") || lw.equals("who")) && k > 0 && t.get(k - 1).text().equals(",")
                    && !commaBetween(k, i)) {
                return k + 1;
            }
            if (t.get(k).is(Pos.VERB) && lexicon.speechVerbs.contains(t.get(k).lemma())
                    && !(lexicon.thatClauseSpeechVerbs.contains(t.get(k).lemma())
                    && !(k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("that")))) {
                return k + 1; // the meeting is inside reported speech: "sources said X had decided ..."
            }
            if (w.equals(";") || w.equals(":") || (w.equals(",") && k + 1 < t.size()
                    && (t.get(k + 1).is(Pos.SCONJ) || t.get(k + 1).text().equalsIgnoreCase("but")))) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * End (exclusive) of the clause around {@code i}: a subordinator that opens another event, a second
     * past predicate after "and"/"but", a semicolon, a comma before "but"/"which"/"who", or a trailing
     * attribution (", the ministry said").
     */
    int end(int i) {
        for (int k = i + 1; k < t.size(); k++) {
            String w = t.get(k).text();
            if (lexicon.subordinators.contains(w.toLowerCase(Locale.ROOT)) && (t.get(k).is(Pos.SCONJ)
                    || verbWithin(k + 1, 6))) {
                return k; // "... came just days after X held talks with Y": another event
            }
            if ((w.equalsIgnoreCase("but") || w.equalsIgnoreCase("and")) && k + 1 < t.size()
                    && t.get(k + 1).is(Pos.VERB) && t.get(k + 1).isPastVerb()) {
                return k; // a second predicate of the subject: "agreed to attend X but insisted ..."
            }
            if (w.equals(";") || (w.equals(",") && k + 1 < t.size() && (t.get(k + 1).text().equalsIgnoreCase("but")
                    || t.get(k + 1).text().equalsIgnoreCase("which") || t.get(k + 1).text().equalsIgnoreCase("who")))) {
                return k;
            }
            if (w.equals(",")) {
                // a trailing attribution: ", the ministry said"
                for (int v = k + 1; v < t.size() && v < k + 7; v++) {
                    if (t.get(v).is(Pos.VERB)) {
                        if (lexicon.speechVerbs.contains(t.get(v).lemma())) {
                            return k;
                        }
                        break;
                    }
                }
            }
        }
        return t.size();
    }

    /** Whether a comma stands in [from, to). */
    boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb comes within {@code n} tokens from {@code from}, before any comma. */
    boolean verbWithin(int from, int n) {
        for (int k = from; k < Math.min(t.size(), from + n); k++) {
            if (t.get(k).text().equals(",")) {
                return false;
            }
            if (t.get(k).is(Pos.VERB)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest verb before {@code i} and not before {@code from}, or -1. */
    int governingVerb(int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            if (t.get(k).is(Pos.VERB)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Tense of the clause [from, to) around token {@code i}, from modals and words of intent just before or
     * after it ("will", "may", "is due to", "plans"), else from the form of {@code i} or the verb before it.
     */
    Tense tense(int from, int i, int to) {
        for (int k = from; k < Math.min(to, i + 3); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (lexicon.futureMarkers.contains(w)) {
                return Tense.FUTURE;
            }
            if ((w.equals("is") || w.equals("are")) && k + 1 < t.size() && t.get(k + 1).text().equals("to")) {
                return Tense.FUTURE;
            }
        }
        Token trig = t.get(i);
        if (trig.isPastVerb()) {
            return Tense.PAST;
        }
        if (!trig.isVerb()) {
            // a relative clause on the noun tells it: "the conversation the two men had", "talks they held"
            for (int k = i + 1; k < Math.min(to, i + 5) && !t.get(k).is(Pos.PUNCT); k++) {
                if (t.get(k).isVerb()) {
                    if (t.get(k).isPastVerb()) {
                        return Tense.PAST;
                    }
                    break;
                }
            }
        }
        for (int k = i - 1; k >= from; k--) {
            if (t.get(k).isVerb()) {
                return t.get(k).isPastVerb() ? Tense.PAST : Tense.PRESENT;
            }
        }
        return Tense.PAST;
    }

    /** "X was (also) in Moscow for talks": the subject is there for the meeting. */
    boolean copulaBefore(int from, int i) {
        for (int k = from; k < i; k++) {
            if (t.get(k).lemma().equals("be") && !t.get(k).text().equalsIgnoreCase("been")) {
                for (int j = k + 1; j < Math.min(i, k + 4); j++) {
                    String w = t.get(j).text().toLowerCase(Locale.ROOT);
                    if (w.equals("in") || w.equals("at")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether [from, to) holds only determiners, adjectives and numbers ("the two", "a new"). */
    boolean onlyDeterminers(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).is(Pos.DET) && !t.get(k).is(Pos.ADJ) && !t.get(k).is(Pos.NUM)) {
                return false;
            }
        }
        return true;
    }

    /** Only commas, "and" and determiners between two mentions: they are coordinated. */
    boolean onlyCoordination(int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals("and")) {
                joined = true;
            } else if (t.get(k).isVerb() || t.get(k).isAny(Pos.ADP, Pos.PRON)) {
                return false; // titles and demonyms may stand between: "A and Kenyan President B"
            }
        }
        return joined;
    }

    /** Whether a preposition other than the agent's "by" governs the mention, over determiners and adjectives. */
    boolean objectOfPreposition(Mention m) {
        int k = m.tokenBegin() - 1;
        while (k >= 0 && (t.get(k).isAny(Pos.DET, Pos.ADJ))) {
            k--;
        }
        return k >= 0 && t.get(k).is(Pos.ADP) && !t.get(k).text().equalsIgnoreCase("by");
    }

    /** Whether the mention is a possessor ("Syria's envoy"). */
    boolean possessor(Mention m) {
        return m.tokenEnd() < t.size() && t.get(m.tokenEnd()).text().equals("'s");
    }

    /** Negation ("not", "n't") in [from, to) no later than just after {@code i}, with a word after it. */
    boolean negated(int from, int i, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if ((w.equals("not") || w.equals("n't")) && k + 1 < t.size() && k < i + 2) {
                return true;
            }
        }
        return false;
    }

    /** A negated modal of ability or will in [from, to): "could not", "can't", "would not". */
    boolean cannot(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if ((w.equals("could") || w.equals("can") || w.equals("ca") || w.equals("would"))
                    && (t.get(k + 1).text().equalsIgnoreCase("not") || t.get(k + 1).text().equalsIgnoreCase("n't"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a clause: its first mention and the mentions coordinated with it ("Kenya, Chile and
     * Peru"), or a pronoun standing first (its index, else -1). An empty subject has neither.
     */
    record Subject(Mention mention, List<Mention> coordinated, int pronoun) {
        static final Subject NONE = new Subject(null, List.of(), -1);

        boolean isEmpty() {
            return mention == null && pronoun < 0;
        }
    }

    /**
     * Where the main clause before {@code verb} starts: after an opening phrase that ends at the first comma
     * when the sentence opens with a preposition, adverb or conjunction ("In London on Monday, X said"),
     * else at 0.
     */
    int afterOpeningPhrase(int verb) {
        if (t.isEmpty() || !(t.get(0).isAny(Pos.ADP, Pos.ADV) || t.get(0).isAny(Pos.CCONJ, Pos.SCONJ))) {
            return 0;
        }
        for (int k = 0; k < verb; k++) {
            if (t.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * As {@link #afterOpeningPhrase}, and also after an opening participle phrase ("Describing the first
     * meeting at King's Cross, he said"; "Asked about the deal, she said"): the subject follows its comma.
     */
    int afterOpeningClause(int verb) {
        int from = afterOpeningPhrase(verb);
        if (from == 0 && !t.isEmpty() && t.get(0).is(Pos.VERB)
                && (t.get(0).text().endsWith("ing") || t.get(0).isPastVerb())) {
            for (int k = 1; k < verb; k++) {
                if (t.get(k).text().equals(",")) {
                    return k + 1;
                }
            }
        }
        return from;
    }

    /**
     * The subject in [from, to) (the span before the clause's verb): the first mention that {@code accept}s,
     * or a pronoun, outside a relative clause (", who ..."), not a possessor ("Syria's envoy") and not inside
     * a prepositional phrase ("a spokeswoman for X"); with the accepted mentions coordinated with it.
     *
     * @param ms the sentence's mentions
     */
    Subject subject(int from, int to, List<Mention> ms, Predicate<Mention> accept) {
        for (int k = from; k < to; k++) {
            if (t.get(k).text().equals(",") && k + 1 < to && isRelativePronoun(k + 1)) {
                return Subject.NONE; // the rest is a relative clause on what came before
            }
            Mention m = covering(ms, k);
            if (m != null) {
                if (m.tokenBegin() == k && !possessor(m) && !insidePrepositionalPhrase(k, from) && accept.test(m)) {
                    return new Subject(m, coordinatedWith(m, to, ms, accept), -1);
                }
                k = m.tokenEnd() - 1;
                continue;
            }
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (lexicon.personPronouns.contains(w) || lexicon.pluralPronouns.contains(w)
                    || lexicon.organisationPronouns.contains(w)) {
                return new Subject(null, List.of(), k);
            }
        }
        return Subject.NONE;
    }

    private boolean isRelativePronoun(int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return w.equals("which") || w.equals("who");
    }

    /** The accepted mentions after {@code first} and before {@code to} joined to it by commas and "and". */
    private List<Mention> coordinatedWith(Mention first, int to, List<Mention> ms, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        int end = first.tokenEnd();
        for (Mention n : ms) {
            if (n.tokenBegin() >= end && n.tokenEnd() <= to && onlyCoordination(end, n.tokenBegin()) && accept.test(n)) {
                out.add(n);
                end = n.tokenEnd();
            }
        }
        return out;
    }

    /** The first mention of {@code ms} over token {@code k}, or null. */
    static Mention covering(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.tokenBegin() <= k && k < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** The mention of {@code ms} that begins at token {@code k}, or null. */
    static Mention startingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.tokenBegin() == k) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the token at {@code k} stands inside a prepositional phrase that begins at or after {@code from}
     * ("a spokeswoman for Prime Minister X", "Syria's envoy to Russia"): a name there modifies the head, it is
     * not the subject. Titles and adjectives may stand between the preposition and the name; "of" opens no
     * such phrase except at the sentence start ("the head of X said": X's head is still named by X).
     */
    boolean insidePrepositionalPhrase(int k, int from) {
        for (int j = k - 1; j >= from; j--) {
            Token x = t.get(j);
            if (x.is(Pos.ADP)) {
                return !x.text().equalsIgnoreCase("of") || j == 0;
            }
            if (!(x.isProperNoun() || x.isAny(Pos.ADJ, Pos.DET)
                    || x.is(Pos.NOUN) && Character.isUpperCase(x.text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The person a name or title before it modifies, before {@code to}: "Russian foreign ministry spokeswoman
     * Maria Zakharova", "spokesman on defence X" (a portfolio may stand between); else null.
     */
    Mention personAfter(Mention m, int to, List<Mention> ms) {
        for (int k = m.tokenEnd(); k < to; k++) {
            Mention n = startingAt(ms, k);
            if (n != null && n.kind() == Mention.Kind.PERSON) {
                return n;
            }
            Pos pos = t.get(k).pos();
            String w = t.get(k).text();
            boolean portfolio = pos == Pos.ADP && (w.equalsIgnoreCase("for") || w.equalsIgnoreCase("on"))
                    && k > m.tokenEnd() && t.get(k - 1).is(Pos.NOUN);
            if (!(pos == Pos.NOUN || pos == Pos.ADJ || pos == Pos.PROPN || portfolio)) {
                return null;
            }
        }
        return null;
    }
}
