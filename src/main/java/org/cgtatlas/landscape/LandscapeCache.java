package org.cgtatlas.landscape;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The current {@link Landscape}, read once per data revision: however many screens reload after one edit, the first
 * to ask reads the database and the others get the same snapshot. Safe to call from any background thread.
 */
public final class LandscapeCache {

    private final Supplier<Landscape> reader;
    private final LongSupplier revision;
    private Landscape landscape;
    private long loadedRevision;
    private int loads;

    /** {@code revision} says which data revision is current; it must be readable from any thread. */
    public LandscapeCache(Supplier<Landscape> reader, LongSupplier revision) {
        this.reader = reader;
        this.revision = revision;
    }

    /** The snapshot of the current revision, read now if it is not cached yet. */
    public synchronized Landscape current() {
        long now = revision.getAsLong();
        if (landscape == null || loadedRevision != now) {
            landscape = reader.get();
            loadedRevision = now;
            loads++;
        }
        return landscape;
    }

    /** How many times the dataset was read: for tests and the bench. */
    public synchronized int loads() {
        return loads;
    }
}
