package org.cgtatlas.feature.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.briefing.BriefingExport;
import org.cgtatlas.export.image.PngWriter;
import org.cgtatlas.export.pdf.PagePrinter;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportDataAssembler;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportPages;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotReport;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSinceReader;

/** Exports the snapshot PDF and screen images, and prints the snapshot; all file and database work in the background. */
public final class ExportController {

    static final String KEY_SECTIONS = "export.sections";
    static final String KEY_PAGE_SIZE = "export.pageSize";
    static final String KEY_APPLY_FILTERS = "export.applyFilters";
    static final String KEY_COUNTRY = "export.country";
    static final String KEY_MODALITY = "export.modality";
    static final String KEY_FOLDER = "export.folder";

    private final ExportModel model;
    private final TaskExecutor tasks;
    private final LandscapeCache landscape;
    private final BriefingExport briefings;
    private final ChangesSinceReader changes;
    private String restoredCountry;

    /** The report prints {@code landscape}'s current snapshot, the one the screens show; each PDF is pinned as a briefing. */
    public ExportController(ExportModel model, TaskExecutor tasks, LandscapeCache landscape, BriefingExport briefings) {
        this(model, tasks, landscape, briefings, null);
    }

    /** With {@code changes}, a PDF can add "What changed since" a pinned briefing. */
    public ExportController(ExportModel model, TaskExecutor tasks, LandscapeCache landscape, BriefingExport briefings,
                            ChangesSinceReader changes) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.briefings = briefings;
        this.changes = changes;
    }

    /** Loads the countries the filter can choose from, then runs {@code then} on the FX thread (e.g. opens the dialog). */
    public void withCountries(Runnable then) {
        String wanted = model.countryProperty().get() == null ? restoredCountry : model.countryProperty().get().code();
        tasks.task(Messages.get("export.loading"), progress -> {
                    if (changes != null) {
                        List<Briefing> pinned = changes.briefings();
                        Platform.runLater(() -> keepBriefings(pinned));
                    }
                    return landscape.current().regionCountries();
                })
                .onSuccess(found -> {
                    model.countries().setAll(found);
                    model.countryProperty().set(found.stream().filter(c -> c.code().equals(wanted)).findFirst().orElse(null));
                    // After this task has been marked finished: a dialog opened here would keep it "running" while open.
                    Platform.runLater(then);
                })
                .start();
    }

    private void keepBriefings(List<Briefing> pinned) {
        Briefing chosen = model.sinceProperty().get();
        model.briefings().setAll(pinned);
        model.sinceProperty().set(chosen == null ? null
                : pinned.stream().filter(briefing -> briefing.id() == chosen.id()).findFirst().orElse(null));
    }

    public void exportSnapshot(SnapshotRequest request, Path target, Consumer<String> done) {
        rememberFolder(target);
        ZonedDateTime now = ZonedDateTime.now();
        Briefing since = changes == null ? null : model.sinceProperty().get();
        tasks.task(Messages.get("export.pdf.running"), progress -> {
            SnapshotRequest asked = since == null ? request : request.withChanges(changes.read(ChangesSinceReader.start(since),
                    new ChangesSince.Filter(request.effectiveFilter().countryCode(), null, request.effectiveFilter().modality())));
            int pages = briefings.export(landscape.current(), asked, target, now, progress).pages();
            return Messages.get("export.pdf.done", target.getFileName(), pages, Files.size(target) / 1024);
        }).onSuccess(done).userTask().start();
    }

    public void exportImage(BufferedImage image, Path target, Consumer<String> done) {
        rememberFolder(target);
        tasks.task(Messages.get("export.image.running"), progress -> {
            PngWriter.write(image, target);
            return Messages.get("export.image.done", target.getFileName(), image.getWidth(), image.getHeight());
        }).onSuccess(done).start();
    }

    /** Lays the report out for the printer's paper, renders each page at the printer's resolution and prints it. */
    public void print(SnapshotRequest request, PagePrinter printer, Consumer<String> done) {
        ZonedDateTime now = ZonedDateTime.now();
        tasks.task(Messages.get("export.print.running"), progress -> {
            try {
                ReportData data = ReportDataAssembler.assemble(landscape.current(), request, now);
                byte[] pdf = new SnapshotReport(data, request).toBytes(progress);
                int pages = ReportPages.render(pdf, printer.dpi(), printer::print, progress);
                printer.finish();
                return Messages.get("export.print.done", pages);
            } catch (IOException | RuntimeException e) {
                printer.abort();
                throw e;
            }
        }).onSuccess(done).userTask().start();
    }

    private void rememberFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            model.lastFolderProperty().set(folder.toString());
        }
    }

    public void restore(SettingsStore settings) {
        settings.get(KEY_SECTIONS).ifPresent(names -> {
            EnumSet<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
            Arrays.stream(names.split(",")).map(ReportSection::parse).flatMap(Optional::stream).forEach(chosen::add);
            if (!chosen.isEmpty()) {
                model.sections().retainAll(chosen);
                model.sections().addAll(chosen);
            }
        });
        settings.get(KEY_PAGE_SIZE).flatMap(ReportPageSize::parse).ifPresent(model.pageSizeProperty()::set);
        model.applyFiltersProperty().set(settings.getBoolean(KEY_APPLY_FILTERS, false));
        settings.get(KEY_MODALITY).flatMap(Modality::parse).ifPresent(model.modalityProperty()::set);
        restoredCountry = settings.get(KEY_COUNTRY, "");
        model.lastFolderProperty().set(settings.get(KEY_FOLDER, ""));
    }

    public void remember(SettingsStore settings) {
        settings.put(KEY_SECTIONS, String.join(",", model.sections().stream().sorted().map(ReportSection::shortName).toList()));
        settings.put(KEY_PAGE_SIZE, model.pageSizeProperty().get().name());
        settings.put(KEY_APPLY_FILTERS, Boolean.toString(model.applyFiltersProperty().get()));
        settings.put(KEY_COUNTRY, model.countryProperty().get() == null ? "" : model.countryProperty().get().code());
        settings.put(KEY_MODALITY, model.modalityProperty().get() == null ? "" : model.modalityProperty().get().name());
        settings.put(KEY_FOLDER, model.lastFolderProperty().get());
    }
}
