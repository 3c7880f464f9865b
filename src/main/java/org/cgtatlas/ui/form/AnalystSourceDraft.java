package org.cgtatlas.ui.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.PartialDate;

/**
 * The source form's values as typed. {@link #problems(LocalDate)} says what is wrong, by field; {@link #toSource()}
 * builds the source once there is nothing wrong.
 */
public record AnalystSourceDraft(String url, String title, String publisher, String publishedOn, String passage,
                                 String accessedOn) {

    public enum Field { URL, TITLE, PUBLISHER, PUBLISHED_ON, PASSAGE, ACCESSED_ON }

    /** A new source: read today. */
    public static AnalystSourceDraft readOn(LocalDate today) {
        return new AnalystSourceDraft("", "", "", "", "", today.toString());
    }

    public static AnalystSourceDraft of(AnalystSource source) {
        return new AnalystSourceDraft(text(source.url()), text(source.title()), text(source.publisher()),
                source.publishedOn() == null ? "" : source.publishedOn().iso(), text(source.passage()),
                source.accessedOn() == null ? "" : source.accessedOn().toString());
    }

    /** The problems of each field, in field order; empty when the source can be kept. */
    public Map<Field, String> problems(LocalDate today) {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (!blank(url) && !AnalystSource.isWebAddress(url)) {
            problems.put(Field.URL, Messages.get("source.form.error.url", url.strip()));
        }
        tooLong(problems, Field.URL, url, AnalystSource.MAX_URL);
        if (blank(url) && blank(title)) {
            problems.put(Field.TITLE, Messages.get("source.form.error.urlOrTitle"));
        }
        tooLong(problems, Field.TITLE, title, AnalystSource.MAX_TITLE);
        tooLong(problems, Field.PUBLISHER, publisher, AnalystSource.MAX_PUBLISHER);
        PartialDate published = null;
        if (!blank(publishedOn)) {
            try {
                published = PartialDate.parse(publishedOn);
                if (published.start().isAfter(today)) {
                    problems.put(Field.PUBLISHED_ON, Messages.get("source.form.error.future", published.iso()));
                }
            } catch (IllegalArgumentException e) {
                problems.put(Field.PUBLISHED_ON, Messages.get("source.form.error.publishedOn", publishedOn.strip()));
            }
        }
        tooLong(problems, Field.PASSAGE, passage, AnalystSource.MAX_PASSAGE);
        accessedProblem(today, published).ifPresent(problem -> problems.put(Field.ACCESSED_ON, problem));
        return problems;
    }

    private java.util.Optional<String> accessedProblem(LocalDate today, PartialDate published) {
        if (blank(accessedOn)) {
            return java.util.Optional.of(Messages.get("source.form.error.accessedMissing"));
        }
        String text = accessedOn.strip();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.util.Optional.of(Messages.get("source.form.error.accessedForm", text));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeException e) {
            return java.util.Optional.of(Messages.get("source.form.error.noSuchDay", text));
        }
        if (day.isAfter(today)) {
            return java.util.Optional.of(Messages.get("source.form.error.future", text));
        }
        if (published != null && day.isBefore(published.start())) {
            return java.util.Optional.of(Messages.get("source.form.error.accessedBeforePublished", text, published.iso()));
        }
        return java.util.Optional.empty();
    }

    private static void tooLong(Map<Field, String> problems, Field field, String value, int limit) {
        if (value != null && value.strip().length() > limit && !problems.containsKey(field)) {
            problems.put(field, Messages.get("source.form.error.tooLong", value.strip().length(), limit));
        }
    }

    /** The source to keep; call only when {@link #problems(LocalDate)} is empty. */
    public AnalystSource toSource() {
        return new AnalystSource(orNull(url), orNull(title), orNull(publisher), PartialDate.parseOptional(publishedOn),
                orNull(passage), LocalDate.parse(accessedOn.strip()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
