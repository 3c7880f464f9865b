package org.cgtatlas.landscape.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.domain.CollaborationEvent;

/**
 * Places events relative to today. A date stated only to a year or month covers a span: the event is past
 * when the whole span is before today, upcoming when it starts after today, and undecided when the span
 * contains today (e.g. an event dated "2026" seen in November 2026). Undated events are never placed.
 */
public final class EventCalendar {

    private final LocalDate today;

    public EventCalendar(LocalDate today) {
        this.today = today;
    }

    /** The first day of the twelve months that end today. */
    public LocalDate twelveMonthsAgo() {
        return today.minusMonths(12);
    }

    public boolean isPast(CollaborationEvent event) {
        return event.date() != null && event.date().end().isBefore(today);
    }

    public boolean isUpcoming(CollaborationEvent event) {
        return event.date() != null && event.date().start().isAfter(today);
    }

    public boolean isUndecided(CollaborationEvent event) {
        return event.date() != null && event.date().contains(today);
    }

    /** Dated wholly within the last twelve months (today included). */
    public boolean isInLastTwelveMonths(CollaborationEvent event) {
        return event.date() != null && !event.date().start().isBefore(twelveMonthsAgo()) && !event.date().end().isAfter(today);
    }

    public Optional<CollaborationEvent> mostRecent(List<CollaborationEvent> events) {
        return events.stream().filter(this::isPast)
                .max(Comparator.comparing((CollaborationEvent event) -> event.date().end())
                        .thenComparing(event -> event.date().start())
                        .thenComparing(CollaborationEvent::title, Comparator.reverseOrder()));
    }

    public Optional<CollaborationEvent> nextUpcoming(List<CollaborationEvent> events) {
        return events.stream().filter(this::isUpcoming)
                .min(Comparator.comparing((CollaborationEvent event) -> event.date().start()).thenComparing(CollaborationEvent::title));
    }

    public List<CollaborationEvent> undecided(List<CollaborationEvent> events) {
        return events.stream().filter(this::isUndecided)
                .sorted(Comparator.comparing(CollaborationEvent::date).thenComparing(CollaborationEvent::title))
                .toList();
    }
}
