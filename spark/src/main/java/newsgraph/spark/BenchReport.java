package newsgraph.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import newsgraph.bench.Medians;

/**
 * The benchmark's report: each way's wall and CPU time (medians over the runs), the ratios against the
 * single-process ingest, and from the per-article costs a sizing estimate for {@link #SIZING_ARTICLES}.
 */
final class BenchReport {
    static final long SIZING_ARTICLES = 10_000_000L;
    static final String SINGLE = "single-process ingest";
    static final String JOB = "Spark job";
    static final String LOAD = "newsgraph load";
    static final String SPARK = "Spark job + load";

    private BenchReport() {
    }

    static void print(PrintStream out, List<List<BenchLeg>> runs) {
        Map<String, BenchLeg> legs = medians(runs);
        BenchLeg single = legs.get(SINGLE);
        out.println();
        out.printf(Locale.ROOT, "%-32s %9s %9s %10s %9s %11s %12s %9s%n", "way", "articles", "wall s", "articles/s",
                "CPU s", "CPU ms/art", "quads", "MiB");
        legs.values().forEach(l -> out.printf(Locale.ROOT, "%-32s %,9d %9.1f %10.1f %9.1f %11.1f %,12d %9.1f%n",
                l.name(), l.articles(), l.wall(), l.articlesPerSecond(), l.cpu(), l.cpuMsPerArticle(), l.quads(),
                l.bytes() / 1048576.0));
        out.println();
        for (BenchLeg l : legs.values()) {
            if (l != single && !l.name().startsWith(" ")) {
                out.printf(Locale.ROOT, "ratio %-26s wall %.2f  CPU %.2f  (against the single-process ingest)%n",
                        l.name(), l.wall() / single.wall(), l.cpu() / single.cpu());
            }
        }
        BenchLeg spark = legs.get(SPARK);
        if (spark != null && spark.quads() != single.quads()) {
            out.printf(Locale.ROOT, "NOTE: the loaded store holds %,d quads, the ingested one %,d%n", spark.quads(),
                    single.quads());
        }
        sizing(out, legs);
    }

    private static Map<String, BenchLeg> medians(List<List<BenchLeg>> runs) {
        Map<String, List<BenchLeg>> byName = new LinkedHashMap<>();
        runs.forEach(run -> run.forEach(l -> byName.computeIfAbsent(l.name(), n -> new ArrayList<>()).add(l)));
        Map<String, BenchLeg> out = new LinkedHashMap<>();
        byName.forEach((name, ls) -> out.put(name, new BenchLeg(name, ls.get(0).articles(), ls.get(0).quads(),
                median(ls, BenchLeg::wall), median(ls, BenchLeg::cpu), ls.get(0).bytes())));
        return out;
    }

    private static double median(List<BenchLeg> legs, ToDoubleFunction<BenchLeg> f) {
        return Medians.of(legs.stream().mapToDouble(f).toArray());
    }

    /** Linear extrapolation of the measured per-article costs; the README says what it leaves out. */
    private static void sizing(PrintStream out, Map<String, BenchLeg> legs) {
        BenchLeg job = legs.get(JOB);
        BenchLeg load = legs.get(LOAD);
        if (job == null || load == null || job.articles() == 0) {
            return;
        }
        double n = SIZING_ARTICLES;
        double perArticle = n / job.articles();
        out.println();
        out.printf(Locale.ROOT, "sizing, %,d articles, from the costs above (linear):%n", SIZING_ARTICLES);
        out.printf(Locale.ROOT, "  Spark job     %.1f CPU ms/article: %,.0f core-hours; on 100 executor cores %.1f h%n",
                job.cpuMsPerArticle(), job.cpu() * perArticle / 3600, job.cpu() * perArticle / 3600 / 100);
        out.printf(Locale.ROOT, "  shards        %.1f KiB/article, %.1f quads/article: %,.0f GiB, %,.0f million quads%n",
                job.bytes() / 1024.0 / job.articles(), (double) job.quads() / job.articles(),
                job.bytes() * perArticle / 1073741824.0, job.quads() * perArticle / 1e6);
        out.printf(Locale.ROOT, "  load (1 host) %.2f ms wall/article: %.1f h, if the rate held (it falls once the"
                + " indexes outgrow RAM)%n", load.wall() * 1000 / load.articles(), load.wall() * perArticle / 3600);
        out.printf(Locale.ROOT, "  store         %.1f KiB/article: %,.0f GiB%n", load.bytes() / 1024.0 / load.articles(),
                load.bytes() * perArticle / 1073741824.0);
        BenchLeg single = legs.get(SINGLE);
        out.printf(Locale.ROOT, "  against       one process at %.1f articles/s: %.1f days%n", single.articlesPerSecond(),
                n / single.articlesPerSecond() / 86400);
    }
}
