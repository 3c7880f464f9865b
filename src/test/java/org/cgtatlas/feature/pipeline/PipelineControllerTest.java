package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.TaskRunner;
import java.time.LocalDate;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.landscape.pipeline.SortKey;
import org.cgtatlas.testing.RecordingNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The controller with the real repositories on a temporary data folder; the FX thread runs its callbacks. */
class PipelineControllerTest {

    @TempDir
    Path folder;

    private final RecordingNavigator navigator = new RecordingNavigator();
    private AppServices services;
    private TaskRunner tasks;
    /** Failures of background work and of callbacks; one thrown on the FX thread would be lost, so they are checked after each test. */
    private final List<Throwable> backgroundFailures = new CopyOnWriteArrayList<>();
    private PipelineModel model;
    private PipelineController controller;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        services = AppServices.open(folder.resolve("data"));
        onFx(() -> {
            tasks = new TaskRunner(backgroundFailures::add);
            model = new PipelineModel();
            controller = new PipelineController(model, services.landscape(), services.programmes(), services.organizations(),
                    tasks, services.dataRevision(),
                    services.settings(), navigator, services.recordHistory());
            controller.refresh();
            return null;
        });
        waitUntil(() -> !model.rows().isEmpty());
    }

    @AfterEach
    void close() {
        assertThat(backgroundFailures).as("background work that failed").isEmpty();
        tasks.close();
        services.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void showFilteredReplacesEveryFilterWithTheCountryAndModality() throws Exception {
        onFx(() -> {
            model.textFilterProperty().set("zzz");
            model.stageFilterProperty().set(DevelopmentStage.PHASE_3);
            controller.showFiltered("KR", Modality.CAR_T);
            return null;
        });

        waitUntil(() -> !model.rows().isEmpty()
                && model.rows().stream().allMatch(row -> "KR".equals(row.countryCode()) && row.modality() == Modality.CAR_T));
        assertThat(onFx(model::filter)).isEqualTo(new PipelineFilter("KR", Modality.CAR_T, null, null, ""));
        assertThat(services.settings().get("pipeline.filter.country")).contains("KR");
        assertThat(services.settings().get("pipeline.filter.text")).isEmpty();
    }

    @Test
    void theCsvExportHasTheRowsShownInTheirOrderAndTheChosenColumns() throws Exception {
        onFx(() -> {
            controller.showFiltered("JP", null);
            controller.sortBy(new PipelineSort(List.of(new SortKey(PipelineColumn.PROGRAMME, false))));
            return null;
        });
        waitUntil(() -> !model.rows().isEmpty() && model.rows().stream().allMatch(row -> "JP".equals(row.countryCode())));
        List<PipelineRow> shown = onFx(() -> List.copyOf(model.rows()));
        assertThat(shown).isSortedAccordingTo(PipelineColumn.PROGRAMME.comparator(false));
        Path file = folder.resolve("japan.csv");

        onFx(() -> {
            controller.exportCsv(file, List.of(PipelineColumn.PROGRAMME, PipelineColumn.COMPANY));
            return null;
        });
        waitUntil(() -> model.messageProperty().get().startsWith("Wrote "));

        String text = Files.readString(file);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            List<List<String>> lines = reader.stream().map(CsvRecord::getFields).toList();
            assertThat(lines.get(0)).containsExactly("Programme / product", "Company");
            assertThat(lines.subList(1, lines.size())).isEqualTo(
                    shown.stream().map(row -> List.of(row.programmeName(), row.company())).toList());
        }
    }

    @Test
    void anOrganizationWithProgrammesIsRefusedBeforeAnyQuestion() throws Exception {
        AtomicReference<String> refusal = new AtomicReference<>();
        onFx(() -> {
            Organization jw = model.organizations().stream().filter(organization -> organization.id().equals("org-jw-therapeutics"))
                    .findFirst().orElseThrow();
            controller.deleteOrganization(jw, () -> backgroundFailures.add(new AssertionError("must not ask to confirm")),
                    refusal::set);
            return null;
        });
        assertThat(refusal.get()).isEqualTo("JW Therapeutics still has 1 programme(s). Delete them or move them to another organization first.");
    }

    @Test
    void aRestoredDatabaseClearsTheUndoAndTheRestoredNotice() throws Exception {
        List<org.cgtatlas.domain.Programme> programmes = services.programmes().findAll();
        onFx(() -> {
            controller.deleteProgramme(programmes.get(0));
            return null;
        });
        waitUntil(() -> model.canUndoProperty().get());
        onFx(() -> {
            controller.undo();
            return null;
        });
        waitUntil(() -> model.messageProperty().get().startsWith("Restored"));
        onFx(() -> {
            controller.deleteProgramme(programmes.get(1));
            return null;
        });
        waitUntil(() -> model.canUndoProperty().get());

        onFx(() -> {
            services.dataRevision().replaced();
            return null;
        });

        assertThat(onFx(() -> model.messageProperty().get())).isEmpty();
        assertThat(onFx(() -> model.canUndoProperty().get())).as("nothing to undo in the restored data").isFalse();
        // let the reloads started above finish before the task runner closes
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showSourceGoesThroughTheNavigator() throws Exception {
        Citation citation = new Citation("src-east-asia-cgt-landscape-ebook", "Relma-cel (JW Therapeutics)");
        onFx(() -> {
            controller.showSource(citation);
            return null;
        });
        assertThat(navigator.calls()).containsExactly("source src-east-asia-cgt-landscape-ebook");
    }

    @Test
    void aDuplicateTheDatabaseRefusesIsReportedToTheFormAndNothingIsWritten() throws Exception {
        ProgrammeDraft draft = new ProgrammeDraft("Relma-cel 2", "org-jw-therapeutics", "CN", Modality.CAR_T, null, null,
                null, null, List.of(), null);
        services.programmes().save(PipelineEdits.toProgramme(draft, null, "someone else"));
        int stored = services.programmes().findAll().size();
        AtomicReference<String> failure = new AtomicReference<>();

        onFx(() -> {
            controller.saveProgramme(new ProgrammeDraft(" relma-CEL 2 ", "org-jw-therapeutics", "CN", null, null, null,
                    null, null, List.of(), null), List.of(), null,
                    () -> backgroundFailures.add(new AssertionError("must not close the form")), failure::set);
            return null;
        });

        waitUntil(() -> failure.get() != null);
        assertThat(failure.get()).isEqualTo("JW Therapeutics already has a programme named “relma-CEL 2”.");
        assertThat(services.programmes().findAll()).hasSize(stored);
    }

    @Test
    void aProgrammeKeepsTheSourcesItWasSavedWithAndTheCsvNamesThemOrSaysNoSourceGiven() throws Exception {
        AnalystSource web = new AnalystSource("https://www.example.com/news/relma-cel-3", null, "Example News",
                PartialDate.ofMonth(2026, 11), "JW Therapeutics filed Relma-cel 3.", LocalDate.of(2026, 12, 1));
        AnalystSource report = new AnalystSource(null, "JW Therapeutics annual report 2025", "JW Therapeutics",
                PartialDate.ofYear(2025), null, LocalDate.of(2026, 12, 2));
        save(new ProgrammeDraft("Relma-cel 3", "org-jw-therapeutics", "CN", Modality.CAR_T, null, null, null, null,
                List.of(), null), List.of(web, report));
        save(new ProgrammeDraft("Relma-cel 4", "org-jw-therapeutics", "CN", Modality.CAR_T, null, null, null, null,
                List.of(), null), List.of());

        assertThat(services.programmes().findAll()).filteredOn(programme -> programme.name().equals("Relma-cel 3"))
                .singleElement().satisfies(programme -> assertThat(programme.analystSources()).containsExactly(web, report));
        assertThat(services.programmes().findAll()).filteredOn(programme -> programme.name().equals("Relma-cel 4"))
                .singleElement().satisfies(programme -> assertThat(programme.hasNoSource()).isTrue());
        onFx(() -> {
            model.textFilterProperty().set("relma-cel ");
            return null;
        });
        waitUntil(() -> model.rows().stream().filter(row -> row.programmeName().startsWith("Relma-cel ")).count() == 2);
        Path file = folder.resolve("sources.csv");
        onFx(() -> {
            controller.exportCsv(file, List.of(PipelineColumn.PROGRAMME, PipelineColumn.SOURCE));
            return null;
        });
        waitUntil(() -> model.messageProperty().get().startsWith("Wrote "));
        String text = Files.readString(file);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            List<List<String>> lines = reader.stream().map(CsvRecord::getFields).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).containsExactly("Relma-cel 3",
                    "https://www.example.com/news/relma-cel-3 — Example News, 2026-11 · accessed 2026-12-01; "
                            + "JW Therapeutics annual report 2025 — JW Therapeutics, 2025 · accessed 2026-12-02"));
            assertThat(lines).anySatisfy(line -> assertThat(line).containsExactly("Relma-cel 4", "no source given"));
        }

        onFx(() -> {
            controller.showAnalystSource(web);
            return null;
        });
        assertThat(navigator.calls()).containsExactly("analyst source https://www.example.com/news/relma-cel-3");
    }

    private void save(ProgrammeDraft draft, List<AnalystSource> sources) throws Exception {
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicBoolean saved = new AtomicBoolean();
        onFx(() -> {
            controller.saveProgramme(draft, sources, null, () -> saved.set(true), failure::set);
            return null;
        });
        waitUntil(() -> saved.get() || failure.get() != null);
        assertThat(failure.get()).isNull();
    }
}
