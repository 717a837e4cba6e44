package newsgraph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import newsgraph.ingest.InputReader;

/**
 * Lists the job's input files on the driver, through Hadoop's {@link FileSystem} so that any of its
 * filesystems works: a file as it is, a folder searched recursively for the files the reader wants (by
 * extension, or every file not hidden when the format is forced), each folder's files sorted, as
 * {@code newsgraph ingest} lists a local folder.
 */
final class InputListing {
    private InputListing() {
    }

    static List<InputFile> list(List<String> paths, InputReader reader, Configuration conf) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String p : paths) {
            Path path = new Path(p);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                out.add(new InputFile(p, out.size(), "no such file or directory"));
                continue;
            }
            if (!status.isDirectory()) {
                out.add(new InputFile(status.getPath().toString(), out.size(), null));
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
            while (it.hasNext()) {
                Path f = it.next().getPath();
                if (!hidden(path, f) && reader.wants(java.nio.file.Path.of(f.getName()))) {
                    found.add(f.toString());
                }
            }
            if (found.isEmpty()) {
                out.add(new InputFile(p, out.size(), "no input files in this folder"));
            }
            found.sort(null);
            found.forEach(f -> out.add(new InputFile(f, out.size(), null)));
        }
        return out;
    }

    /**
     * Hadoop's own files in a folder another job wrote ({@code _SUCCESS}, {@code _temporary/}) are never
     * articles, even when {@code --format} takes every file not hidden.
     */
    private static boolean hidden(Path root, Path file) {
        if (file.getName().equals("_SUCCESS")) {
            return true;
        }
        for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().equals("_temporary")) {
                return true;
            }
        }
        return false;
    }
}
