package org.cgtatlas.export.pdf;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.TrialCountsByCountry;

/**
 * Takes the current snapshot (the same the screens show) and narrows it to what a {@link SnapshotRequest} asks for.
 */
public final class ReportDataAssembler {

    private ReportDataAssembler() {
    }

    /** What {@code request} asks for, from the snapshot. */
    public static ReportData assemble(Landscape landscape, SnapshotRequest request, ZonedDateTime exportedAt) {
        return assemble(landscape, request.effectiveFilter(), exportedAt);
    }

    /**
     * Narrows the snapshot by {@code filter}; a modality filter drops listed companies without a named programme.
     * The registry trial counts come from the snapshot too,
     * for the filter's modality.
     */
    public static ReportData assemble(Landscape landscape, ReportFilter filter, ZonedDateTime exportedAt) {
        Dataset dataset = landscape.dataset();
        Map<String, String> organizationCountry = new HashMap<>();
        for (Organization organization : dataset.organizations()) {
            organizationCountry.put(organization.id(), organization.countryCode());
        }
        List<Programme> programmes = dataset.programmes().stream()
                .filter(programme -> filter.acceptsCountry(programme.countryCode()))
                .filter(programme -> filter.modality() == null || filter.modality() == programme.modality())
                .toList();
        return new ReportData(landscape, dataset.datasetVersion(), dataset.asOf(), exportedAt, filter,
                dataset.countries(), dataset.sources(), dataset.organizations(),
                dataset.metrics().stream().filter(metric -> filter.acceptsCountry(metric.countryCode())).toList(),
                dataset.milestones().stream().filter(milestone -> filter.acceptsCountry(milestone.countryCode())).toList(),
                programmes,
                filter.modality() != null ? List.of()
                        : dataset.pipelineListings().stream().filter(listing -> filter.acceptsCountry(listing.countryCode())).toList(),
                dataset.events().stream().filter(event -> involves(event, filter, organizationCountry)).toList(),
                dataset.people().stream().filter(person -> filter.acceptsCountry(person.countryCode())).toList(),
                TrialCountsByCountry.of(landscape, filter.modality()));
    }

    private static boolean involves(CollaborationEvent event, ReportFilter filter, Map<String, String> organizationCountry) {
        if (filter.countryCode() == null) {
            return true;
        }
        Set<String> codes = new HashSet<>(event.countryCodes());
        event.participants().forEach(participant -> codes.add(organizationCountry.get(participant.organizationId())));
        return codes.stream().anyMatch(code -> code != null && filter.acceptsCountry(code));
    }
}
