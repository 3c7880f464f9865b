package org.cgtatlas.landscape.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.landscape.countries.Landscapes;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static final Dataset BUNDLED = Landscapes.bundledDataset();

    @Test
    void headlinesComeFromTheDataAndMissingFiguresStayMissing() {
        DashboardFigures figures = DashboardFigures.of(Landscapes.bundled(), LocalDate.of(2026, 11, 23));

        CountryHeadline japan = headline(figures, "JP");
        assertThat(japan.approvals()).map(metric -> metric.wording()).contains("21");
        assertThat(japan.reportedTrials()).isEmpty();
        assertThat(japan.programmes()).isEqualTo((int) BUNDLED.programmes().stream().filter(p -> "JP".equals(p.countryCode())).count());
        CountryHeadline china = headline(figures, "CN");
        assertThat(china.approvals()).isEmpty();
        assertThat(china.reportedTrials()).map(metric -> metric.kind()).contains(MetricKind.CAR_T_TRIALS);
        assertThat(headline(figures, "TW").reportedTrials()).map(metric -> metric.kind()).contains(MetricKind.CGT_TRIALS_ONGOING);
        assertThat(figures.programmeMix().total()).isEqualTo(BUNDLED.programmes().size());
        assertThat(figures.datasetAsOf()).isEqualTo(BUNDLED.asOf());
    }

    @Test
    void eventsArePlacedRelativeToToday() {
        DashboardFigures november = DashboardFigures.of(Landscapes.bundled(), LocalDate.of(2026, 11, 23));
        DashboardFigures lastYear = DashboardFigures.of(Landscapes.bundled(), LocalDate.of(2025, 12, 1));

        assertThat(november.mostRecent()).map(CollaborationEvent::id).contains("evt-isct-jsrm-ipsc-partnership");
        assertThat(november.nextUpcoming()).isEmpty();
        assertThat(november.undecided()).extracting(CollaborationEvent::id).containsExactly("evt-isct-jsrm-annual-event-kobe-2026");
        assertThat(november.eventsInLastTwelveMonths()).isEqualTo(1);
        assertThat(headline(november, "JP").eventsInLastTwelveMonths()).isEqualTo(1);
        assertThat(lastYear.nextUpcoming()).map(CollaborationEvent::id).contains("evt-isct-jsrm-annual-event-kobe-2026");
        assertThat(lastYear.mostRecent()).map(CollaborationEvent::id).contains("evt-cgt-east-asia-2025");
    }

    private static CountryHeadline headline(DashboardFigures figures, String code) {
        return figures.countries().stream().filter(h -> h.country().code().equals(code)).findFirst().orElseThrow();
    }
}
