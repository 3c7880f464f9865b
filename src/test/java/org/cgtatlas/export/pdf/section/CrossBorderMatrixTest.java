package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.Provenance;
import org.junit.jupiter.api.Test;

class CrossBorderMatrixTest {

    private static final Map<String, Organization> ORGANIZATIONS = Map.of(
            "jp1", organization("jp1", "JP"), "jp2", organization("jp2", "JP"),
            "tw1", organization("tw1", "TW"), "us1", organization("us1", "US"));

    @Test
    void eachPairOfParticipatingCountriesCountsOncePerEvent() {
        CrossBorderMatrix matrix = CrossBorderMatrix.build(List.of(
                event("a", "jp1", "jp2", "tw1"),
                event("b", "jp1", "tw1", "us1"),
                event("c", "jp1", "jp2")),
                ORGANIZATIONS, List.of(new Country("TW", "Taiwan", "臺灣", true), new Country("JP", "Japan", "日本", true)));
        assertThat(matrix.countryCodes()).containsExactly("TW", "JP", "US");
        assertThat(matrix.count("JP", "TW")).isEqualTo(2);
        assertThat(matrix.count("TW", "JP")).isEqualTo(2);
        assertThat(matrix.count("JP", "US")).isEqualTo(1);
        assertThat(matrix.count("JP", "JP")).isZero();
        assertThat(matrix.crossBorderEvents()).extracting(CollaborationEvent::id).containsExactly("a", "b");
    }

    private static Organization organization(String id, String country) {
        return new Organization(id, id, null, List.of(), country, OrganizationType.COMPANY, null, List.of(), Provenance.BUNDLED);
    }

    private static CollaborationEvent event(String id, String... organizations) {
        return new CollaborationEvent(id, EventType.COLLABORATION, id, null, null,
                Arrays.stream(organizations).map(org -> new EventParticipant(org, null)).toList(),
                List.of(), null, null, null, null, null, List.of(), Provenance.BUNDLED);
    }
}
