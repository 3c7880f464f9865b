package org.cgtatlas.export.pdf.section;

import java.util.Comparator;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.export.pdf.ReportData;

/**
 * What the timeline figure shows: its lanes (countries), the dated events in date order, and the undated ones
 * (listed, as they cannot be placed).
 */
public record TimelineData(List<Country> lanes, List<CollaborationEvent> dated, List<CollaborationEvent> undated) {

    public TimelineData {
        lanes = List.copyOf(lanes);
        dated = List.copyOf(dated);
        undated = List.copyOf(undated);
    }

    public static TimelineData from(ReportData data) {
        return new TimelineData(data.regionCountries(),
                data.events().stream().filter(event -> event.date() != null)
                        .sorted(Comparator.comparing(CollaborationEvent::date).thenComparing(CollaborationEvent::title)).toList(),
                data.events().stream().filter(event -> event.date() == null)
                        .sorted(Comparator.comparing(CollaborationEvent::title)).toList());
    }

    /** The codes of the lanes an event appears in, in lane order. */
    public List<String> lanesOf(CollaborationEvent event) {
        return lanes.stream().map(Country::code).filter(event.countryCodes()::contains).toList();
    }
}
