package org.cgtatlas.landscape.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.landscape.history.ChangesSince.Change;
import org.cgtatlas.landscape.history.ChangesSince.Filter;
import org.cgtatlas.landscape.history.ChangesSince.RecordDiff;
import org.cgtatlas.landscape.history.RegistryCountsThen.Cell;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Net changes per record since a revision, grouped and filtered, with the registry then and now. */
class ChangesSinceTest {

    private static final String HEADER = "NCT Number,Study Title,Study Status,Phases,Interventions,Locations\n";

    @TempDir
    Path folder;

    private AppServices services;
    private ChangesSinceReader reader;
    private ChangesSince.Start start;

    @BeforeEach
    void open() throws IOException {
        services = AppServices.open(folder.resolve("data"));
        reader = services.changesSince();
        services.trialImporter().importFile(file("first.csv", HEADER
                + "NCT00000001,Stays,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"), Progress.NONE);
        start = new ChangesSince.Start("the test's start", services.changeLog().revision(), null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void severalEditsOfOneRecordAreOneChangeFromThenToNow() {
        Programme relma = programme("prog-relma-cel");
        services.programmes().save(with(relma, DevelopmentStage.PHASE_1, "first edit"));
        services.programmes().save(with(relma, DevelopmentStage.PHASE_2, "second edit"));

        ChangesSince changes = reader.read(start, Filter.ALL);

        assertThat(changes.records()).singleElement().satisfies(diff -> {
            assertThat(diff.change()).isEqualTo(Change.CHANGED);
            assertThat(diff.kind()).isEqualTo(RecordKind.PROGRAMME);
            assertThat(diff.name()).isEqualTo(relma.name());
            assertThat(diff.countryCodes()).containsExactly(relma.countryCode());
            assertThat(diff.modality()).isEqualTo(relma.modality());
            assertThat(diff.fields()).containsExactly(
                    new FieldChange("stage", relma.stage().name(), "PHASE_2"),
                    new FieldChange("statusText", text(relma.statusText()), "second edit"));
        });
        assertThat(changes.count(Change.CHANGED)).isEqualTo(1);
    }

    @Test
    void addedThenDeletedOrEditedBackIsNoChange() {
        Programme added = newProgramme("prog-gone", "Gone-cel", "KR", Modality.MSC);
        services.programmes().save(added);
        services.programmes().delete(added);
        Programme relma = programme("prog-relma-cel");
        services.programmes().save(with(relma, DevelopmentStage.PHASE_3, "for a while"));
        services.programmes().save(relma);

        assertThat(reader.read(start, Filter.ALL).records()).isEmpty();
    }

    @Test
    void addedAndRemovedRecordsAreGroupedByCountryAndKindAndFiltered() {
        services.programmes().save(newProgramme("prog-new", "New-cel", "JP", Modality.CAR_T));
        CollaborationEvent event = services.events().findAll().stream()
                .filter(candidate -> candidate.countryCodes().size() == 2).findFirst().orElseThrow();
        services.events().delete(event.id(), "analyst");

        ChangesSince changes = reader.read(start, Filter.ALL);

        assertThat(changes.records()).extracting(RecordDiff::kind, RecordDiff::recordId, RecordDiff::change)
                .containsExactly(tuple(RecordKind.PROGRAMME, "prog-new", Change.ADDED),
                        tuple(RecordKind.EVENT, event.id(), Change.REMOVED));
        RecordDiff removed = changes.records().get(1);
        assertThat(removed.name()).isEqualTo(event.title());
        assertThat(removed.countryCodes()).containsExactlyInAnyOrderElementsOf(event.countryCodes());
        assertThat(changes.byKind()).containsOnlyKeys(RecordKind.PROGRAMME, RecordKind.EVENT);
        for (String country : event.countryCodes()) {
            assertThat(changes.byCountry().get(country)).as("an event is under each of its countries").contains(removed);
        }
        assertThat(changes.byCountry().get("JP")).extracting(RecordDiff::recordId).contains("prog-new");

        assertThat(reader.read(start, new Filter(null, RecordKind.EVENT, null)).records()).containsExactly(removed);
        assertThat(reader.read(start, new Filter(null, null, Modality.CAR_T)).records())
                .extracting(RecordDiff::recordId).containsExactly("prog-new");
        String otherCountry = event.countryCodes().stream().filter(code -> !code.equals("JP")).findFirst().orElseThrow();
        ChangesSince inOne = reader.read(start, new Filter(otherCountry, null, null));
        assertThat(inOne.records()).extracting(RecordDiff::recordId).doesNotContain("prog-new").contains(event.id());
        assertThat(inOne.byCountry()).containsOnlyKeys(otherCountry);
    }

    @Test
    void theRegistryCountsThenAndNowWithTheTrialsBehindEachDifference() throws IOException {
        services.trialImporter().importFile(file("second.csv", HEADER
                + "NCT00000001,Stays,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
                + "NCT00000002,New,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan|B, Seoul, Korea, Republic of\"\n"),
                Progress.NONE);

        ChangesSince changes = reader.read(start, Filter.ALL);

        assertThat(changes.records()).as("a registry run is no curated record").isEmpty();
        assertThat(changes.registry()).containsExactly(
                new Difference(new Cell("JP", Modality.CAR_T), 1, 2, List.of("NCT00000002"), List.of()),
                new Difference(new Cell("KR", Modality.CAR_T), 0, 1, List.of("NCT00000002"), List.of()));
        assertThat(reader.read(start, new Filter("KR", null, null)).registry()).extracting(Difference::cell)
                .containsExactly(new Cell("KR", Modality.CAR_T));
        assertThat(reader.read(start, new Filter(null, null, Modality.MSC)).registry()).isEmpty();
    }

    @Test
    void aDayStartsAfterTheLastChangeBeforeItAndNotBeforeTheHistory() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(reader.start(today.plusDays(1), ZoneOffset.UTC).revision()).isEqualTo(services.changeLog().revision());
        assertThatThrownBy(() -> reader.start("2001-01-01", ZoneOffset.UTC))
                .hasMessageStartingWith("The history goes back to " + today);
        assertThatThrownBy(() -> reader.start("last week", ZoneOffset.UTC))
                .hasMessageContaining("'last week' names no briefing and is not a date").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> reader.start("42", ZoneOffset.UTC))
                .hasMessageContaining("No briefing has the id 42").hasMessageContaining("briefing's id");
    }

    private Programme programme(String id) {
        return services.programmes().findAll().stream().filter(programme -> programme.id().equals(id)).findFirst().orElseThrow();
    }

    private static Programme with(Programme p, DevelopmentStage stage, String statusText) {
        return new Programme(p.id(), p.name(), p.organizationId(), p.countryCode(), p.modality(), p.target(), p.indication(),
                stage, statusText, p.partnerIds(), p.description(), p.citations(), p.provenance(), p.inferred(),
                p.analystSources());
    }

    private static Programme newProgramme(String id, String name, String country, Modality modality) {
        return new Programme(id, name, "org-jw-therapeutics", country, modality, "CD19", "Lymphoma",
                DevelopmentStage.PHASE_1, null, List.of(), null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
