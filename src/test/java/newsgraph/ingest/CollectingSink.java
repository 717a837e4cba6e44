package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands on, for tests. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<BadInputException> bad = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(BadInputException badRecord) {
        bad.add(badRecord);
    }

    static CollectingSink read(InputReader reader, java.nio.file.Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }
}
