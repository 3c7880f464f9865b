package org.cgtatlas.core.concurrent;

/** Thrown by work that stopped because the user cancelled it; not an error to report. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
