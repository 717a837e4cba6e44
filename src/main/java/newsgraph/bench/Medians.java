package newsgraph.bench;

import java.util.Arrays;

/** The median of repeated measurements: robust to one slow run (JIT warm-up, a GC). */
public final class Medians {
    private Medians() {
    }

    public static double of(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    public static double of(long[] values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }
}
