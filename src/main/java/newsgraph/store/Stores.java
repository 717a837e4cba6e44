package newsgraph.store;

import java.nio.file.Path;

/** Opens the store a {@code --store} value names: an {@code http(s)://} dataset URL, else a TDB2 folder. */
public final class Stores {
    private Stores() {
    }

    /** Opens the store, creating a local one if needed; a remote store's credentials come from the environment. */
    public static ArticleStore open(String location) {
        return RemoteConfig.isRemote(location) ? remote(location) : GraphStore.open(Path.of(location));
    }

    /** Opens a store that must exist already (a local folder that holds none is an error). */
    public static ArticleStore openExisting(String location) {
        return RemoteConfig.isRemote(location) ? remote(location) : GraphStore.openExisting(Path.of(location));
    }

    private static ArticleStore remote(String url) {
        return RemoteStore.open(RemoteConfig.fromEnvironment(url, System.getenv()));
    }
}
