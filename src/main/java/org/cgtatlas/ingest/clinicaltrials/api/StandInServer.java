package org.cgtatlas.ingest.clinicaltrials.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for the ClinicalTrials.gov API v2 on the loopback interface, serving a fixed set of study objects as the
 * registry does: {@code GET /api/v2/version} and {@code GET /api/v2/studies} pages of at most {@code pageSize}
 * studies, {@code totalCount} on the first page, a {@code nextPageToken} after every full page (so the last page
 * may be empty), gzip when asked, and {@code AREA[LastUpdatePostDate]RANGE[date,MAX]} in {@code filter.advanced}
 * honoured. For {@code cgt-atlas bench refresh} and the tests, whose {@link Interceptor} may answer a request
 * itself (an error, a stall, a cut-off body).
 */
public final class StandInServer implements AutoCloseable {

    /** May answer a request in place of the server; {@code page} is 0 for {@code /version}. */
    @FunctionalInterface
    public interface Interceptor {
        boolean handle(HttpExchange exchange, int page) throws IOException;
    }

    public static final Interceptor NONE = (exchange, page) -> false;
    private static final Pattern SINCE = Pattern.compile("AREA\\[LastUpdatePostDate]RANGE\\[(\\d{4}-\\d{2}-\\d{2}),\\s*MAX]");
    private static final String TOKEN_PREFIX = "offset-";

    private record Study(String json, String lastUpdate) {
    }

    private final HttpServer server;
    private final List<Study> studies;
    private final int pageSize;
    private final String dataTimestamp;
    private final Interceptor interceptor;
    private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, String>> requestHeaders = Collections.synchronizedList(new ArrayList<>());

    private StandInServer(List<Study> studies, int pageSize, String dataTimestamp, Interceptor interceptor) throws IOException {
        this.studies = studies;
        this.pageSize = pageSize;
        this.dataTimestamp = dataTimestamp;
        this.interceptor = interceptor;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ctgov-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** Serves these study objects (JSON texts), {@code pageSize} a page, with this {@code dataTimestamp}. */
    public static StandInServer start(List<String> studyJson, int pageSize, String dataTimestamp, Interceptor interceptor) {
        ObjectMapper mapper = new ObjectMapper();
        List<Study> studies = new ArrayList<>();
        try {
            for (String json : studyJson) {
                studies.add(new Study(json, mapper.readTree(json).path("protocolSection").path("statusModule")
                        .path("lastUpdatePostDateStruct").path("date").asText("")));
            }
            return new StandInServer(studies, pageSize, dataTimestamp, interceptor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the stand-in API server", e);
        }
    }

    /** The base address, e.g. {@code http://127.0.0.1:40123/api/v2}. */
    public String apiUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/api/v2";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request received, in order, as its URI (absolute when it came through a proxy). */
    public List<URI> requests() {
        return List.copyOf(requests);
    }

    /** The headers of every request, lower-case names, first value each. */
    public List<Map<String, String>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            requests.add(uri);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            requestHeaders.add(headers);
            Map<String, String> parameters = parameters(uri.getRawQuery());
            String path = uri.getPath();
            if (path.endsWith("/version")) {
                if (!interceptor.handle(exchange, 0)) {
                    send(exchange, "{\"apiVersion\":\"2.0.5\",\"dataTimestamp\":\"" + dataTimestamp + "\"}");
                }
            } else if (path.endsWith("/studies")) {
                String token = parameters.get("pageToken");
                int offset = token == null ? 0 : Integer.parseInt(token.substring(TOKEN_PREFIX.length()));
                if (!interceptor.handle(exchange, offset / pageSize + 1)) {
                    send(exchange, page(matching(parameters.get("filter.advanced")), offset));
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private List<Study> matching(String advanced) {
        Matcher since = SINCE.matcher(advanced == null ? "" : advanced);
        if (!since.find()) {
            return studies;
        }
        String date = since.group(1);
        return studies.stream().filter(study -> study.lastUpdate().compareTo(date) >= 0).toList();
    }

    private String page(List<Study> matching, int offset) {
        int end = Math.min(matching.size(), offset + pageSize);
        StringBuilder page = new StringBuilder(Math.max(16, (end - offset) * 4096)).append("{\"studies\":[");
        for (int i = offset; i < end; i++) {
            page.append(i == offset ? "" : ",").append(matching.get(i).json());
        }
        page.append(']');
        if (offset == 0) {
            page.append(",\"totalCount\":").append(matching.size());
        }
        if (end - offset == pageSize) {
            page.append(",\"nextPageToken\":\"").append(TOKEN_PREFIX).append(end).append('"');
        }
        return page.append('}').toString();
    }

    /** Sends JSON with status 200, gzip-compressed when the request accepts it. */
    public static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                gzip.write(body);
            }
            body = packed.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
