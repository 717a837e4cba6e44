package newsgraph.extract;

import java.util.List;

import newsgraph.ingest.Article;

/** Everything extracted from one article; actors hold every actor that any other record names. */
public record ExtractedArticle(Article article, List<ActorRecord> actors, List<CountryRecord> countries,
                         List<StatementRecord> statements, List<MeetingRecord> meetings) {
    public ExtractedArticle {
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
        statements = List.copyOf(statements);
        meetings = List.copyOf(meetings);
    }
}
