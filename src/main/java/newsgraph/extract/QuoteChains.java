package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Pos;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * One statement per quotation, however sentences and attributions cut it. A quote that runs over
 * several sentences is one statement (one evidence per sentence), said by whoever its cue names; a
 * quote with no cue of its own that follows straight after the attribution of a quote goes on with it
 * ('"A," X said. "B."', '"A," X said, "B."', or a quote left open at a paragraph's end and re-opened in the
 * next). A quote with a cue of its own stays a statement of its own, and so does a new paragraph's quote
 * after a closed one.
 */
final class QuoteChains {
    /** At most this many words between two parts of one quotation: an attribution, no more. */
    static final int ATTRIBUTION_WORDS = 12;

    private final String text;
    private final List<Sentence> sentences;
    private final Article article;
    private final List<QuoteFinder.Quote> quotes;
    private final Lexicon lexicon;

    QuoteChains(AnnotatedDocument doc, Article article, List<QuoteFinder.Quote> quotes, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.text = doc.text();
        this.sentences = doc.sentences();
        this.article = article;
        this.quotes = quotes;
    }

    /** The drafts in text order, each quotation made one. */
    List<StatementExtractor.Draft> join(List<StatementExtractor.Draft> drafts) {
        Map<Integer, StatementExtractor.Draft> byQuote = new HashMap<>();
        List<StatementExtractor.Draft> out = new ArrayList<>();
        for (StatementExtractor.Draft d : drafts) {
            StatementExtractor.Draft first = d.quoteBegin < 0 ? null : byQuote.get(d.quoteBegin);
            if (d.quoteBegin < 0 || quoteAt(d.quoteBegin) == null) {
                out.add(d);
            } else if (first == null) {
                byQuote.put(d.quoteBegin, d);
                out.add(d);
            } else if (first.continuation && !d.continuation) {
                out.set(out.indexOf(first), d); // the quote's own cue names its speaker
                byQuote.put(d.quoteBegin, d);
            }
        }
        Set<StatementExtractor.Draft> absorbed = new HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            StatementExtractor.Draft head = byQuote.get(quotes.get(i).begin());
            if (head == null || absorbed.contains(head)) {
                continue;
            }
            List<QuoteFinder.Quote> parts = new ArrayList<>(List.of(quotes.get(i)));
            for (int j = i + 1; j < quotes.size() && opensClause(quotes.get(i)); j++) {
                QuoteFinder.Quote next = quotes.get(j);
                StatementExtractor.Draft own = byQuote.get(next.begin());
                if (own != null && !own.continuation || !follows(parts.get(parts.size() - 1), next)
                        || otherBetween(out, parts.get(parts.size() - 1).end(), sentenceEnd(next), own)) {
                    break;
                }
                parts.add(next);
                if (own != null) {
                    absorbed.add(own);
                }
                i = j;
            }
            out.set(out.indexOf(head), whole(head, parts));
        }
        out.removeAll(absorbed);
        return out;
    }

    private QuoteFinder.Quote quoteAt(int begin) {
        for (QuoteFinder.Quote q : quotes) {
            if (q.begin() == begin) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether quote {@code next} of three words or more goes on from {@code prev}: in the same sentence after
     * an attribution ('"A," he said, "B."'), or opening the next sentence with only the attribution between.
     */
    private boolean follows(QuoteFinder.Quote prev, QuoteFinder.Quote next) {
        if (words(next.begin(), next.end()) < 3) {
            return false;
        }
        int a = sentenceAt(Math.max(prev.begin(), prev.end() - 1));
        int b = sentenceAt(next.begin());
        if (a < 0 || b < 0 || words(prev.end(), next.begin()) > ATTRIBUTION_WORDS) {
            return false;
        }
        // over a paragraph break only a quote left open goes on; a closed one ends its statement there
        boolean closed = prev.end() < text.length() && "\"\u201d\u00bb\u2019".indexOf(text.charAt(prev.end())) >= 0;
        if (closed && text.substring(prev.end(), next.begin()).contains("\n\n")) {
            return false;
        }
        return b == a && cueBetween(sentences.get(a), prev.end(), next.begin())
                || b == a + 1 && words(sentences.get(b).begin(), next.begin()) == 0;
    }

    /**
     * Whether a quote stands as speech of its own, not a phrase quoted inside reported speech ('called it a
     * "wasted opportunity"'): it opens its sentence, or follows a colon, a comma or a speech verb.
     */
    private boolean opensClause(QuoteFinder.Quote q) {
        int k = sentenceAt(q.begin());
        if (k < 0 || words(sentences.get(k).begin(), q.begin()) == 0) {
            return k >= 0;
        }
        int p = q.begin() - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || "\"\u201c\u201e\u00ab\u2018".indexOf(text.charAt(p)) >= 0)) {
            p--;
        }
        if (p >= 0 && (text.charAt(p) == ':' || text.charAt(p) == ',')) {
            return true;
        }
        Token before = null;
        for (Token tok : sentences.get(k).tokens()) {
            before = tok.end() <= p + 1 ? tok : before;
        }
        return before != null && before.is(Pos.VERB) && lexicon.speechVerbs.contains(before.lemma());
    }

    /** Whether a speech verb stands in [from, to) of sentence {@code s}. */
    private boolean cueBetween(Sentence s, int from, int to) {
        for (Token tok : s.tokens()) {
            if (tok.begin() >= from && tok.end() <= to && tok.is(Pos.VERB) && lexicon.speechVerbs.contains(tok.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence in which quote {@code q} ends ends. */
    private int sentenceEnd(QuoteFinder.Quote q) {
        int k = sentenceAt(Math.max(q.begin(), q.end() - 1));
        return k < 0 ? q.end() : sentences.get(k).end();
    }

    /** Whether a statement other than {@code own} has evidence between the two quotes or in the second's sentence. */
    private static boolean otherBetween(List<StatementExtractor.Draft> out, int from, int to, StatementExtractor.Draft own) {
        for (StatementExtractor.Draft d : out) {
            if (d != own && d.evidence.stream().anyMatch(e -> e.begin() < to && e.end() > from)) {
                return true;
            }
        }
        return false;
    }

    /** {@code head}'s statement made of all its quotes' parts, one evidence per sentence each part touches. */
    private StatementExtractor.Draft whole(StatementExtractor.Draft head, List<QuoteFinder.Quote> parts) {
        List<Evidence> pieces = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (QuoteFinder.Quote q : parts) {
            int[] all = StatementExtractor.trimRange(text, q.begin(), q.end());
            joined.append(joined.isEmpty() ? "" : " ").append(text, all[0], all[1]);
            for (Sentence s : sentences) {
                if (s.begin() >= q.end() || s.end() <= q.begin()) {
                    continue;
                }
                int[] r = StatementExtractor.trimRange(text, Math.max(q.begin(), s.begin()), Math.min(q.end(), s.end()));
                if (words(r[0], r[1]) > 0) {
                    pieces.add(StatementExtractor.ev(article, r[0], r[1], s, head.confidence));
                }
            }
        }
        if (pieces.size() <= 1) {
            return head;
        }
        StatementExtractor.Draft d = new StatementExtractor.Draft("direct", joined.toString(), head.speaker, head.source,
                head.cue, head.via, head.date, pieces.get(0), head.confidence);
        d.evidence.addAll(pieces.subList(1, pieces.size()));
        d.quoteBegin = head.quoteBegin;
        d.continuation = head.continuation;
        return d;
    }

    private int sentenceAt(int pos) {
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).begin() <= pos && pos < sentences.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

    /** The words (runs of letters or digits) in [from, to). */
    private int words(int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }
}
