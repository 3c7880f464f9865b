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
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.feature.backup.BackupController;
import org.cgtatlas.feature.backup.BackupView;
import org.cgtatlas.feature.countries.CountriesController;
import org.cgtatlas.feature.countries.CountriesModel;
import org.cgtatlas.feature.countries.CountriesView;
import org.cgtatlas.feature.dashboard.DashboardController;
import org.cgtatlas.feature.dashboard.DashboardModel;
import org.cgtatlas.feature.dashboard.DashboardView;
import org.cgtatlas.feature.export.ExportController;
import org.cgtatlas.feature.export.ExportMenu;
import org.cgtatlas.feature.export.ExportModel;
import org.cgtatlas.feature.pipeline.PipelineController;
import org.cgtatlas.feature.pipeline.PipelineModel;
import org.cgtatlas.feature.pipeline.PipelineView;
import org.cgtatlas.feature.shell.AboutDialog;
import org.cgtatlas.feature.shell.MainWindowController;
import org.cgtatlas.feature.shell.MainWindowModel;
import org.cgtatlas.feature.shell.MainWindowView;
import org.cgtatlas.feature.sources.SourceTextSearch;
import org.cgtatlas.feature.sources.SourcesController;
import org.cgtatlas.feature.sources.SourcesModel;
import org.cgtatlas.feature.sources.SourcesView;
import org.cgtatlas.feature.timeline.TimelineController;
import org.cgtatlas.feature.timeline.TimelineModel;
import org.cgtatlas.feature.timeline.TimelineView;
import org.cgtatlas.feature.trials.TrialImportController;
import org.cgtatlas.feature.trials.TrialImportDialogs;
import org.cgtatlas.feature.trials.TrialsController;
import org.cgtatlas.feature.trials.TrialsModel;
import org.cgtatlas.feature.trials.TrialsView;
import org.cgtatlas.ui.DrillDown;
import org.cgtatlas.ui.ErrorDialog;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that wires the screens to the services and to each other (constructor injection). */
final class MainWindowAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowAssembly.class);

    private final AppServices services;
    private final Stage stage;
    private final TaskRunner tasks;
    private final MainWindowModel model = new MainWindowModel();
    private final MainWindowController controller;
    private final MainWindowView view;
    private final PipelineModel pipelineModel = new PipelineModel();
    private final PipelineController pipelineController;
    private PipelineView pipelineView;
    private final CountriesModel countriesModel = new CountriesModel();
    private final DrillDown drillDown = new NavigatingDrillDown();
    private final ExportModel exportModel = new ExportModel();
    private final ExportController exportController;
    private final TimelineModel timelineModel = new TimelineModel();
    private final TimelineController timeline;

    private final Consumer<String> openUrl;
    private final TrialImportController trialImport;

    MainWindowAssembly(AppServices services, Stage stage, Consumer<String> openUrl) {
        this.services = services;
        this.stage = stage;
        this.openUrl = openUrl;
        this.tasks = new TaskRunner(this::reportError);
        this.controller = new MainWindowController(model, tasks);
        controller.restore(services.settings());
        this.pipelineController = new PipelineController(pipelineModel, services.landscape(), services.programmes(),
                services.organizations(), tasks,
                services.dataRevision(), services.settings(), controller);
        controller.addSearchProvider(pipelineController::search);
        controller.addSearchProvider(this::searchSources);
        model.dataFolderProperty().set(services.database().dataFolder().toString());
        this.timeline = new TimelineController(timelineModel, tasks, services.landscape(), services.events(),
                services.dataRevision(), controller);
        controller.addSearchProvider(timeline::search);
        this.view = new MainWindowView(model, controller, screens());
        view.quitItem().setOnAction(event -> stage.close());
        BackupController backups = new BackupController(tasks, services.database(), services.backups(), services.dataRevision());
        view.addFileMenuItems(new BackupView(backups, stage).menuItems());
        view.aboutItem().setOnAction(event -> AboutDialog.show(stage, services.info()));
        this.trialImport = new TrialImportController(tasks, services.fileImporter(), services.dataRevision(),
                outcome -> {
                    if (outcome.trials() != null) {
                        controller.show(ScreenId.TRIALS);
                    }
                    TrialImportDialogs.showSummary(stage, outcome);
                },
                message -> TrialImportDialogs.showCancelled(stage, message));
        MenuItem importItem = new MenuItem(Messages.get("menu.file.import"));
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(event -> TrialImportDialogs.chooseFile(stage).ifPresent(trialImport::importFile));
        view.addFileMenuItems(importItem);
        this.exportController = new ExportController(exportModel, tasks, services.landscape());
        exportController.restore(services.settings());
        MenuItem[] exportItems = new ExportMenu(stage, exportModel, exportController, view::screenArea).items();
        exportSubmenu(exportItems).getItems().add(pipelineCsvItem());
        view.addFileMenuItems(exportItems);
    }

    private Map<ScreenId, Supplier<Node>> screens() {
        Map<ScreenId, Supplier<Node>> screens = new EnumMap<>(ScreenId.class);
        screens.put(ScreenId.DASHBOARD, () -> {
            DashboardModel screenModel = new DashboardModel();
            DashboardController screenController = new DashboardController(screenModel, tasks, services.landscape(),
                    Clock.systemDefaultZone(), controller, drillDown, this::showCountry);
            screenController.follow(services.dataRevision());
            screenController.refresh();
            return new DashboardView(screenModel, screenController, model.themeProperty()).root();
        });
        screens.put(ScreenId.COUNTRIES, () -> {
            CountriesController screenController = new CountriesController(countriesModel, tasks, services.landscape(),
                    services.settings(), controller, drillDown);
            screenController.follow(services.dataRevision());
            screenController.refresh();
            return new CountriesView(countriesModel, screenController).root();
        });
        screens.put(ScreenId.PIPELINE, () -> {
            pipelineController.refresh();
            return pipelineView().root();
        });
        screens.put(ScreenId.TIMELINE, () -> {
            timeline.refresh();
            return new TimelineView(timelineModel, timeline).root();
        });
        screens.put(ScreenId.TRIALS, () -> {
            TrialsModel screenModel = new TrialsModel();
            TrialsController screenController = new TrialsController(screenModel, tasks, services.trialRepository(), openUrl);
            services.dataRevision().revisionProperty().addListener((observable, before, revision) -> screenController.refresh());
            screenController.refresh();
            return new TrialsView(screenModel, screenController).root();
        });
        screens.put(ScreenId.SOURCES, this::sourcesScreen);
        return screens;
    }

    private PipelineView pipelineView() {
        if (pipelineView == null) {
            pipelineView = new PipelineView(pipelineModel, pipelineController);
        }
        return pipelineView;
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
        pipelineCsv.setOnAction(event -> pipelineView().exportCsv());
        return pipelineCsv;
    }

    private Node sourcesScreen() {
        SourcesModel screenModel = new SourcesModel();
        SourcesController sources = new SourcesController(screenModel, tasks, services.landscape());
        Node root = new SourcesView(screenModel, sources).root();
        model.sourceRequestProperty().addListener((observable, before, citation) -> {
            if (citation != null) {
                sources.open(citation);
            }
        });
        if (model.sourceRequestProperty().get() != null) {
            sources.open(model.sourceRequestProperty().get());
        }
        services.dataRevision().revisionProperty().addListener((observable, before, revision) -> sources.load());
        sources.load();
        return root;
    }

    /** The global search looks through the sources' full texts and opens the passage it found. */
    private List<SearchHit> searchSources(String query, int limit) {
        return SourceTextSearch.search(services.landscape().current().sources(), query, limit).stream()
                .map(match -> new SearchHit(match.source().title(), match.context(), ScreenId.SOURCES,
                        () -> controller.showSource(new Citation(match.source().id(), match.matchedText()))))
                .toList();
    }

    /** Opens the Countries screen with the country's profile selected (from a dashboard tile). */
    private void showCountry(String countryCode) {
        if (countryCode != null) {
            countriesModel.selectedCountryProperty().set(countryCode);
        }
        controller.show(ScreenId.COUNTRIES);
    }

    /**
     * Chart bars and tiles drill down to the Pipeline, filtered to the country and modality, and to the Timeline,
     * filtered to the country.
     */
    private final class NavigatingDrillDown implements DrillDown {

        @Override
        public void pipeline(String countryCode, Modality modality) {
            pipelineController.showFiltered(countryCode, modality);
            controller.show(ScreenId.PIPELINE);
        }

        @Override
        public void timeline(String countryCode) {
            timeline.showFiltered(countryCode, null);
        }
    }

    Scene createScene() {
        Scene scene = new Scene(view.root());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusSearch);
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

    Node screenArea() {
        return view.screenArea();
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
