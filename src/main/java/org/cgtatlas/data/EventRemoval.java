package org.cgtatlas.data;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.CollaborationEvent;

/**
 * What deleting an event took away, so undo can put all of it back: the event, the events that named it as
 * their parent, and the people linked to it (person id → position in the person's event list).
 */
public record EventRemoval(CollaborationEvent event, List<String> childEventIds, Map<String, Integer> personPositions) {

    public EventRemoval {
        childEventIds = List.copyOf(childEventIds);
        personPositions = Map.copyOf(personPositions);
    }
}
