package org.cgtatlas.app;

import java.io.File;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.feature.backup.BackupController;
import org.cgtatlas.feature.backup.BackupView;
import org.cgtatlas.feature.export.ExportController;
import org.cgtatlas.feature.export.ExportMenu;
import org.cgtatlas.ui.briefing.BriefingsDialog;
import org.cgtatlas.ui.changes.ChangesSinceDialog;
import org.cgtatlas.feature.export.ExportModel;
import org.cgtatlas.feature.pipeline.PipelineController;
import org.cgtatlas.feature.pipeline.PipelineModel;
import org.cgtatlas.feature.shell.AboutDialog;
import org.cgtatlas.feature.shell.MainWindowController;
import org.cgtatlas.feature.shell.MainWindowModel;
import org.cgtatlas.feature.shell.MainWindowView;
import org.cgtatlas.feature.trials.TrialImportController;
import org.cgtatlas.feature.trials.TrialImportDialogs;
import org.cgtatlas.feature.trials.TrialRefreshController;
import org.cgtatlas.feature.trials.TrialRefreshDialog;
import org.cgtatlas.ui.AnalystSourceViews;
import org.cgtatlas.ui.ErrorDialog;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that wires the screens to the services and to each other (constructor injection). Every screen is
 * made by its own {@link Screen} factory and built on first open; screens reach each other only through the
 * {@link Navigator}.
 */
