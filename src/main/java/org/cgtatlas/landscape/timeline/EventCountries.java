package org.cgtatlas.landscape.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.Region;

/**
 * Which countries an event involves, from its own country list and the countries of its participant organizations,
 * and the house order of countries: the region first (as the country table lists it), the others alphabetically,
 * "Other/unknown" last. Shared by the Timeline's lanes, filter and matrix and by the PDF's cross-border matrix.
 */
public final class EventCountries {

    /** The key of the "Other/unknown" row, column and lane: a party whose country is not known. */
    public static final String UNKNOWN = "??";

    private final Map<String, Organization> organizations;
    private final Region region;

    public EventCountries(Map<String, Organization> organizations, Region region) {
        this.organizations = Map.copyOf(organizations);
        this.region = region;
    }

    /** The lookup of the snapshot, built once per snapshot. */
    public static EventCountries of(Landscape landscape) {
        return landscape.projection(EventCountries.class, snapshot -> {
            Map<String, Organization> byId = new LinkedHashMap<>();
            snapshot.organizations().forEach(organization -> byId.putIfAbsent(organization.id(), organization));
            return new EventCountries(byId, snapshot.region());
        });
    }

    public Organization organization(String id) {
        return organizations.get(id);
    }

    public Region region() {
        return region;
    }

    /** The event's countries as stated, else those of its parties; the lanes it shows in. */
    public List<String> laneCountries(CollaborationEvent event) {
        if (!event.countryCodes().isEmpty()) {
            return event.countryCodes();
        }
        Set<String> codes = new LinkedHashSet<>(partyCountries(event).keySet());
        codes.remove(UNKNOWN);
        return codes.isEmpty() ? List.of(UNKNOWN) : List.copyOf(codes);
    }

    /** Every country the event touches, stated or through a party; for the country filter. */
    public Set<String> allCountries(CollaborationEvent event) {
        Set<String> codes = new LinkedHashSet<>(event.countryCodes());
        codes.addAll(partyCountries(event).keySet());
        codes.remove(UNKNOWN);
        return codes;
    }

    /** How many parties come from each country ({@link #UNKNOWN} for parties with no country), in party order. */
    public Map<String, Integer> partyCountries(CollaborationEvent event) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventParticipant participant : event.participants()) {
            Organization organization = organizations.get(participant.organizationId());
            String code = organization == null || organization.countryCode() == null || organization.countryCode().isBlank()
                    ? UNKNOWN : organization.countryCode();
            counts.merge(code, 1, Integer::sum);
        }
        return counts;
    }

    /** Country codes in the house order: the region's, then the others alphabetically, unknown last. */
    public List<String> ordered(Collection<String> codes) {
        List<String> ordered = new ArrayList<>(region.ordered(codes.stream().filter(code -> !UNKNOWN.equals(code)).toList()));
        if (codes.contains(UNKNOWN)) {
            ordered.add(UNKNOWN);
        }
        return ordered;
    }
}
