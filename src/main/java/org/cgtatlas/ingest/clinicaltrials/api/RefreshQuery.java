package org.cgtatlas.ingest.clinicaltrials.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The saved query of a refresh: {@code GET /studies} parameters, written one per line as {@code name=value}, e.g.
 * {@code query.intr=…} and {@code filter.advanced=AREA[LocationCountry]…} (Essie syntax). Only {@code query.*},
 * {@code filter.*} and {@code postFilter.*} parameters belong here; paging, counting and the format are the
 * client's. An incremental refresh adds {@code AREA[LastUpdatePostDate]RANGE[date,MAX]} to {@code filter.advanced}.
 */
public record RefreshQuery(Map<String, String> parameters) {

    static final String ADVANCED = "filter.advanced";
    static final int PAGE_SIZE = 1000;

    public RefreshQuery {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Reads the query as written (one {@code name=value} a line); a line that is not one is refused, naming it. */
    public static RefreshQuery parse(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals).strip();
            String value = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (!name.matches("(query|filter|postFilter)\\.[A-Za-z]+") || value.isEmpty()) {
                throw new IllegalArgumentException("Query, line " + (i + 1) + ": \"" + line + "\" is not a search parameter "
                        + "written as name=value with a name such as query.intr, query.cond, query.term or filter.advanced");
            }
            if (parameters.put(name, value) != null) {
                throw new IllegalArgumentException("Query, line " + (i + 1) + ": " + name + " is given twice");
            }
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("The query is empty: without one, a refresh would fetch the whole registry");
        }
        return new RefreshQuery(parameters);
    }

    /** The query as the user edits and the settings keep it: one {@code name=value} a line. */
    public String text() {
        return parameters.entrySet().stream().map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** Only studies whose last update was posted on or after {@code date}. */
    public RefreshQuery updatedSince(LocalDate date) {
        Map<String, String> narrowed = new LinkedHashMap<>(parameters);
        String range = "AREA[LastUpdatePostDate]RANGE[" + date + ",MAX]";
        narrowed.merge(ADVANCED, range, (advanced, added) -> "(" + advanced + ") AND " + added);
        return new RefreshQuery(narrowed);
    }

    /** The parameters of one page's request: the query, 1,000 studies a page, the total count, the page token. */
    public Map<String, String> pageParameters(String pageToken) {
        Map<String, String> request = new LinkedHashMap<>(parameters);
        request.put("format", "json");
        request.put("pageSize", String.valueOf(PAGE_SIZE));
        request.put("countTotal", "true");
        if (pageToken != null) {
            request.put("pageToken", pageToken);
        }
        return request;
    }

    /**
     * Cell and gene therapy interventions, as the classification rules name them ({@code interventionTerms}, see
     * {@link EssieTerms}), at a site in China, Japan, South Korea, Taiwan or Hong Kong.
     */
    public static RefreshQuery of(List<String> interventionTerms) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query.intr", interventionTerms.stream().map(term -> "\"" + term + "\"")
                .collect(Collectors.joining(" OR ")));
        // Older records name South Korea "Korea, Republic of", newer ones "South Korea".
        List<String> countries = List.of("China", "Japan", "South Korea", "Korea, Republic of", "Taiwan", "Hong Kong");
        parameters.put(ADVANCED, "AREA[LocationCountry](" + countries.stream().map(country -> "\"" + country + "\"")
                .collect(Collectors.joining(" OR ")) + ")");
        return new RefreshQuery(parameters);
    }
}
