package org.cgtatlas.testing;

import org.cgtatlas.core.concurrent.Progress;

/** A user who cancels: {@link #isCancelled} answers false a given number of times, then true. */
public final class CancellingProgress implements Progress {

    private final int checksBeforeCancel;
    private final String cancelOnMessage;
    private int checks;
    private volatile boolean cancelled;

    private CancellingProgress(int checksBeforeCancel, String cancelOnMessage) {
        this.checksBeforeCancel = checksBeforeCancel;
        this.cancelOnMessage = cancelOnMessage;
    }

    /** Cancelled from the first check on. */
    public static Progress atOnce() {
        return afterChecks(0);
    }

    public static Progress afterChecks(int checks) {
        return new CancellingProgress(checks, null);
    }

    /** Cancels when the work reports this message (e.g. that it is saving), whatever it checks before. */
    public static Progress onMessage(String message) {
        return new CancellingProgress(Integer.MAX_VALUE, message);
    }

    @Override
    public void update(long done, long total) {
        // not watched in tests
    }

    @Override
    public void message(String message) {
        if (message.equals(cancelOnMessage)) {
            cancelled = true;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled || ++checks > checksBeforeCancel;
    }
}
