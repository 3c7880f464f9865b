package org.cgtatlas.feature.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.export.pdf.PagePrinter;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export and print work of the File menu, in the background, against a real data folder. */
class ExportControllerTest {

    @TempDir
    Path folder;

    private AppServices services;
    private TaskRunner tasks;
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
        controller = new ExportController(new ExportModel(), tasks, services.landscape(), services.briefingExport());
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void exportsTheSnapshotAndSaysWhereAndHowBig() throws Exception {
        Path pdf = folder.resolve("snapshot.pdf");
        CompletableFuture<String> done = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> controller.exportSnapshot(SnapshotRequest.everything(ReportPageSize.A4), pdf, done::complete));

        String message = done.get(60, TimeUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(message).contains("snapshot.pdf").contains(document.getNumberOfPages() + " pages");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void printsEveryPageOfTheSameLayoutInOrderAndFinishesTheJob() throws Exception {
        RecordingPrinter printer = new RecordingPrinter();
        SnapshotRequest request = new SnapshotRequest(EnumSet.of(ReportSection.COUNTRY_COMPARISON, ReportSection.PIPELINE),
                ReportPageSize.LETTER, ReportFilter.NONE, false);
        CompletableFuture<String> done = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> controller.print(request, printer, done::complete));

        assertThat(done.get(60, TimeUnit.SECONDS)).contains(printer.pages.size() + " pages");
        assertThat(printer.finished).isTrue();
        assertThat(printer.aborted).isFalse();
        BufferedImage cover = printer.pages.get(0);
        assertThat(cover.getWidth()).isEqualTo(612);
        assertThat(cover.getHeight()).isEqualTo(792);
        assertThat(printer.landscape.get(0)).isFalse();
        assertThat(printer.landscape).contains(true);
    }

    /** At 72 dpi a page image has one pixel per point: US Letter is 612 × 792. */
    private static final class RecordingPrinter implements PagePrinter {
        final List<BufferedImage> pages = new ArrayList<>();
        final List<Boolean> landscape = new ArrayList<>();
        boolean finished;
        boolean aborted;

        @Override
        public float dpi() {
            return 72;
        }

        @Override
        public void print(BufferedImage page, boolean isLandscape) {
            pages.add(page);
            landscape.add(isLandscape);
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void abort() {
            aborted = true;
        }
    }
}
