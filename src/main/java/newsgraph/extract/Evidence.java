package newsgraph.extract;

/**
 * Where a fact comes from: the article, the char range of the anchored text and of its sentence
 * (both into the cleaned article text), the extractor that found it and how sure it is.
 */
public record Evidence(String docId, int begin, int end, int sentenceBegin, int sentenceEnd, String extractor,
                       double confidence) {
    public Evidence {
        if (begin < 0 || end < begin || sentenceBegin < 0 || sentenceEnd < sentenceBegin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end + " in " + docId);
        }
    }
}
