package org.cgtatlas.core.concurrent;

/**
 * What long work sees of its task. Cancellation is a flag the work polls between steps:
 * a thread doing H2 I/O is never interrupted, because an interrupt can close H2's file channel.
 */
public interface Progress {

    void update(long done, long total);

    void message(String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** For work run outside any task (the command line, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
            // nobody is watching
        }

        @Override
        public void message(String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
