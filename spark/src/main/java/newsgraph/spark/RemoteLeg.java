package newsgraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import newsgraph.bench.Folders;
import newsgraph.bench.ProcessMemory;
import newsgraph.pipeline.Ingest;
import newsgraph.pipeline.IngestListener;
import newsgraph.pipeline.IngestParts;
import newsgraph.pipeline.IngestPipeline;
import newsgraph.store.RemoteConfig;
import newsgraph.store.RemoteStore;

/**
 * The benchmark's remote-store way: {@code newsgraph ingest --store http://...}, one Graph Store Protocol
 * PUT per article, identity linking by SPARQL Update. Without a URL the store is {@code newsgraph serve
 * --allow-update} (Fuseki over a new TDB2 store) in a process of its own on this machine; its CPU time is
 * added to this process's, as the embedded store's counts in the single-process way.
 */
final class RemoteLeg {
    static final String NAME = "remote-store ingest (Fuseki)";

    private RemoteLeg() {
    }

    static BenchLeg ingest(String url, IngestParts parts, List<Path> files, int threads) throws Exception {
        if (url != null) {
            return run(url, parts, files, threads, null);
        }
        Path dir = Files.createTempDirectory("newsgraph-bench-fuseki-");
        try (ServeProcess server = ServeProcess.start(ServeProcess.jar(LocalPaths.projectRoot()), dir.resolve("store"))) {
            return run(server.url(), parts, files, threads, server);
        } finally {
            Folders.delete(dir);
        }
    }

    private static BenchLeg run(String url, IngestParts parts, List<Path> files, int threads, ServeProcess server)
            throws Exception {
        System.gc();
        double s0 = server == null ? 0 : server.cpuSeconds();
        long w0 = System.nanoTime();
        long c0 = ProcessMemory.cpuNanos();
        try (RemoteStore store = RemoteStore.open(RemoteConfig.fromEnvironment(url, System.getenv()))) {
            Ingest.Outcome o = new Ingest(new IngestPipeline(parts::newConverter, threads, IngestListener.SILENT))
                    .run(files, store);
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (ProcessMemory.cpuNanos() - c0) / 1e9 + (server == null ? 0 : server.cpuSeconds() - s0);
            return new BenchLeg(NAME, o.result().articles(), store.quadCount(), wall, cpu, -1);
        }
    }
}
