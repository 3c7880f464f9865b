package org.cgtatlas.landscape.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.LatestMetric;
import org.cgtatlas.landscape.countries.ProgrammeMix;

/** What the dashboard shows, computed from a data snapshot and today's date. Plain logic. */
public record DashboardFigures(List<CountryHeadline> countries, ProgrammeMix programmeMix, int eventsInLastTwelveMonths,
                               Optional<CollaborationEvent> mostRecent, Optional<CollaborationEvent> nextUpcoming,
                               List<CollaborationEvent> undecided, PartialDate datasetAsOf, LocalDate today,
                               LocalDate twelveMonthsAgo) {

    /** The reported trial figure a headline prefers, broadest first. */
    static final List<MetricKind> TRIAL_FIGURES = List.of(MetricKind.CGT_TRIALS_ONGOING, MetricKind.CAR_T_TRIALS,
            MetricKind.CELL_THERAPY_TRIALS, MetricKind.GENE_THERAPY_TRIALS);

    public DashboardFigures {
        countries = List.copyOf(countries);
        undecided = List.copyOf(undecided);
    }

    public static DashboardFigures of(Landscape data, LocalDate today) {
        EventCalendar calendar = new EventCalendar(today);
        ProgrammeMix mix = new ProgrammeMix(data.programmes());
        List<CountryHeadline> headlines = data.regionCountries().stream()
                .map(country -> headline(data, calendar, mix, country))
                .toList();
        int recent = (int) data.events().stream().filter(calendar::isInLastTwelveMonths).count();
        return new DashboardFigures(headlines, mix, recent, calendar.mostRecent(data.events()),
                calendar.nextUpcoming(data.events()), calendar.undecided(data.events()), data.asOf(), today,
                calendar.twelveMonthsAgo());
    }

    private static CountryHeadline headline(Landscape data, EventCalendar calendar, ProgrammeMix mix, Country country) {
        String code = country.code();
        Optional<CountryMetric> trials = TRIAL_FIGURES.stream()
                .flatMap(kind -> LatestMetric.of(data.metrics(), code, kind).stream())
                .findFirst();
        int events = (int) data.eventsOf(code).stream().filter(calendar::isInLastTwelveMonths).count();
        return new CountryHeadline(country, LatestMetric.of(data.metrics(), code, MetricKind.APPROVED_CGT_PRODUCTS),
                trials, mix.total(code), events);
    }
}
