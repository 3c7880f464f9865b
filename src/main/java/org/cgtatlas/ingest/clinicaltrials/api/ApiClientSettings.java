package org.cgtatlas.ingest.clinicaltrials.api;

import java.net.ProxySelector;
import java.time.Duration;
import org.cgtatlas.core.AppVersion;

/**
 * How the client behaves on the network.
 *
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for the response's headers, and at most between two reads of its body
 * @param requestInterval at least this much time between two requests (the registry asks for about one a second)
 * @param maxPageBytes    the largest response body accepted, uncompressed
 * @param maxAttempts     tries of one request answered 429, 502, 503 or 504
 * @param maxRetryWait    the longest wait between tries (a longer {@code Retry-After} fails the request)
 * @param proxy           where requests go (the system's proxy settings by default)
 */
public record ApiClientSettings(ApiUrl url, Duration connectTimeout, Duration readTimeout, Duration requestInterval,
                                long maxPageBytes, int maxAttempts, Duration maxRetryWait, ProxySelector proxy,
                                String userAgent) {

    public static final long DEFAULT_MAX_PAGE_BYTES = 512L * 1024 * 1024;

    /** Polite defaults: 15 s to connect, 60 s read timeout, one request a second, five tries, the system's proxy. */
    public static ApiClientSettings standard(ApiUrl url) {
        return new ApiClientSettings(url, Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(1),
                DEFAULT_MAX_PAGE_BYTES, 5, Duration.ofMinutes(5), ProxySelector.getDefault(),
                "CGT Atlas/" + AppVersion.current());
    }

    public ApiClientSettings withReadTimeout(Duration timeout) {
        return new ApiClientSettings(url, connectTimeout, timeout, requestInterval, maxPageBytes, maxAttempts, maxRetryWait,
                proxy, userAgent);
    }

    /** {@link Duration#ZERO} sends requests back to back: for a local stand-in (tests, benchmarks) only. */
    public ApiClientSettings withRequestInterval(Duration interval) {
        return new ApiClientSettings(url, connectTimeout, readTimeout, interval, maxPageBytes, maxAttempts, maxRetryWait,
                proxy, userAgent);
    }

    public ApiClientSettings withMaxPageBytes(long bytes) {
        return new ApiClientSettings(url, connectTimeout, readTimeout, requestInterval, bytes, maxAttempts, maxRetryWait,
                proxy, userAgent);
    }
}
