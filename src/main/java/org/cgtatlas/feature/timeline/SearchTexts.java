package org.cgtatlas.feature.timeline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.landscape.SearchText;
import org.cgtatlas.landscape.timeline.EventCountries;

/**
 * The folded text of each event that free-text search looks in: title, description, place and its parties' names.
 * Folded once per event object (an edit makes a new object), so typing in the search field stays quick with
 * thousands of events.
 */
final class SearchTexts {

    private final EventCountries lookup;
    /** Filled from the compute pool, possibly by two filterings at once. */
    private final Map<CollaborationEvent, String> folded = Collections.synchronizedMap(new IdentityHashMap<>());

    SearchTexts(EventCountries lookup) {
        this.lookup = lookup;
    }

    String of(CollaborationEvent event) {
        return folded.computeIfAbsent(event, this::fold);
    }

    private String fold(CollaborationEvent event) {
        Stream<String> parties = event.participants().stream().map(EventParticipant::organizationId)
                .map(lookup::organization).filter(Objects::nonNull)
                .flatMap(organization -> Stream.of(organization.name(), organization.localName()));
        return SearchText.fold(Stream.concat(Stream.of(event.title(), event.description(), event.place()), parties)
                .filter(Objects::nonNull).collect(Collectors.joining("\n")));
    }
}
