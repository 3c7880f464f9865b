package org.cgtatlas.export.pdf.section;

import java.util.List;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;

/**
 * What the comparison, pipeline, timeline and cross-border sections draw. {@link #from} derives them from the
 * report data; a caller that has a screen's own comparison, filtered pipeline rows or timeline can pass those instead,
 * so the paper shows what the screen shows.
 */
public record SectionInputs(ComparisonTable comparison, List<PipelineRow> pipeline, TimelineData timeline,
                            CrossBorderMatrix crossBorder) {

    public SectionInputs {
        pipeline = List.copyOf(pipeline);
    }

    /** The pipeline rows and the cross-border matrix are the screens' own projections, narrowed by the filter. */
    public static SectionInputs from(ReportData data) {
        ReportFilter filter = data.filter();
        List<PipelineRow> pipeline = PipelineRows.of(data.landscape()).stream()
                .filter(row -> filter.acceptsCountry(row.countryCode()))
                .filter(row -> filter.modality() == null || filter.modality() == row.modality())
                .toList();
        return new SectionInputs(ComparisonTable.build(data), pipeline, TimelineData.from(data),
                CrossBorderMatrix.count(data.events(), EventCountries.of(data.landscape())));
    }
}
