package org.cgtatlas.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of curated record the change log follows, each with the name stored in {@code change_log.record_kind}. */
public enum RecordKind {
    PROGRAMME("programme", Programme.class),
    ORGANIZATION("organization", Organization.class),
    EVENT("event", CollaborationEvent.class),
    METRIC("metric", CountryMetric.class),
    MILESTONE("milestone", Milestone.class),
    PIPELINE_LISTING("pipeline-listing", PipelineListing.class),
    PERSON("person", Person.class),
    COUNTRY("country", Country.class),
    SOURCE("source", Source.class),
    TRIAL_OVERRIDE("trial-override", TrialOverride.class),
    PRODUCT_ENTRY("product-entry", ProductEntry.class);

    private final String key;
    private final Class<? extends Record> type;

    RecordKind(String key, Class<? extends Record> type) {
        this.key = key;
        this.type = type;
    }

    public String key() {
        return key;
    }

    /** The domain record a version of this kind is read back as. */
    public Class<? extends Record> type() {
        return type;
    }

    public static Optional<RecordKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
