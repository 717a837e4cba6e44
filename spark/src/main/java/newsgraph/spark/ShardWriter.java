package newsgraph.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * One task's shard: gzipped N-Quads, each article's graph as consecutive lines, streamed to the shards
 * folder on any Hadoop filesystem. It is written under a name of the task attempt's own and renamed
 * to its final name ({@code part-NNNNN.nq.gz}, by partition) only when the task has read all its
 * inputs, so a failed or a speculative attempt never leaves half a shard under the final name; two
 * attempts of one partition write the same bytes (IRIs are deterministic), so either may win. A task
 * that stored nothing writes no shard.
 */
final class ShardWriter implements AutoCloseable {
    static final String ATTEMPTS = "_attempts";

    private final FileSystem fs;
    private final Path target;
    private final Path temporary;
    private OutputStream out;
    private StreamRDF quads;
    private int articles;

    ShardWriter(Path shardsDir, String name, long attempt, Configuration conf) throws IOException {
        this.fs = shardsDir.getFileSystem(conf);
        this.target = new Path(shardsDir, name);
        this.temporary = new Path(new Path(shardsDir, ATTEMPTS), name + "." + attempt);
    }

    String name() {
        return target.getName();
    }

    /** Appends one article's graph; returns its place in the shard (0, 1, ...). */
    int write(String graph, Model model) throws IOException {
        if (quads == null) {
            out = new BufferedOutputStream(new GZIPOutputStream(fs.create(temporary, true), 1 << 16), 1 << 16);
            quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
        }
        Node g = NodeFactory.createURI(graph);
        model.getGraph().find().forEachRemaining(t -> quads.quad(new org.apache.jena.sparql.core.Quad(g, t)));
        return articles++;
    }

    /** Closes the shard and gives it its final name. */
    void commit() throws IOException {
        if (quads == null) {
            return;
        }
        quads.finish();
        out.close();
        quads = null;
        if (fs.exists(target)) {
            fs.delete(target, false); // an earlier attempt of this partition: the same content
        }
        if (!fs.rename(temporary, target) && !fs.exists(target)) {
            throw new IOException("cannot rename " + temporary + " to " + target);
        }
    }

    /** Drops an uncommitted shard (the task failed). */
    @Override
    public void close() throws IOException {
        if (quads != null) {
            quads = null;
            try {
                out.close();
            } finally {
                fs.delete(temporary, false);
            }
        }
    }
}
