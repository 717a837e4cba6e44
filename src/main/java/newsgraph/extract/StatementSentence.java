package newsgraph.extract;

import java.util.List;
import java.util.Locale;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/** One sentence under analysis for statements: its tokens, mentions and the article's quotes, with small lookups. */
abstract class StatementSentence {
    final Lexicon lexicon;
    final Article article;
    final String text;
    final Sentence s;
    final List<Token> t;
    final List<Mention> ms;
    final List<QuoteFinder.Quote> quotes;
    final Coreference coref;

    StatementSentence(Lexicon lexicon, Article article, AnnotatedDocument doc, Sentence s, List<Mention> ms,
                      List<QuoteFinder.Quote> quotes, Coreference coref) {
        this.lexicon = lexicon;
        this.article = article;
        this.text = doc.text();
        this.s = s;
        this.t = s.tokens();
        this.ms = ms;
        this.quotes = quotes;
        this.coref = coref;
    }

    boolean inQuote(int pos) {
        for (QuoteFinder.Quote q : quotes) {
            if (q.contains(pos)) {
                return true;
            }
        }
        return false;
    }

    boolean isQuoteMark(int k) {
        String w = t.get(k).text();
        return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab") || w.equals("\u00bb")
                || w.equals("''") || w.equals("``");
    }

    String lower(int k) {
        return t.get(k).text().toLowerCase(Locale.ROOT);
    }

    Mention mentionAt(int k) {
        return ClauseView.covering(ms, k);
    }

    Mention actorIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = mentionAt(k);
            if (m != null && m.kind().isActor()) {
                return m;
            }
        }
        return null;
    }

    boolean isDemonym(Mention m) {
        return "DEMONYM".equals(m.head());
    }

    /**
     * "..., NAME, deputy head of the bank, told Reuters": the person named before an apposition that stands
     * between commas just before cue {@code c}, or null.
     */
    Mention appositiveSpeaker(int c) {
        if (c < 4 || !t.get(c - 1).text().equals(",")) {
            return null;
        }
        int a = firstAfterComma(c - 1);
        for (int k = a; k < c - 1; k++) {
            Mention inside = mentionAt(k);
            if (t.get(k).isVerb() || inside != null && inside.kind() == Mention.Kind.PERSON) {
                return null;
            }
        }
        if (a < 2 || a >= c - 1 || !t.get(a - 1).text().equals(",")) {
            return null;
        }
        Mention m = mentionAt(a - 2);
        return m != null && m.kind() == Mention.Kind.PERSON && m.tokenEnd() == a - 1 ? m : null;
    }

    int firstAfterComma(int c) {
        for (int p = c - 1; p >= 0; p--) {
            if (t.get(p).text().equals(",") || isQuoteMark(p)) {
                return p + 1;
            }
        }
        return 0;
    }
}
