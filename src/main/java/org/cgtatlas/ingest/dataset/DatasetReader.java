package org.cgtatlas.ingest.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DateProblem;
import org.cgtatlas.domain.DateRules;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.ingest.JsonSyntax;

/**
 * Reads a dataset JSON document and turns every Jackson failure into a sentence that names the place:
 * "programmes[12].stage: unknown stage 'Phase 7'".
 */
public final class DatasetReader {

    private final ObjectMapper mapper = DatasetJson.mapper();

    /**
     * Parses the whole document first, so syntax and size limits are checked for every byte whatever its place,
     * then maps it, so type errors are reported by their path in the document.
     */
    public Dataset read(InputStream in, String fileName) {
        try {
            JsonNode document = mapper.readTree(in);
            if (document == null || document.isMissingNode()) {
                throw new DatasetFormatException(fileName, List.of("the file is empty"));
            }
            if (!document.isObject()) {
                throw new DatasetFormatException(fileName, List.of("expected a JSON object at the top level, found "
                        + document.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
            return mapper.treeToValue(document, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new DatasetFormatException(fileName, List.of(describe(e)));
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(fileName, List.of("the file is not valid UTF-8 text"));
        } catch (IOException e) {
            throw new DatasetFormatException(fileName, List.of("cannot be read: " + e.getMessage()));
        }
    }

    static String describe(JsonProcessingException error) {
        if (error instanceof JsonEOFException) {
            return "the document ends too early" + at(error.getLocation()) + " — the file looks truncated";
        }
        if (error instanceof StreamConstraintsException) {
            return "the document exceeds a size limit" + at(error.getLocation()) + ": " + error.getOriginalMessage();
        }
        if (!(error instanceof JsonMappingException mapping)) {
            return "not valid JSON" + at(error.getLocation()) + ": " + JsonSyntax.problem(error.getOriginalMessage());
        }
        String path = path(mapping);
        String field = lastField(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return path + ": unknown field '" + unknown.getPropertyName() + "'";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            if (invalid.getTargetType() == PartialDate.class) {
                String text = String.valueOf(invalid.getValue());
                return path + ": " + DateRules.check(text).orElse(DateProblem.NOT_A_DATE).describe(text);
            }
            if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                return path + ": unknown " + humanName(field) + " '" + invalid.getValue() + "'";
            }
            return path + ": " + humanName(field) + " '" + invalid.getValue() + "' is not valid"
                    + (invalid.getCause() != null ? " (" + invalid.getCause().getMessage() + ")" : "");
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return path + ": expected " + typeName(mismatch.getTargetType()) + at(mapping.getLocation());
        }
        return (path.isEmpty() ? "" : path + ": ") + refusal(mapping) + at(mapping.getLocation());
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String lastField(JsonMappingException mapping) {
        for (int i = mapping.getPath().size() - 1; i >= 0; i--) {
            String name = mapping.getPath().get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return "value";
    }

    /** "countryCode" → "country code", "type" stays "type". */
    private static String humanName(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** A record that refused its values says why (its own words); Jackson's words stay in the technical details. */
    private static String refusal(JsonMappingException mapping) {
        Throwable cause = mapping.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage().strip();
        }
        return "this value does not fit here";
    }
}
