package org.cgtatlas.ingest.clinicaltrials.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.ingest.ImportFileException;

/**
 * A client of the ClinicalTrials.gov API v2 on the JDK's {@link HttpClient}: {@code GET /version} and
 * {@code GET /studies} pages, one request at a time, paced, retried with backoff on 429, 502, 503 and 504 (honouring
 * {@code Retry-After}), gzip-compressed, through the configured proxy, with a read timeout and a size limit on every
 * body. Failures are {@link ImportFileException}s naming the server, the request ("page 3") and the HTTP status.
 * Cancelling (the supplier turning true) ends waits and reads within a fraction of a second.
 */
public final class CtgovApiClient implements AutoCloseable {

    static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 100;
    private static final int SNIPPET_CHARS = 200;

    private final ApiClientSettings settings;
    private final HttpClient http;
    private final RequestPacer pacer;
    private final Pause pause;
    private final BooleanSupplier cancelled;
    private final ScheduledExecutorService watchdog;
    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code pause} waits between requests and before retries; it should return early once {@code cancelled}. */
    public CtgovApiClient(ApiClientSettings settings, Pause pause, BooleanSupplier cancelled) {
        this.settings = settings;
        this.pause = pause;
        this.cancelled = cancelled;
        this.pacer = new RequestPacer(settings.requestInterval(), pause);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .proxy(settings.proxy())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ctgov-read-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A pause that sleeps in short steps and stops early once the user cancelled. */
    public static Pause sleepingUnless(BooleanSupplier cancelled) {
        return duration -> {
            long end = System.nanoTime() + duration.toNanos();
            long left;
            while ((left = end - System.nanoTime()) > 0 && !cancelled.getAsBoolean()) {
                try {
                    Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    public ApiUrl url() {
        return settings.url();
    }

    /** The name of the far end in messages: "ClinicalTrials.gov API at clinicaltrials.gov". */
    public String source() {
        return "ClinicalTrials.gov API at " + settings.url().server();
    }

    /** {@code GET /version}. */
    public RegistryVersion version() {
        String what = "the version request (/version)";
        try (InputStream body = open(settings.url().resolve("/version", Map.of()), what)) {
            JsonNode version = mapper.readTree(body);
            String timestamp = version == null ? "" : version.path("dataTimestamp").asText("");
            if (timestamp.isEmpty()) {
                throw new ImportFileException(source(), what,
                        "the answer has no \"dataTimestamp\", so this is not a ClinicalTrials.gov API v2 server");
            }
            return new RegistryVersion(version.path("apiVersion").asText(""), timestamp);
        } catch (IOException e) {
            throw failure(what, e);
        }
    }

    /** {@code GET /studies} with these parameters: the page's body, open, which the caller reads and closes. */
    public InputStream studies(Map<String, String> parameters, int pageNumber) {
        return open(settings.url().resolve("/studies", parameters), "page " + pageNumber);
    }

    /** An exception for a read of {@code what} that failed: a cancel, a read timeout, an oversized or broken body. */
    public RuntimeException failure(String what, IOException e) {
        if (e instanceof WatchedInputStream.StoppedReadException stopped && stopped.cancelled()) {
            return new CancelledException();
        }
        if (e instanceof WatchedInputStream.StoppedReadException || e instanceof BoundedInputStream.TooLargeException) {
            return new ImportFileException(source(), what, e.getMessage(), e);
        }
        return new ImportFileException(source(), what, "the connection broke off (" + e.getMessage() + ")", e);
    }

    private InputStream open(URI uri, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        for (int attempt = 1; ; attempt++) {
            pacer.awaitTurn();
            checkCancelled();
            HttpResponse<InputStream> response = send(request, what);
            int status = response.statusCode();
            if (status == 200) {
                return body(response, what);
            }
            String answer = "the server answered HTTP " + status + snippet(response);
            if (!RETRIED.contains(status)) {
                throw new ImportFileException(source(), what, answer);
            }
            if (attempt >= settings.maxAttempts()) {
                throw new ImportFileException(source(), what, answer + ", " + attempt + " times");
            }
            Duration wait = retryAfter(response).orElse(FIRST_BACKOFF.multipliedBy(1L << (attempt - 1)));
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                throw new ImportFileException(source(), what, answer + " and asks to wait " + wait.toSeconds()
                        + " s, longer than the " + settings.maxRetryWait().toSeconds() + " s CGT Atlas waits");
            }
            pause.pause(wait);
            checkCancelled();
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, String what) {
        CompletableFuture<HttpResponse<InputStream>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (cancelled.getAsBoolean()) {
                        future.cancel(true);
                        throw new CancelledException();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw new ImportFileException(source(), what, unreachable(e.getCause()), e.getCause());
        }
    }

    private String unreachable(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + settings.connectTimeout().toSeconds() + " s (connect timeout)";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + settings.readTimeout().toSeconds() + " s (read timeout)";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect (" + (cause.getMessage() == null ? "connection refused" : cause.getMessage()) + ")";
        }
        return "the request failed (" + cause + ")";
    }

    private InputStream body(HttpResponse<InputStream> response, String what) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("json")) {
            String snippet = snippet(response);
            throw new ImportFileException(source(), what, "the server sent " + type + ", not a ClinicalTrials.gov API v2 "
                    + "JSON page (is the address right?)" + snippet);
        }
        InputStream body = new WatchedInputStream(response.body(), settings.readTimeout(), cancelled, watchdog);
        try {
            if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
                body = new GZIPInputStream(body, 64 * 1024);
            }
        } catch (IOException e) {
            closeQuietly(body);
            throw failure(what, e);
        }
        return new BoundedInputStream(body, settings.maxPageBytes());
    }

    /** The start of an error response's body, which usually says what was wrong with the request. */
    private static String snippet(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readNBytes(SNIPPET_CHARS * 4), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ").strip();
            text = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text;
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
