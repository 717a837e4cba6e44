package newsgraph.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * What a job did, summed over its summary rows.
 *
 * @param cpuNanos     CPU time of the conversions (annotation, extraction, RDF), summed over tasks
 * @param convertNanos wall time of the same, summed over tasks
 */
record JobResult(long stored, long failed, long superseded, long triples, long words, long cpuNanos,
                 long convertNanos) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static JobResult of(ArticleRow r) {
        boolean stored = r.isStored();
        return new JobResult(stored ? 1 : 0, ArticleRow.FAILED.equals(r.status()) ? 1 : 0,
                ArticleRow.SUPERSEDED.equals(r.status()) ? 1 : 0, stored ? r.triples() : 0, r.words(), r.cpuNanos(),
                r.nanos());
    }

    JobResult plus(JobResult o) {
        return new JobResult(stored + o.stored, failed + o.failed, superseded + o.superseded, triples + o.triples,
                words + o.words, cpuNanos + o.cpuNanos, convertNanos + o.convertNanos);
    }

    static JobResult none() {
        return new JobResult(0, 0, 0, 0, 0, 0, 0);
    }

    /** {@code N articles stored (T triples), F inputs failed, S superseded}. */
    String line() {
        return String.format(Locale.ROOT, "%,d articles stored (%,d triples), %,d inputs failed, %,d superseded by a"
                + " later input with the same id", stored, triples, failed, superseded);
    }
}
