package org.cgtatlas.data;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.PartialDate;

/**
 * A record's fields as the change log stores them: a compact JSON object of the domain record's components, in
 * their declared order (so equal records give equal text), dates as "YYYY[-MM[-DD]]". Read back, it is the record.
 */
final class ChangeJson {

    private static final ObjectMapper MAPPER = mapper();
    /** Who changed a record and when is the log row's own; the record's copy of it is not a change a reader looks for. */
    private static final String BOOKKEEPING = "provenance";

    private ChangeJson() {
    }

    static String write(Record record) {
        if (record == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + record.getClass().getSimpleName() + " to the change log", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The change log holds a " + type.getSimpleName() + " it cannot read", e);
        }
    }

    /**
     * The fields that differ between two versions, in the record's order, without the provenance (who and when,
     * which the log row states); a field missing from one side (an insert, a delete) reads as empty, and one empty on
     * both sides (an insert's unset note) is not listed.
     */
    static List<FieldChange> changedFields(String before, String after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        Set<String> names = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        names.remove(BOOKKEEPING);
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = old.path(name);
            JsonNode is = now.path(name);
            String shownBefore = text(was);
            String shownAfter = text(is);
            if (!was.equals(is) && !(shownBefore.isEmpty() && shownAfter.isEmpty())) {
                changes.add(new FieldChange(name, shownBefore, shownAfter));
            }
        }
        return changes;
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as a reader sees it: lists joined, objects (a citation, the provenance) as "name: value" pairs. */
    private static String text(JsonNode value) {
        if (value.isMissingNode() || value instanceof NullNode) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return String.join(allValues(value) ? ", " : "; ", items);
        }
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String shown = text(field.getValue());
            if (!shown.isEmpty()) {
                pairs.add(field.getKey() + ": " + shown);
            }
        }
        return String.join(", ", pairs);
    }

    private static boolean allValues(JsonNode array) {
        for (Iterator<JsonNode> items = array.elements(); items.hasNext(); ) {
            if (!items.next().isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("partial-dates");
        dates.addSerializer(PartialDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(PartialDate value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(value.iso());
            }
        });
        dates.addDeserializer(PartialDate.class, new JsonDeserializer<>() {
            @Override
            public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return PartialDate.parse(parser.getValueAsString());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
