package org.cgtatlas.landscape.dashboard;

import java.util.Optional;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;

/** One country's figures on the dashboard: reported approvals and trials, and counts from the data. */
public record CountryHeadline(Country country, Optional<CountryMetric> approvals, Optional<CountryMetric> reportedTrials,
                              int programmes, int eventsInLastTwelveMonths) {
}
