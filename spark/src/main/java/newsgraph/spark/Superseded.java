package newsgraph.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Two inputs with the same article id: as in {@code newsgraph ingest}, the later one (input order)
 * wins. Tasks cannot see each other, so each writes what it converted; afterwards the driver finds the
 * ids stored more than once (rare: the same page in two crawls, a dump holding an article twice) and
 * rewrites the few shards that hold a superseded copy without its lines. An article's lines are found
 * from the summary rows of its shard: the articles before it in the shard and their triple counts.
 */
final class Superseded {
    private Superseded() {
    }

    /** The rows that lose to a later row with the same id. */
    static List<ArticleRow> losers(List<ArticleRow> sameIdRows) {
        Map<String, ArticleRow> winner = new HashMap<>();
        for (ArticleRow r : sameIdRows) {
            winner.merge(r.id(), r, (a, b) -> b.after(a) ? b : a);
        }
        return sameIdRows.stream().filter(r -> winner.get(r.id()) != r).toList();
    }

    /**
     * Rewrites each shard holding a loser without the loser's lines.
     *
     * @param shardRows every stored row of the shards that hold a loser
     */
    static void drop(List<ArticleRow> losers, List<ArticleRow> shardRows, Path shardsDir, Configuration conf)
            throws IOException {
        Set<String> dropped = new HashSet<>();
        losers.forEach(l -> dropped.add(l.shard() + "#" + l.seq()));
        FileSystem fs = shardsDir.getFileSystem(conf);
        for (Map.Entry<String, List<ArticleRow>> e : byShard(shardRows).entrySet()) {
            Path shard = new Path(shardsDir, e.getKey());
            Path rewritten = new Path(new Path(shardsDir, ShardWriter.ATTEMPTS), e.getKey() + ".rewritten");
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(fs.create(rewritten, true), 1 << 16), StandardCharsets.UTF_8))) {
                readBlocks(fs, shard, e.getValue(), (row, lines) -> {
                    if (!dropped.contains(row.shard() + "#" + row.seq())) {
                        for (String line : lines) {
                            out.write(line);
                            out.write('\n');
                        }
                    }
                });
            }
            fs.delete(shard, false);
            if (!fs.rename(rewritten, shard)) {
                throw new IOException("cannot rename " + rewritten + " to " + shard);
            }
        }
    }

    /**
     * The N-Quads lines of each of {@code wanted} (read from its shard), for putting the winners of the
     * ids stored twice into a remote store again: the tasks' PUTs may have landed in any order.
     *
     * @param shardRows every stored row of the shards that hold one of {@code wanted}
     */
    static Map<ArticleRow, List<String>> lines(List<ArticleRow> wanted, List<ArticleRow> shardRows, Path shardsDir,
                                               Configuration conf) throws IOException {
        Set<String> keys = new HashSet<>();
        wanted.forEach(w -> keys.add(w.shard() + "#" + w.seq()));
        Map<ArticleRow, List<String>> out = new HashMap<>();
        FileSystem fs = shardsDir.getFileSystem(conf);
        for (Map.Entry<String, List<ArticleRow>> e : byShard(shardRows).entrySet()) {
            readBlocks(fs, new Path(shardsDir, e.getKey()), e.getValue(), (row, lines) -> {
                if (keys.contains(row.shard() + "#" + row.seq())) {
                    out.put(row, List.copyOf(lines));
                }
            });
        }
        return out;
    }

    private static Map<String, List<ArticleRow>> byShard(List<ArticleRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(ArticleRow::shard));
    }

    /** What to do with one article's lines. */
    private interface Block {
        void accept(ArticleRow row, List<String> lines) throws IOException;
    }

    /** Reads a shard article by article: its rows in shard order, each {@code triples} lines long. */
    private static void readBlocks(FileSystem fs, Path shard, List<ArticleRow> rows, Block block) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(fs.open(shard), 1 << 16), StandardCharsets.UTF_8))) {
            for (ArticleRow r : rows.stream().sorted(Comparator.comparingInt(ArticleRow::seq)).toList()) {
                List<String> lines = new java.util.ArrayList<>((int) r.triples());
                for (long i = 0; i < r.triples(); i++) {
                    String line = in.readLine();
                    if (line == null) {
                        throw new IOException(shard + " ends before the lines of " + r.id());
                    }
                    lines.add(line);
                }
                block.accept(r, lines);
            }
        }
    }
}
