package newsgraph.pipeline;

/** Counts words the way the benchmark reports them: runs of non-whitespace. */
public final class Words {
    private Words() {
    }

    public static long count(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
