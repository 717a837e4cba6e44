package newsgraph.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * One input file of the job, by its Hadoop URI ({@code file:}, {@code hdfs:}, {@code s3a:}, ...), or a
 * path that cannot be one and why.
 *
 * @param order   its place in the input order (the command line's paths in turn, each folder's files
 *                sorted): of two articles with the same id the later one wins, as in {@code ingest}
 * @param problem null, or why the path gives no article (missing, a folder without input files)
 */
record InputFile(String uri, int order, String problem) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
