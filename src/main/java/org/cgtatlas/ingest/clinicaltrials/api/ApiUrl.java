package org.cgtatlas.ingest.clinicaltrials.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The base address of a server speaking the ClinicalTrials.gov API v2 (the registry itself, a mirror, a proxy cache,
 * a test stand-in), e.g. {@code https://clinicaltrials.gov/api/v2}. Only http and https are accepted.
 */
public record ApiUrl(URI base) {

    public static final String DEFAULT = "https://clinicaltrials.gov/api/v2";

    public ApiUrl {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
            throw new IllegalArgumentException(invalid(base.toString()));
        }
    }

    /** The address as typed, without a trailing slash; an address that is not http(s) is refused with a clear message. */
    public static ApiUrl parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return new ApiUrl(new URI(trimmed));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(trimmed), e);
        }
    }

    public static ApiUrl standard() {
        return parse(DEFAULT);
    }

    private static String invalid(String text) {
        return "\"" + text + "\" is not an http or https address of a ClinicalTrials.gov API v2 server "
                + "(the registry's own is " + DEFAULT + ")";
    }

    /** The server as named in messages: its host and, if not the default, port. */
    public String server() {
        return base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /** {@code base + path}, with the parameters URL-encoded in their order. */
    URI resolve(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
