package newsgraph.store;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * MinHash signatures of article texts, for finding near-duplicate articles ({@link NearDuplicates}).
 * A text is lower-cased and cut into words (runs of letters and digits); its shingles are the runs of
 * {@link #SHINGLE} consecutive words. The signature keeps, for each of {@link #HASHES} hash functions,
 * the least hash over the shingles: the share of equal positions in two signatures estimates the
 * Jaccard similarity of the two shingle sets. Locality-sensitive hashing cuts a signature into
 * {@link #BANDS} bands of {@link #ROWS} rows; two texts whose signatures agree on a whole band are
 * candidates. With 32 bands of 4 rows a pair of similarity 0.5 is a candidate with probability 0.87,
 * 0.6 with 0.99, 0.2 with 0.05.
 */
public final class MinHash {
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /** Three-word shingles: a rewrite that changes a word here and there keeps most of them. */
    public static final int SHINGLE = 3;
    /**
     * Texts with fewer shingles get no signature: two very short texts (a one-line notice, a table of
     * figures) share most of their few shingles without being one story.
     */
    public static final int MIN_SHINGLES = 25;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text}, or none if it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static Optional<int[]> signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
        long[] window = new long[SHINGLE];
        int filled = 0;
        int shingles = 0;
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            System.arraycopy(window, 1, window, 0, SHINGLE - 1);
            window[SHINGLE - 1] = wordHash(w);
            if (++filled < SHINGLE) {
                continue;
            }
            long h = 0;
            for (long x : window) {
                h = mix(h * 31 + x);
            }
            shingles++;
            for (int i = 0; i < HASHES; i++) {
                // the top 31 bits of a mixed 64-bit value: non-negative ints compare as unsigned would
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        // a repeated shingle counts once in the set, but the count here only guards against tiny texts
        return shingles < MIN_SHINGLES ? Optional.empty() : Optional.of(sig);
    }

    /** Estimated Jaccard similarity: the share of positions where the two signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The key of band {@code band} of {@code sig}: equal bands give equal keys (and the band number is in it). */
    public static long bandKey(int[] sig, int band) {
        long h = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = mix(h * 0x100000001B3L + sig[i]);
        }
        return h;
    }

    /** The signature as text, for the store. */
    public static String encode(int[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(HASHES * 4);
        for (int v : sig) {
            buf.putInt(v);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    /** The signature {@link #encode} wrote, or null if {@code s} is not one (the empty mark of a short text). */
    public static int[] decode(String s) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length != HASHES * 4) {
            return null;
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = buf.getInt();
        }
        return sig;
    }

    private static long wordHash(String w) {
        long h = 0xCBF29CE484222325L; // FNV-1a over the chars: String.hashCode's 32 bits collide too often
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
