package org.cgtatlas.feature.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.landscape.timeline.EventCountries;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineLane;

/**
 * Turns dated events into timeline items and lanes. A month or year date becomes a bar over that whole month or
 * year (as does an event with an end date); a day date a marker. Undated events have no place on the axis.
 */
final class TimelineItems {

    private final EventCountries countries;
    private final Function<String, String> countryNames;

    TimelineItems(EventCountries countries, Function<String, String> countryNames) {
        this.countries = countries;
        this.countryNames = countryNames;
    }

    List<TimelineItem> items(List<CollaborationEvent> events, LaneMode mode) {
        List<TimelineItem> items = new ArrayList<>();
        for (CollaborationEvent event : events) {
            if (event.date() == null) {
                continue;
            }
            LocalDate end = event.endDate() == null ? event.date().end() : max(event.date().end(), event.endDate().end());
            boolean span = event.date().precision() != DatePrecision.DAY || event.endDate() != null;
            List<String> lanes = mode == LaneMode.COUNTRY ? countries.laneCountries(event)
                    : List.of(typeKey(event.type()));
            items.add(new TimelineItem(event.id(), event.title(), event.date().start(), end, span, lanes,
                    EventCategory.of(event.type()).colorIndex(), tooltip(event)));
        }
        return items;
    }

    /** One lane per country (the region's always) or per type among the dated events. */
    List<TimelineLane> lanes(List<CollaborationEvent> events, LaneMode mode) {
        if (mode == LaneMode.TYPE) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            events.stream().filter(event -> event.date() != null).map(CollaborationEvent::type).filter(Objects::nonNull)
                    .forEach(types::add);
            return types.stream().map(type -> new TimelineLane(typeKey(type), type.label())).toList();
        }
        Set<String> codes = new LinkedHashSet<>(countries.region().codes());
        events.stream().filter(event -> event.date() != null).map(countries::laneCountries).forEach(codes::addAll);
        return countries.ordered(codes).stream().map(code -> new TimelineLane(code, laneLabel(code))).toList();
    }

    private String laneLabel(String code) {
        return EventCountries.UNKNOWN.equals(code) ? Messages.get("timeline.country.unknown") : countryNames.apply(code);
    }

    private static String typeKey(EventType type) {
        return type == null ? EventCountries.UNKNOWN : type.name();
    }

    String tooltip(CollaborationEvent event) {
        String parties = event.participants().stream()
                .map(participant -> countries.organization(participant.organizationId()))
                .filter(Objects::nonNull)
                .map(organization -> organization.name() + countryInParentheses(organization))
                .collect(Collectors.joining(", "));
        String date = event.date() == null ? Messages.get("timeline.undated") : event.date().iso()
                + (event.endDate() == null ? "" : " – " + event.endDate().iso());
        return date + " · " + (event.type() == null ? "" : event.type().label()) + "\n" + event.title()
                + (parties.isEmpty() ? "" : "\n" + parties)
                + (event.hasNoSource() ? "\n(" + Messages.get("source.none") + ")" : "");
    }

    private static String countryInParentheses(Organization organization) {
        return organization.countryCode() == null ? "" : " (" + organization.countryCode() + ")";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
