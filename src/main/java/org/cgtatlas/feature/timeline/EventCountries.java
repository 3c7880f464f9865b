package org.cgtatlas.feature.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.Organization;

/** Which countries an event involves, from its own country list and the countries of its participant organizations. */
final class EventCountries {

    /** The key of the "Other/unknown" row, column and lane: a party whose country is not known. */
    static final String UNKNOWN = "??";
    /** The focus countries come first, in this order, in lanes and the cross-border matrix. */
    static final List<String> FOCUS = List.of("CN", "JP", "KR", "TW");

    private final Map<String, Organization> organizations;

    EventCountries(Map<String, Organization> organizations) {
        this.organizations = organizations;
    }

    Organization organization(String id) {
        return organizations.get(id);
    }

    /** The event's countries as stated, else those of its parties; the lanes it shows in. */
    List<String> laneCountries(CollaborationEvent event) {
        if (!event.countryCodes().isEmpty()) {
            return event.countryCodes();
        }
        Set<String> codes = new LinkedHashSet<>(partyCountries(event).keySet());
        codes.remove(UNKNOWN);
        return codes.isEmpty() ? List.of(UNKNOWN) : List.copyOf(codes);
    }

    /** Every country the event touches, stated or through a party; for the country filter. */
    Set<String> allCountries(CollaborationEvent event) {
        Set<String> codes = new LinkedHashSet<>(event.countryCodes());
        codes.addAll(partyCountries(event).keySet());
        codes.remove(UNKNOWN);
        return codes;
    }

    /** How many parties come from each country ({@link #UNKNOWN} for parties with no country), in party order. */
    Map<String, Integer> partyCountries(CollaborationEvent event) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventParticipant participant : event.participants()) {
            Organization organization = organizations.get(participant.organizationId());
            String code = organization == null || organization.countryCode() == null || organization.countryCode().isBlank()
                    ? UNKNOWN : organization.countryCode();
            counts.merge(code, 1, Integer::sum);
        }
        return counts;
    }

    /** Country codes sorted the house way: CN, JP, KR, TW, then the others alphabetically, unknown last. */
    static List<String> ordered(Set<String> codes) {
        List<String> ordered = new ArrayList<>();
        for (String focus : FOCUS) {
            if (codes.contains(focus)) {
                ordered.add(focus);
            }
        }
        codes.stream().filter(code -> !FOCUS.contains(code) && !UNKNOWN.equals(code)).sorted().forEach(ordered::add);
        if (codes.contains(UNKNOWN)) {
            ordered.add(UNKNOWN);
        }
        return ordered;
    }
}
