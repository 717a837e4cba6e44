package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;

/**
 * Meetings, talks, calls, visits and conferences. A trigger is a verb (meet, visit, host, call,
 * phone, confer, negotiate, consult, receive, invite, convene) or a noun (meeting, talks, call,
 * conversation, visit, conference, summit, consultations, negotiations). Participants are the
 * trigger clause's subject, its objects and the actors after "with"/"between"; place, date (resolved
 * against the publication date), status (from tense and modality) and a CAMEO code complete it. The
 * same meeting told in several sentences becomes one record with several pieces of evidence.
 */
public final class MeetingExtractor {
    static final String NAME = "meetings";

    private final MeetingTriggers triggers;
    private final MeetingSite.Rules rules;

    public MeetingExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.triggers = new MeetingTriggers(lexicon);
        this.rules = new MeetingSite.Rules(lexicon, gazetteer, new DateResolver(lexicon), triggers);
    }

    public List<MeetingRecord> extract(Article article, AnnotatedDocument doc, List<Mention> mentions,
                                       Coreference coref) {
        MeetingDrafts drafts = new MeetingDrafts();
        MeetingSite.ArticleInput in = new MeetingSite.ArticleInput(article, doc, coref, QuoteFinder.find(doc.text()),
                new MeetingStory());
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String kind = triggers.kindAt(t, i);
                if (kind == null) {
                    continue;
                }
                MeetingDraft d = new MeetingSite(rules, in, s, ms, i, triggers.invitedKind(t, i, kind)).build();
                if (d != null && d.separate && d.participants.size() > 2) {
                    // "hosted X and Y for separate rounds of talks": one meeting per guest, rounds of one occasion
                    List<String> parts = new ArrayList<>(d.participants);
                    Object occasion = new Object();
                    for (String guest : parts.subList(1, parts.size())) {
                        MeetingDraft round = d.with(List.of(parts.get(0), guest));
                        round.occasion = occasion;
                        drafts.add(round);
                    }
                } else if (d != null) {
                    drafts.add(d);
                }
                i = Math.max(i, d == null ? i : d.skipTo);
            }
        }
        return drafts.records();
    }
}
