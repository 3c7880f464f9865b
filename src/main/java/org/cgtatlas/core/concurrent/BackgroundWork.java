package org.cgtatlas.core.concurrent;

/** Work to run off the FX thread; it reports progress and checks for cancellation through {@link Progress}. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
