package newsgraph.ingest;

/** Receives what an {@link InputReader} reads: articles, and records that could not become one. */
public interface ArticleSink {
    void accept(Article article) throws InterruptedException;

    /** A record of the file that gave no article; the file's other records go on. */
    void reject(BadInputException badRecord) throws InterruptedException;
}
