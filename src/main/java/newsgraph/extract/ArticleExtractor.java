package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.ingest.Article;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;

/**
 * Runs all extractors over one annotated article. Stateless apart from the shared, read-only
 * gazetteer and lexicon, so one instance may serve every worker thread.
 */
public final class ArticleExtractor {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ActorExtractor actors;
    private final LoneNames loneNames;
    private final StatementExtractor statements;
    private final MeetingExtractor meetings;
    /** Gazetteer organisation names by actor key, for a body known only as a person's employer. */
    private final Map<String, String> organizationNames = new HashMap<>();

    /** With the lexicon shipped in the jar. */
    public ArticleExtractor(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.loadDefault());
    }

    public ArticleExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.actors = new ActorExtractor(gazetteer);
        this.loneNames = new LoneNames(gazetteer, lexicon);
        this.statements = new StatementExtractor(lexicon);
        this.meetings = new MeetingExtractor(gazetteer, lexicon);
        gazetteer.organizations().forEach(o -> organizationNames.putIfAbsent(ActorKeys.organization(o.name()), o.name()));
    }

    public ExtractedArticle extract(Article article, AnnotatedDocument doc) {
        MentionFinder finder = new MentionFinder(gazetteer, lexicon, article.id());
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            found.addAll(finder.find(s));
        }
        finder.retypeDescribedOrganisations(found);
        ActorFilter.apply(doc, found, gazetteer, lexicon);
        SurnameMentions.addTo(doc, found);
        loneNames.resolve(doc, found);
        ActorAliases.resolve(doc, found, gazetteer, lexicon);
        found.sort(java.util.Comparator.comparingInt(Mention::begin));
        Coreference coref = new Coreference(found,
                doc.sentences().stream().mapToInt(Sentence::begin).toArray(), gazetteer::firstNameGender, lexicon);
        List<Mention> mentions = coref.mentions();
        ActorExtractor.SentenceBounds bounds = new ActorExtractor.SentenceBounds() {
            @Override
            public int begin(int sentence) {
                return doc.sentences().get(sentence).begin();
            }

            @Override
            public int end(int sentence) {
                return doc.sentences().get(sentence).end();
            }
        };
        List<ActorRecord> actorRecords = actors.actors(article.id(), mentions, bounds);
        List<StatementRecord> statementRecords = statements.extract(article, doc, mentions, coref);
        List<MeetingRecord> meetingRecords = meetings.extract(article, doc, mentions, coref);
        return new ExtractedArticle(article, withReferenced(actorRecords, statementRecords, meetingRecords, mentions, bounds,
                article.id()),
                actors.countries(article.id(), mentions, bounds), statementRecords, meetingRecords);
    }

    /** Every actor a statement or meeting names must also be an actor record of the article. */
    private List<ActorRecord> withReferenced(List<ActorRecord> actors, List<StatementRecord> st,
                                             List<MeetingRecord> mt, List<Mention> mentions,
                                             ActorExtractor.SentenceBounds bounds, String docId) {
        Map<String, ActorRecord> byKey = new LinkedHashMap<>();
        actors.forEach(a -> byKey.put(a.key(), a));
        List<String> missing = new ArrayList<>();
        st.forEach(s -> {
            missing.add(s.speaker());
            missing.add(s.via());
        });
        mt.forEach(m -> missing.addAll(m.participants()));
        for (String k : missing) {
            if (k != null && !byKey.containsKey(k) && k.startsWith("gov:")) {
                // a country named as a speaker or participant stands for its government
                String iso = k.substring(4);
                List<Evidence> ev = mentions.stream().filter(m -> iso.equals(m.iso()))
                        .map(m -> new Evidence(docId, m.begin(), m.end(), bounds.begin(m.sentence()),
                                bounds.end(m.sentence()), ActorExtractor.NAME, 0.6)).toList();
                String name = ActorExtractor.governmentName(gazetteer, iso);
                byKey.put(k, new ActorRecord(k, ActorType.GOVERNMENT, name, List.of(), null, iso, null, ev));
            }
            if (k != null && !byKey.containsKey(k) && k.startsWith("org:")) {
                // a body known only as the employer in a person's title ("Federal Reserve Board chairman X")
                List<Evidence> ev = mentions.stream().filter(m -> k.equals(m.affiliation()))
                        .map(m -> new Evidence(docId, m.begin(), m.end(), bounds.begin(m.sentence()),
                                bounds.end(m.sentence()), ActorExtractor.NAME, 0.6)).toList();
                String name = organizationNames.get(k);
                if (!ev.isEmpty() && name != null) {
                    byKey.put(k, new ActorRecord(k, ActorType.ORGANIZATION, name, List.of(), null, null, null, ev));
                }
            }
            if (k != null && !byKey.containsKey(k)) {
                throw new IllegalStateException("extractor referenced an actor it did not record: " + k);
            }
        }
        return List.copyOf(byKey.values());
    }
}
