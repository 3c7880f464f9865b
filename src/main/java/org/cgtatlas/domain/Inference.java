package org.cgtatlas.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A curator's inference: the value of {@code field} is not stated by the cited passages but concluded from them,
 * for the given reason (e.g. {@code indication}: "expanded from 'SMA'").
 */
public record Inference(String field, String reason) {

    /** The sign printed and shown beside an inferred value, on screen and on paper. */
    public static final String SIGN = "≈";

    /** Parts of a record that are not facts about the world and so cannot be inferred. */
    private static final Set<String> NOT_FACTS = Set.of("id", "citations", "provenance", "inferred", "analystSources");

    /** The fields of a kind of record that an inference may name: its JSON field names, bar id and bookkeeping. */
    public static Set<String> inferableFields(Class<? extends Record> kind) {
        return Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !NOT_FACTS.contains(name)).collect(Collectors.toUnmodifiableSet());
    }

    /** The field as a reader names it: "organizationId" → "organization", "countryCodes" → "countries". */
    public String fieldLabel() {
        String label = switch (field) {
            case "countryCodes" -> "countries";
            case "statusText" -> "status";
            default -> field.replaceAll("Ids$", "s").replaceAll("(Id|Code)$", "");
        };
        return label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The marker on {@code field} among {@code inferred}, or null when the field's value is stated by a source. */
    public static Inference on(List<Inference> inferred, String field) {
        return inferred.stream().filter(inference -> inference.field().equals(field)).findFirst().orElse(null);
    }

    /**
     * The markers that still hold after an analyst's edit: a field whose value the analyst changed is the analyst's
     * own statement now, so its marker goes; the others stay.
     */
    public static <T extends Record> List<Inference> keptAfterEdit(T before, T after, List<Inference> inferred) {
        return inferred.stream().filter(inference -> Objects.equals(value(before, inference.field()),
                value(after, inference.field()))).toList();
    }

    private static Object value(Record record, String field) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + field + " of " + record.getClass().getSimpleName(), e);
                }
            }
        }
        return null;
    }
}
