package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.testing.RecordingNavigator;
import org.cgtatlas.ui.organization.OrganizationDraft;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller's public entry points for other screens and the global search, on the bundled dataset; the work runs
 * on the test's thread (no toolkit).
 */
class TimelineControllerTest {

    @TempDir
    Path folder;

    private final RecordingNavigator navigator = new RecordingNavigator();
    private final TimelineModel model = new TimelineModel();
    private AppServices services;
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private TimelineController controller;

    @BeforeEach
    void load() throws Exception {
        services = AppServices.open(folder);
        controller = new TimelineController(model, tasks, services.landscape(), services.events(),
                services.organizations(), services.dataRevision(), navigator, services.recordHistory());
        controller.refresh();
        assertThat(model.loadedProperty().get()).isTrue();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showFilteredKeepsOneCountrysEventsOfOneTypeAndOpensTheTimeline() throws Exception {
        model.textProperty().set("delegation");
        controller.showFiltered("KR", null);
        assertThat(navigator.calls()).containsExactly("show TIMELINE");
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.shown()).isNotEmpty().allSatisfy(event -> assertThat(
                model.lookupProperty().get().allCountries(event)).contains("KR"));
        int allKorean = model.shown().size();

        controller.showFiltered("KR", EventType.LICENSING);
        assertThat(model.shown()).extracting(CollaborationEvent::id).containsExactly("evt-cha-biotech-astellas-licence");
        controller.showFiltered(null, EventType.LICENSING);
        assertThat(model.shown()).hasSizeGreaterThan(1).allSatisfy(event -> assertThat(event.type()).isEqualTo(EventType.LICENSING));
        assertThat(allKorean).isGreaterThan(model.shown().size());
    }

    @Test
    void anOrganizationAddedFromTheEventFormIsStoredAndOfferedAsAParty() {
        List<Organization> added = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        OrganizationDraft draft = new OrganizationDraft("  Kobe Cell Works ", null, List.of("KCW", " "), "JP",
                OrganizationType.COMPANY, null);

        controller.addOrganization(draft, added::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(added).singleElement().satisfies(organization -> {
            assertThat(organization.name()).isEqualTo("Kobe Cell Works");
            assertThat(organization.aliases()).containsExactly("KCW");
        });
        String id = added.get(0).id();
        assertThat(services.organizations().findAll()).filteredOn(organization -> organization.id().equals(id))
                .singleElement().satisfies(stored -> assertThat(stored.countryCode()).isEqualTo("JP"));
        assertThat(model.organizations()).extracting(Organization::id).as("reloaded for the next form").contains(id);
    }

    @Test
    void anOrganizationWithoutANameIsRefusedAndNothingIsStored() {
        int before = services.organizations().findAll().size();
        List<String> failures = new ArrayList<>();

        controller.addOrganization(new OrganizationDraft(" ", null, List.of(), null, OrganizationType.COMPANY, null),
                organization -> { throw new AssertionError("saved " + organization); }, failures::add);

        assertThat(failures).singleElement().asString().contains("name");
        assertThat(services.organizations().findAll()).hasSize(before);
    }

    @Test
    void aSearchHitOpensTheTimelineWithTheEventSelected() throws Exception {
        List<SearchHit> hits = controller.searchable().search("duogenic ai cells", 10);
        assertThat(hits).extracting(SearchHit::screen).containsOnly(ScreenId.TIMELINE);
        SearchHit licence = hits.stream().filter(hit -> hit.title().startsWith("DuoGenic StemCells")).findFirst().orElseThrow();
        assertThat(licence.detail()).contains("2025-04").contains("Licensing");
        controller.showFiltered("CN", null);
        licence.open().run();
        assertThat(model.countryFilterProperty().get()).isNull();
        assertThat(model.selectedProperty().get().id()).isEqualTo("evt-duogenic-a-and-i-ai-cells-licence");
    }

    @Test
    void aSearchThatMatchesNoEventSaysSo() {
        model.textProperty().set("zqxjv");

        assertThat(model.shown()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("No event matches the filter (0 of ");
    }
}
