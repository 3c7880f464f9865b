package org.cgtatlas.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A source an analyst gives for a record they entered or edited: a web page ({@code url}) or a document
 * ({@code title}), its publisher and date, the passage they rely on (optional) and the day they read it.
 * At least one of {@code url} and {@code title} is given.
 */
public record AnalystSource(String url, String title, String publisher, PartialDate publishedOn, String passage,
                            LocalDate accessedOn) {

    /** Longest values the database keeps, shown as limits in the form. */
    public static final int MAX_URL = 2000;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_PUBLISHER = 300;
    public static final int MAX_PASSAGE = 8000;

    /** True when the source can be opened in a browser: its address is an http or https URL with a host. */
    public boolean opensInBrowser() {
        return url != null && isWebAddress(url);
    }

    /** The title when given, else the address. */
    public String label() {
        return title != null && !title.isBlank() ? title : url;
    }

    /** "Title — Publisher, 2026-11-03 · https://… · accessed 2026-12-03", the parts that are given. */
    public String citationText() {
        String publication = Stream.of(publisher, publishedOn == null ? null : publishedOn.iso())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        return Stream.of(label(), publication.isEmpty() ? null : "— " + publication,
                        title != null && !title.isBlank() && url != null ? "· " + url : null,
                        accessedOn == null ? null : "· accessed " + accessedOn)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }

    /** An absolute http or https address with a host, e.g. "https://www.example.com/news/1". */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isBlank() || text.strip().chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
