package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.Organization;

/**
 * Country × country counts of events between organizations of two countries: an event with participants from
 * Japan, Taiwan and the United States counts once for each of the three pairs. The matrix is symmetric.
 */
public record CrossBorderMatrix(List<String> countryCodes, int[][] counts, List<CollaborationEvent> crossBorderEvents) {

    public static CrossBorderMatrix build(List<CollaborationEvent> events, Map<String, Organization> organizations,
                                          List<Country> countryOrder) {
        List<Set<String>> perEvent = new ArrayList<>();
        Set<String> involved = new TreeSet<>();
        List<CollaborationEvent> crossBorder = new ArrayList<>();
        for (CollaborationEvent event : events) {
            Set<String> codes = new TreeSet<>();
            for (EventParticipant participant : event.participants()) {
                Organization organization = organizations.get(participant.organizationId());
                if (organization != null && organization.countryCode() != null) {
                    codes.add(organization.countryCode());
                }
            }
            if (codes.size() > 1) {
                perEvent.add(codes);
                involved.addAll(codes);
                crossBorder.add(event);
            }
        }
        List<String> order = new ArrayList<>(new LinkedHashSet<>(countryOrder.stream().map(Country::code)
                .filter(involved::contains).toList()));
        involved.stream().filter(code -> !order.contains(code)).sorted(Comparator.naturalOrder()).forEach(order::add);
        int[][] counts = new int[order.size()][order.size()];
        for (Set<String> codes : perEvent) {
            List<String> list = new ArrayList<>(codes);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int a = order.indexOf(list.get(i));
                    int b = order.indexOf(list.get(j));
                    counts[a][b]++;
                    counts[b][a]++;
                }
            }
        }
        return new CrossBorderMatrix(List.copyOf(order), counts, List.copyOf(crossBorder));
    }

    public int count(String first, String second) {
        int a = countryCodes.indexOf(first);
        int b = countryCodes.indexOf(second);
        return a < 0 || b < 0 ? 0 : counts[a][b];
    }
}
