package newsgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each stage, summed over every thread that adds to it. */
public final class StageClock {
    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    public StageClock() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    public void add(Stage stage, long n) {
        nanos[stage.ordinal()].add(n);
    }

    public StageTimes snapshot() {
        return new StageTimes(get(Stage.READ), get(Stage.NLP), get(Stage.EXTRACT), get(Stage.RDF),
                get(Stage.STORE));
    }

    private long get(Stage stage) {
        return nanos[stage.ordinal()].sum();
    }
}