final class MainWindowAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowAssembly.class);

    private final AppServices services;
    private final Stage stage;
    private final TaskRunner tasks;
    private final MainWindowModel model = new MainWindowModel();
    private final MainWindowController controller;
    private final MainWindowView view;
    private final Navigator navigator;
    private final CountriesScreen countries;
    private final PipelineScreen pipeline;
    private final TimelineScreen timeline;
    private final SourcesScreen sources;
    private final ExportModel exportModel = new ExportModel();
    private final ExportController exportController;
    private final TrialImportController trialImport;
    /** Opens the refresh dialog; set once the window's File menu is built, used by the empty Trials screen. */
    private Runnable refreshTrials;

    MainWindowAssembly(AppServices services, Stage stage, Consumer<String> openUrl) {
        this.services = services;
        this.stage = stage;
        this.navigator = new WindowNavigator(openUrl);
        this.tasks = new TaskRunner(this::reportError);
        this.controller = new MainWindowController(model, tasks, tasks::cancelCurrent);
        model.busyProperty().bind(tasks.busyProperty());
        model.cancellableProperty().bind(tasks.cancellableProperty());
        model.progressProperty().bind(tasks.progressProperty());
        model.statusMessageProperty().bind(tasks.messageProperty());
        controller.restore(services.settings());
        model.dataFolderProperty().set(services.database().dataFolder().toString());
        DataRevision revision = services.dataRevision();
        this.countries = new CountriesScreen(tasks, services.landscape(), services.settings(), revision, navigator,
                services.recordHistory());
        this.pipeline = new PipelineScreen(services, tasks, navigator);
        this.timeline = new TimelineScreen(services, tasks, navigator);
        this.sources = new SourcesScreen(tasks, services.landscape(), revision, navigator);
        Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);
        screens.put(ScreenId.DASHBOARD, new DashboardScreen(tasks, services.landscape(), revision, navigator, model.themeProperty()));
        screens.put(ScreenId.COUNTRIES, countries);
        screens.put(ScreenId.PIPELINE, pipeline);
        screens.put(ScreenId.TIMELINE, timeline);
        screens.put(ScreenId.TRIALS, new TrialsScreen(tasks, services.trialRepository(), services.trialOverrides(), services.productEntries(),
                services.landscape(), revision, openUrl, () -> refreshTrials.run(), services.recordHistory()));
        screens.put(ScreenId.SOURCES, sources);
        controller.addSearchSource(pipeline::searchable);
        controller.addSearchSource(sources::searchable);
        controller.addSearchSource(timeline::searchable);
        controller.follow(revision);
        Map<ScreenId, Supplier<Node>> roots = new EnumMap<>(ScreenId.class);
        screens.forEach((id, screen) -> roots.put(id, screen::root));
        this.view = new MainWindowView(model, controller, roots);
        view.quitItem().setOnAction(event -> stage.close());
        BackupController backups = new BackupController(tasks, services.database(), services.backups(), revision);
        view.addFileMenuItems(new BackupView(backups, stage).menuItems());
        view.aboutItem().setOnAction(event -> AboutDialog.show(stage, services.info()));
        this.trialImport = new TrialImportController(tasks, services.fileImporter(), revision,
                outcome -> {
                    if (outcome.trials() != null) {
                        navigator.show(ScreenId.TRIALS);
                    }
                    TrialImportDialogs.showSummary(stage, outcome);
                },
                message -> TrialImportDialogs.showCancelled(stage, message));
        MenuItem importItem = new MenuItem(Messages.get("menu.file.import"));
        importItem.setAccelerator(Shortcut.IMPORT.combination());
        importItem.setOnAction(event -> TrialImportDialogs.chooseFile(stage).ifPresent(trialImport::importFile));
        TrialRefreshController refresh = new TrialRefreshController(tasks, services.trialRefresher(),
                services.refreshPreferences(), services::lastRefresh, services::region, revision,
                lines -> {
                    navigator.show(ScreenId.TRIALS);
                    TrialImportDialogs.showSummary(stage, Messages.get("trials.refresh.summary.title"), lines);
                },
                message -> TrialImportDialogs.showCancelled(stage, message));
        this.refreshTrials = () -> refresh.open(settings -> TrialRefreshDialog.show(stage, refresh, settings));
        MenuItem refreshItem = new MenuItem(Messages.get("menu.file.refreshCtgov"));
        refreshItem.setId("refreshCtgov");
        refreshItem.setOnAction(event -> refreshTrials.run());
        view.addFileMenuItems(importItem, refreshItem);
        this.exportController = new ExportController(exportModel, tasks, services.landscape(), services.briefingExport(),
                services.changesSince());
        exportController.restore(services.settings());
        MenuItem[] exportItems = new ExportMenu(stage, exportModel, exportController, view::screenArea).items();
        exportSubmenu(exportItems).getItems().add(pipelineCsvItem());
        view.addFileMenuItems(exportItems);
        MenuItem briefingsItem = new MenuItem(Messages.get("menu.file.briefings"));
        briefingsItem.setId("briefingsMenu");
        briefingsItem.setOnAction(event -> navigator.showBriefings());
        MenuItem changesItem = new MenuItem(Messages.get("menu.file.changes"));
        changesItem.setId("changesMenu");
        changesItem.setOnAction(event -> navigator.showChanges());
        view.addFileMenuItems(briefingsItem, changesItem);
    }

    /**
     * The Changes since view's Show: a programme or an event opens as the global search opens it (its hit with the
     * record's name); another record opens its country's profile.
     */
    private void openRecord(RecordKind kind, String name, String countryCode) {
        SearchSource source = kind == RecordKind.PROGRAMME ? pipeline::searchable
                : kind == RecordKind.EVENT ? timeline::searchable : null;
        if (source == null) {
            navigator.showCountry(countryCode);
            return;
        }
        tasks.task(Messages.get("changes.opening"), progress -> source.read().search(name, 50))
                .onSuccess(hits -> hits.stream().filter(hit -> hit.title().equals(name)).findFirst()
                        .ifPresentOrElse(hit -> hit.open().run(), () -> navigator.showCountry(countryCode)))
                .start();
    }

    /** File ▸ Export (id {@code exportMenu}): every screen's exports (image, CSV…) go into this one submenu. */
    private static Menu exportSubmenu(MenuItem[] exportItems) {
        Menu export = Arrays.stream(exportItems).filter(Menu.class::isInstance).map(Menu.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the export items have no Export submenu"));
        export.setId("exportMenu");
        return export;
    }

    private MenuItem pipelineCsvItem() {
        MenuItem pipelineCsv = new MenuItem(Messages.get("menu.file.export.csv"));
        pipelineCsv.setId("exportPipelineCsv");
        pipelineCsv.disableProperty().bind(model.currentScreenProperty().isNotEqualTo(ScreenId.PIPELINE));
        pipelineCsv.setOnAction(event -> pipeline.exportCsv());
        return pipelineCsv;
    }

    /** Opens screens for the others: the sidebar's own selection, and the target screen's entry point before it. */
    private final class WindowNavigator implements Navigator {

        private final Consumer<String> openUrl;

        WindowNavigator(Consumer<String> openUrl) {
            this.openUrl = openUrl;
        }

        @Override
        public void showChanges() {
            ChangesSinceDialog.show(stage, tasks, services.changesSince(), MainWindowAssembly.this::openRecord);
        }

        @Override
        public void showBriefings() {
            BriefingsDialog.show(stage, tasks, services.briefings()::read, openUrl);
        }

        @Override
        public void show(ScreenId screen) {
            controller.show(screen);
        }

        @Override
        public void showSource(Citation citation) {
            sources.open(citation);
            show(ScreenId.SOURCES);
        }

        @Override
        public void showAnalystSource(AnalystSource source) {
            if (source.opensInBrowser()) {
                openUrl.accept(source.url());
            } else {
                AnalystSourceViews.showPassage(stage, source);
            }
        }

        @Override
        public void showCountry(String countryCode) {
            countries.selectCountry(countryCode);
            show(ScreenId.COUNTRIES);
        }

        @Override
        public void showPipeline(String countryCode, Modality modality) {
            pipeline.showFiltered(countryCode, modality);
            show(ScreenId.PIPELINE);
        }

        @Override
        public void showTimeline(String countryCode) {
            timeline.showFiltered(countryCode);
        }
    }

    Scene createScene() {
        Scene scene = new Scene(view.root());
        scene.getAccelerators().put(Shortcut.SEARCH_AGAIN.combination(), view::focusSearch);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                trialImport.importFile(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
        WindowGeometry.restore(stage, services.settings());
        return scene;
    }

    /** Lays the window out in a scene of the given size that is never shown, at {@code screen}: for images without a window. */
    Scene offscreenScene(ScreenId screen, double width, double height) {
        controller.show(screen);
        return new Scene(view.root(), width, height);
    }

    Region screenArea() {
        return view.screenArea();
    }

    MainWindowController controller() {
        return controller;
    }

    MainWindowModel model() {
        return model;
    }

    PipelineController pipelineController() {
        return pipeline.controller();
    }

    PipelineModel pipelineModel() {
        return pipeline.model();
    }

    TrialImportController trialImport() {
        return trialImport;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** Stops the background thread without saving the window state (an off-screen window has none worth keeping). */
    void closeWithoutSaving() {
        tasks.close();
    }

    /** Snapshots the window state on the FX thread, then writes it on the background thread. */
    void saveStateAndStop() {
        controller.remember(services.settings());
        exportController.remember(services.settings());
        WindowGeometry.remember(stage, services.settings());
        tasks.submit(services.settings()::save);
        tasks.close();
    }

    private void reportError(Throwable error) {
        LOG.error("Background task failed", error);
        ErrorDialog.show(stage, Messages.get("error.header"), error);
    }
}
