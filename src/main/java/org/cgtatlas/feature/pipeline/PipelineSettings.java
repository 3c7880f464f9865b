package org.cgtatlas.feature.pipeline;

import java.util.function.Function;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineSort;

/** Keeps the Pipeline screen's filters and table layout in the settings, under keys starting with {@code pipeline.}. */
public final class PipelineSettings {

    static final String KEY_COLUMNS = "pipeline.columns";
    static final String KEY_SORT = "pipeline.sort";
    static final String KEY_GROUPING = "pipeline.grouping";
    static final String KEY_COUNTRY = "pipeline.filter.country";
    static final String KEY_MODALITY = "pipeline.filter.modality";
    static final String KEY_STAGE = "pipeline.filter.stage";
    static final String KEY_ORGANIZATION_TYPE = "pipeline.filter.organizationType";
    static final String KEY_TEXT = "pipeline.filter.text";

    private final SettingsStore store;

    public PipelineSettings(SettingsStore store) {
        this.store = store;
    }

    public PipelineFilter filter() {
        return new PipelineFilter(store.get(KEY_COUNTRY).orElse(null),
                store.get(KEY_MODALITY).map(name -> parse(name, Modality::valueOf)).orElse(null),
                store.get(KEY_STAGE).map(name -> parse(name, DevelopmentStage::valueOf)).orElse(null),
                store.get(KEY_ORGANIZATION_TYPE).map(name -> parse(name, OrganizationType::valueOf)).orElse(null),
                store.get(KEY_TEXT, ""));
    }

    public void rememberFilter(PipelineFilter filter) {
        store.put(KEY_COUNTRY, filter.countryCode());
        store.put(KEY_MODALITY, filter.modality() == null ? null : filter.modality().name());
        store.put(KEY_STAGE, filter.stage() == null ? null : filter.stage().name());
        store.put(KEY_ORGANIZATION_TYPE, filter.organizationType() == null ? null : filter.organizationType().name());
        store.put(KEY_TEXT, filter.text().isEmpty() ? null : filter.text());
    }

    public ColumnLayout columns() {
        return ColumnLayout.decode(store.get(KEY_COLUMNS, ""));
    }

    public void rememberColumns(ColumnLayout layout) {
        store.put(KEY_COLUMNS, layout.encode());
    }

    public PipelineSort sort() {
        return PipelineSort.decode(store.get(KEY_SORT, ""));
    }

    public void rememberSort(PipelineSort sort) {
        store.put(KEY_SORT, sort.keys().isEmpty() ? null : sort.encode());
    }

    public PipelineGrouping grouping() {
        return PipelineGrouping.parse(store.get(KEY_GROUPING, ""));
    }

    public void rememberGrouping(PipelineGrouping grouping) {
        store.put(KEY_GROUPING, grouping.name());
    }

    /** A value stored by another version that this one does not know is treated as "no filter". */
    private static <E> E parse(String name, Function<String, E> valueOf) {
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
