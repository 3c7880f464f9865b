package org.cgtatlas.testing;

import org.cgtatlas.core.concurrent.Progress;

/** A user who cancels: {@link #isCancelled} answers false a given number of times, then true. */
public final class CancellingProgress implements Progress {

    private final int checksBeforeCancel;
    private int checks;

    private CancellingProgress(int checksBeforeCancel) {
        this.checksBeforeCancel = checksBeforeCancel;
    }

    /** Cancelled from the first check on. */
    public static Progress atOnce() {
        return afterChecks(0);
    }

    public static Progress afterChecks(int checks) {
        return new CancellingProgress(checks);
    }

    @Override
    public void update(long done, long total) {
        // not watched in tests
    }

    @Override
    public void message(String message) {
        // not watched in tests
    }

    @Override
    public boolean isCancelled() {
        return ++checks > checksBeforeCancel;
    }
}
