package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationRepositoryTest {

    private static final String CHA_BIOTECH = "org-cha-biotech";

    @TempDir
    Path folder;

    private AppServices services;
    private OrganizationRepository organizations;

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        organizations = services.organizations();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewOrganizationIsSavedAndChanged() {
        Organization created = new Organization(RecordIds.newUserId("org"), "Example Cell Co", "例細胞",
                List.of("ECC", "Example"), "KR", OrganizationType.COMPANY, null, List.of(),
                Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        organizations.save(created);
        assertThat(find(created.id())).contains(created);

        Organization renamed = new Organization(created.id(), "Example Cell Therapeutics", null, List.of("ECT"), "JP",
                OrganizationType.CDMO, "now a CDMO", List.of(), Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        organizations.save(renamed);
        assertThat(find(created.id())).contains(renamed);
    }

    @Test
    void anOrganizationThatStillHasProgrammesIsNotDeleted() {
        Organization jw = find("org-jw-therapeutics").orElseThrow();

        assertThatThrownBy(() -> organizations.delete(jw))
                .isInstanceOf(OrganizationInUseException.class)
                .hasMessageContaining("still has 1 programme");

        assertThat(find(jw.id())).contains(jw);
    }

    @Test
    void deletingAnOrganizationTakesItsListingsAndLinksAndUndoBringsThemAllBack() {
        Organization cha = find(CHA_BIOTECH).orElseThrow();
        List<PipelineListing> listingsBefore = services.pipelineListings().findAll();
        List<CollaborationEvent> eventsBefore = services.events().findAll();
        assertThat(listingsOf(listingsBefore)).isNotEmpty();
        assertThat(eventsWithCha(eventsBefore)).isNotEmpty();

        OrganizationRemoval removal = organizations.delete(cha);

        assertThat(find(CHA_BIOTECH)).isEmpty();
        assertThat(listingsOf(services.pipelineListings().findAll())).isEmpty();
        assertThat(eventsWithCha(services.events().findAll())).isEmpty();

        organizations.restore(removal);

        assertThat(find(CHA_BIOTECH)).contains(cha);
        assertThat(services.pipelineListings().findAll()).containsExactlyInAnyOrderElementsOf(listingsBefore);
        assertThat(services.events().findAll()).containsExactlyInAnyOrderElementsOf(eventsBefore);
    }

    private static List<PipelineListing> listingsOf(List<PipelineListing> listings) {
        return listings.stream().filter(listing -> listing.organizationId().equals(CHA_BIOTECH)).toList();
    }

    private static List<CollaborationEvent> eventsWithCha(List<CollaborationEvent> events) {
        return events.stream().filter(event -> event.participants().stream()
                .anyMatch(participant -> participant.organizationId().equals(CHA_BIOTECH))).toList();
    }

    private Optional<Organization> find(String id) {
        return organizations.findAll().stream().filter(organization -> organization.id().equals(id)).findFirst();
    }
}
