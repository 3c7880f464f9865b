package org.cgtatlas.landscape.countries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.landscape.Landscape;

/**
 * One country's profile: its highlights grouped by category (latest first, undated last), its pipeline
 * companies with their programmes, and the events it takes part in (dated ones by date).
 */
public record CountryProfile(Country country, Map<MilestoneCategory, List<Milestone>> highlights,
                             List<PipelineCompany> companies, List<CollaborationEvent> datedEvents,
                             List<CollaborationEvent> undatedEvents) {

    /** A company named in the country's pipeline list (or owning one of its programmes) and its programmes there. */
    public record PipelineCompany(String organizationId, String name, List<Citation> listingCitations,
                                  List<Programme> programmes) {
    }

    public static CountryProfile of(Landscape data, Country country) {
        String code = country.code();
        Map<MilestoneCategory, List<Milestone>> highlights = new EnumMap<>(MilestoneCategory.class);
        for (MilestoneCategory category : MilestoneCategory.values()) {
            List<Milestone> inCategory = LatestMilestone.of(data, code, category).ordered();
            if (!inCategory.isEmpty()) {
                highlights.put(category, inCategory);
            }
        }
        List<CollaborationEvent> events = data.eventsOf(code);
        return new CountryProfile(country, highlights, companies(data, code),
                events.stream().filter(event -> event.date() != null).sorted(Comparator.comparing(CollaborationEvent::date)).toList(),
                events.stream().filter(event -> event.date() == null).toList());
    }

    private static List<PipelineCompany> companies(Landscape data, String code) {
        Map<String, List<Citation>> listed = new LinkedHashMap<>();
        for (PipelineListing listing : data.pipelineListings()) {
            if (code.equals(listing.countryCode())) {
                listed.computeIfAbsent(listing.organizationId(), id -> new ArrayList<>()).addAll(listing.citations());
            }
        }
        Map<String, List<Programme>> programmes = new LinkedHashMap<>();
        for (Programme programme : data.programmesOf(code)) {
            programmes.computeIfAbsent(programme.organizationId(), id -> new ArrayList<>()).add(programme);
            listed.putIfAbsent(programme.organizationId(), List.of());
        }
        return listed.entrySet().stream()
                .map(entry -> new PipelineCompany(entry.getKey(), data.organizationName(entry.getKey()), entry.getValue(),
                        programmes.getOrDefault(entry.getKey(), List.of())))
                .sorted(Comparator.comparing(PipelineCompany::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
