package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.export.pdf.BundledDataset;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportFilter;
import org.junit.jupiter.api.Test;

class OverviewRendererTest {

    private final ReportData data = BundledDataset.reportData(ReportFilter.NONE);

    @Test
    void aHappeningToldAsBothAMilestoneAndAnEventIsCountedOnceAsTheEvent() {
        for (String code : List.of("CN", "JP", "KR", "TW")) {
            List<String> countedEvents = data.events().stream().filter(event -> event.countryCodes().contains(code))
                    .map(CollaborationEvent::id).toList();
            for (Milestone milestone : data.milestones()) {
                boolean toldByACountedEvent = milestone.eventIds().stream().anyMatch(countedEvents::contains);
                if (code.equals(milestone.countryCode()) && toldByACountedEvent) {
                    assertThat(OverviewRenderer.otherHighlights(data, code)).as(milestone.id()).doesNotContain(milestone);
                }
            }
        }
        assertThat(OverviewRenderer.otherHighlights(data, "KR")).extracting(Milestone::id)
                .doesNotContain("mil-kr-cha-biotech-astellas-licence")
                .contains("mil-kr-expanding-into-car-nk");
    }
}
