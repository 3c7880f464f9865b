package org.cgtatlas.core;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * A counter bumped on the FX thread whenever stored data changes (an edit, an import, a restore),
 * so every screen that shows data can reload without knowing who changed it.
 */
public final class DataRevision {

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper replacement = new ReadOnlyLongWrapper();
    private volatile long current;

    public void changed() {
        current = revision.get() + 1;
        revision.set(current);
    }

    /**
     * The whole database was replaced (a restore): besides reloading, screens forget what referred to the data before
     * it — their undo and their "Deleted …"/"Restored …" notices.
     */
    public void replaced() {
        replacement.set(replacement.get() + 1);
        changed();
    }

    /** Bumped by {@link #replaced()} only. */
    public ReadOnlyLongProperty replacementProperty() {
        return replacement.getReadOnlyProperty();
    }

    /** The revision now, readable from any thread (the property is for the FX thread). */
    public long current() {
        return current;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
