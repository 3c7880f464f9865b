package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.landscape.pipeline.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSettingsTest {

    @TempDir
    Path folder;

    @Test
    void filtersLayoutSortAndGroupingSurviveARestart() {
        Path file = folder.resolve("settings.properties");
        SettingsStore store = SettingsStore.load(file);
        PipelineSettings settings = new PipelineSettings(store);
        PipelineFilter filter = new PipelineFilter("KR", Modality.CAR_T, DevelopmentStage.PHASE_1, OrganizationType.COMPANY, "셀 cell");
        ColumnLayout columns = ColumnLayout.decode("SOURCE:300:1,COMPANY:120:0");
        PipelineSort sort = new PipelineSort(List.of(new SortKey(PipelineColumn.STAGE, false)));
        settings.rememberFilter(filter);
        settings.rememberColumns(columns);
        settings.rememberSort(sort);
        settings.rememberGrouping(PipelineGrouping.BY_COUNTRY);
        store.save();

        PipelineSettings reread = new PipelineSettings(SettingsStore.load(file));
        assertThat(reread.filter()).isEqualTo(filter);
        assertThat(reread.columns()).isEqualTo(columns);
        assertThat(reread.sort()).isEqualTo(sort);
        assertThat(reread.grouping()).isEqualTo(PipelineGrouping.BY_COUNTRY);
    }

    @Test
    void clearedFiltersAndUnknownValuesReadAsNoFilter() {
        SettingsStore store = SettingsStore.load(folder.resolve("settings.properties"));
        PipelineSettings settings = new PipelineSettings(store);
        settings.rememberFilter(new PipelineFilter("JP", Modality.NK, null, null, "x"));
        settings.rememberFilter(PipelineFilter.NONE);
        assertThat(settings.filter()).isEqualTo(PipelineFilter.NONE);

        store.put("pipeline.filter.modality", "TELEPORTATION");
        assertThat(settings.filter().modality()).isNull();
        assertThat(settings.grouping()).isEqualTo(PipelineGrouping.FLAT);
    }
}
