package newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;

import newsgraph.extract.gazetteer.Gazetteer;
import newsgraph.ingest.Article;
import newsgraph.ingest.ArticleMeta;
import newsgraph.nlp.NlpModels;
import newsgraph.nlp.NlpPipeline;

/**
 * Shared base for the extractor tests: loads the NLP models and the gazetteer once per test class
 * and runs the whole {@link ArticleExtractor} over a text written in the test.
 */
abstract class ExtractionFixture {
    static NlpModels models;
    static Gazetteer gaz;
    static Lexicon lexicon;

    @BeforeAll
    static void loadModels() {
        if (models == null) {
            models = NlpModels.load();
        }
        if (gaz == null) {
            gaz = Gazetteer.loadDefault();
            lexicon = Lexicon.loadDefault();
        }
    }

    /** Runs the extractor over {@code text} as article "t" published on {@code published}. */
    static ExtractedArticle run(String text, LocalDate published) {
        return run(new Article("t", Path.of("t.txt"), text,
                new ArticleMeta(null, published, null, null, List.of())));
    }

    static ExtractedArticle run(Article article) {
        return new ArticleExtractor(gaz, lexicon).extract(article, new NlpPipeline(models).annotate(article.text()));
    }

    static ExtractedArticle run(String id, String text, LocalDate published) {
        return run(new Article(id, Path.of(id + ".txt"), text,
                new ArticleMeta(null, published, null, null, List.of())));
    }

    // ------------------------------------------------------------------ lookups

    static ActorRecord actorNamed(ExtractedArticle x, String name) {
        return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor named '" + name + "' in " + describeActors(x)));
    }

    static ActorRecord actorKeyed(ExtractedArticle x, String key) {
        return x.actors().stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor with key '" + key + "' in " + describeActors(x)));
    }

    static boolean hasActorKey(ExtractedArticle x, String key) {
        return x.actors().stream().anyMatch(a -> a.key().equals(key));
    }

    /** Key of the actor whose name is {@code name}. */
    static String key(ExtractedArticle x, String name) {
        return actorNamed(x, name).key();
    }

    /** The one statement whose text contains {@code fragment}. */
    static StatementRecord statementWith(ExtractedArticle x, String fragment) {
        List<StatementRecord> found = x.statements().stream().filter(s -> s.text().contains(fragment)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " statements contain '" + fragment + "': " + describeStatements(x));
        }
        return found.get(0);
    }

    static String describeActors(ExtractedArticle x) {
        return x.actors().stream().map(a -> a.key() + "=" + a.type() + ":" + a.name() + "(role=" + a.role()
                + ", iso=" + a.countryIso() + ", mentions=" + a.mentions().size() + ")")
                .collect(Collectors.joining("; ", "[", "]"));
    }

    static String describeStatements(ExtractedArticle x) {
        return x.statements().stream().map(s -> s.kind() + " '" + s.text() + "' speaker=" + s.speaker() + " source="
                + s.sourceDescription() + " cue=" + s.cue() + " via=" + s.via() + " ev=" + s.evidence().size())
                .collect(Collectors.joining(" | ", "[", "]"));
    }

    static String describeMeetings(ExtractedArticle x) {
        return x.meetings().stream().map(m -> m.kind() + " " + m.participants() + " place="
                + (m.place() == null ? null : m.place().label() + "/" + m.place().countryIso()) + " date="
                + (m.date() == null ? null : m.date().iso()) + " status=" + m.status() + " cameo=" + m.cameo()
                + " trigger=" + m.trigger() + " ev=" + m.evidence().size())
                .collect(Collectors.joining(" | ", "[", "]"));
    }

    static String describe(ExtractedArticle x) {
        return "actors=" + describeActors(x) + "\nstatements=" + describeStatements(x) + "\nmeetings="
                + describeMeetings(x) + "\ncountries=" + x.countries().stream().map(CountryRecord::iso)
                .filter(Objects::nonNull).toList();
    }
}
