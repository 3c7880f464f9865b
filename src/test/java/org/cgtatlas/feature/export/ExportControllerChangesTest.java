package org.cgtatlas.feature.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.export.changes.ChangesSinceOutput;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSinceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's "What changed since" choice: the PDF gets the section, with the projection's figures. */
class ExportControllerChangesTest {

    @TempDir
    Path folder;

    private AppServices services;
    private TaskRunner tasks;
    private ExportModel model;
    private ExportController controller;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        services = AppServices.open(folder.resolve("data"));
        tasks = new TaskRunner(errors::add);
        model = new ExportModel();
        controller = new ExportController(model, tasks, services.landscape(), services.briefingExport(), services.changesSince());
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void aPdfSinceAChosenBriefingHasTheSectionWithTheProjectionsFigures() throws Exception {
        SnapshotRequest request = new SnapshotRequest(EnumSet.of(ReportSection.OVERVIEW), ReportPageSize.A4, ReportFilter.NONE, false);
        export(request, folder.resolve("first.pdf"));
        Programme relma = services.programmes().findAll().stream()
                .filter(programme -> programme.id().equals("prog-relma-cel")).findFirst().orElseThrow();
        services.programmes().save(new Programme(relma.id(), relma.name(), relma.organizationId(), relma.countryCode(),
                relma.modality(), relma.target(), relma.indication(), DevelopmentStage.PHASE_2, "edited", relma.partnerIds(),
                relma.description(), relma.citations(), relma.provenance(), relma.inferred(), relma.analystSources()));
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> controller.withCountries(() -> loaded.complete(null)));
        loaded.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.briefings()).hasSize(1);
        Briefing first = model.briefings().get(0);
        model.sinceProperty().set(first);

        Path second = folder.resolve("second.pdf");
        export(request, second);

        ChangesSince changes = services.changesSince().read(ChangesSinceReader.start(first), ChangesSince.Filter.ALL);
        String text;
        try (PDDocument document = Loader.loadPDF(second.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(changes.records()).hasSize(1);
        assertThat(text).contains(ChangesSinceOutput.title(changes), "Records: " + ChangesSinceOutput.totals(changes),
                ChangesSinceOutput.recordLine(changes.records().get(0)));
        changes.records().get(0).fields().forEach(field -> assertThat(text).contains(ChangesSinceOutput.fieldLine(field)));
        assertThat(errors).isEmpty();
    }

    private void export(SnapshotRequest request, Path pdf) throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> controller.exportSnapshot(request, pdf, done::complete));
        done.get(60, TimeUnit.SECONDS);
    }
}
