package org.cgtatlas.export.pdf.section;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.export.pdf.ReportData;

/**
 * What the comparison, pipeline, timeline and cross-border sections draw. {@link #from} derives them from the
 * report data; a caller that has a screen's own comparison, filtered pipeline rows or timeline can pass those instead,
 * so the paper shows what the screen shows.
 */
public record SectionInputs(ComparisonTable comparison, List<PipelineRows.Row> pipeline, TimelineData timeline,
                            CrossBorderMatrix crossBorder) {

    public SectionInputs {
        pipeline = List.copyOf(pipeline);
    }

    public static SectionInputs from(ReportData data) {
        Map<String, Organization> organizations = data.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity(), (first, second) -> first));
        return new SectionInputs(ComparisonTable.build(data), PipelineRows.build(data), TimelineData.from(data),
                CrossBorderMatrix.build(data.events(), organizations, data.countries()));
    }
}
