package org.cgtatlas.ingest.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.cgtatlas.domain.PartialDate;

/** The one Jackson configuration for the dataset format: strict, size-limited, dates as "YYYY[-MM[-DD]]". */
public final class DatasetJson {

    /** Limits that keep a hostile or broken file from exhausting memory or the stack. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 5_000_000;
    public static final long MAX_DOCUMENT_LENGTH = 200L * 1024 * 1024;

    private DatasetJson() {
    }

    public static ObjectMapper mapper() {
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
                String text = parser.getValueAsString();
                try {
                    return PartialDate.parse(text);
                } catch (IllegalArgumentException e) {
                    return (PartialDate) context.handleWeirdStringValue(PartialDate.class, text, e.getMessage());
                }
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        return mapper;
    }
}
