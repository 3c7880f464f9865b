package org.cgtatlas.feature.trials;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.CountryNames;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.TrialPhases;
import org.cgtatlas.ui.EmptyState;
import org.cgtatlas.ui.layout.ColumnHeaders;
import org.cgtatlas.ui.navigation.ScreenId;

/** The Trials screen: filters, the table of imported trials, charts per country, and the selected trial's details. */
public final class TrialsView {

    private static final double MIN_CHART_WIDTH = 160;
    private static final double LEGEND_BESIDE_WIDTH = 280;

    private final TrialsModel model;
    private final StackPane root = new StackPane();
    private String selectedId;

    /** {@code refreshFromRegistry} opens the refresh dialog, offered on the empty screen. */
    public TrialsView(TrialsModel model, TrialsController controller, ClassificationEditsController overrides,
                      Runnable refreshFromRegistry) {
        this.model = model;
        BorderPane content = new BorderPane();
        content.getStyleClass().add("trials-screen");
        content.setTop(new javafx.scene.layout.VBox(4, filterBar(controller), resultLine(controller)));
        TrialDetailPane detail = new TrialDetailPane(model, controller::openInRegistry, overrides);
        SplitPane tableAndCharts = new SplitPane(table(), charts());
        tableAndCharts.setOrientation(Orientation.VERTICAL);
        tableAndCharts.setDividerPositions(0.58);
        SplitPane main = new SplitPane(tableAndCharts, detail.root());
        main.setDividerPositions(0.72);
        content.setCenter(main);
        EmptyState empty = new EmptyState(ScreenId.TRIALS.icon(), model.headlineProperty(), model.hintProperty());
        empty.setId("trialsEmpty");
        Button refresh = new Button(Messages.get("trials.refresh.button"));
        refresh.setId("trialsRefreshCtgov");
        refresh.setOnAction(event -> refreshFromRegistry.run());
        empty.getChildren().add(refresh);
        empty.visibleProperty().bind(model.loadedProperty().and(javafx.beans.binding.Bindings.isEmpty(model.trials())));
        content.visibleProperty().bind(empty.visibleProperty().not());
        root.getChildren().addAll(content, empty);
    }

    private Node filterBar(TrialsController controller) {
        TextField text = new TextField();
        text.setId("trialsSearch");
        text.setPromptText(Messages.get("trials.filter.text"));
        text.setTooltip(new Tooltip(Messages.get("trials.filter.text.tooltip")));
        text.setPrefColumnCount(14);
        text.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button(Messages.get("trials.filter.clear"));
        clear.setOnAction(event -> controller.clearFilters());
        FlowPane bar = new FlowPane(8, 6, text,
                choice("trialsCountry", "trials.filter.country", model.countryChoices(), model.countryProperty(), "",
                        code -> code + " " + CountryNames.of(code)),
                choice("trialsModality", "trials.filter.modality", model.modalityChoices(), model.modalityProperty(), "",
                        TrialsView::modalityLabel),
                choice("trialsConfidence", "trials.filter.confidence", FXCollections.observableList(model.confidenceChoices()),
                        model.confidenceProperty(), "", level -> Confidence.valueOf(level).label()),
                choice("trialsRegistry", "trials.filter.registry", model.registryChoices(), model.registryProperty(), "",
                        registry -> registry),
                choice("trialsPhase", "trials.filter.phase", model.phaseChoices(), model.phaseProperty(), "", TrialPhases::label),
                choice("trialsStatus", "trials.filter.status", model.statusChoices(), model.statusProperty(), "", TrialLabels::code),
                choice("trialsSponsorType", "trials.filter.sponsorType", model.funderTypeChoices(), model.funderTypeProperty(), "",
                        TrialLabels::funderType),
                choice("trialsStartYear", "trials.filter.startYear", model.startYearChoices(), model.startYearProperty().asObject(),
                        0, String::valueOf),
                clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("trials-filters");
        return bar;
    }

    /** Under the filters: how many trials they leave, where the trials come from, and exporting them. */
    private Node resultLine(TrialsController controller) {
        Label count = new Label();
        count.setId("trialsCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.shownCountProperty());
        Label sources = new Label();
        sources.setId("trialsSources");
        sources.setWrapText(true);
        sources.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sources.textProperty().bind(model.sourcesProperty());
        Button export = new Button(Messages.get("trials.export.button"));
        export.setId("trialsExportCsv");
        export.setOnAction(event -> exportCsv(controller, export));
        Label message = new Label();
        message.setId("trialsMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        FlowPane line = new FlowPane(12, 4, count, sources, export, message);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("trials-results");
        return line;
    }

    /** Asks where to write, then exports the trials shown. */
    private static void exportCsv(TrialsController controller, Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("trials.export.title"));
        chooser.setInitialFileName("trials.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file != null) {
            controller.exportCsv(file.toPath());
        }
    }

    private static String modalityLabel(String choice) {
        return switch (choice) {
            case TrialFilter.ALL_CGT -> "All CGT";
            case TrialFilter.NOT_CGT -> "Not CGT";
            default -> Modality.valueOf(choice).label();
        };
    }

    /** A combo box for one filter; the "any" value shows as the filter's name. */
    private static <T> Node choice(String id, String nameKey, ObservableList<T> choices, Property<T> filter, T any,
                                   Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(choices);
        box.setSkin(new ShownValueWidthSkin<>(box));
        box.setId(id);
        String name = Messages.get(nameKey);
        box.setPromptText(name);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null || value.equals(any) ? name + ": " + Messages.get("trials.filter.any") : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return any;
            }
        });
        box.setValue(filter.getValue());
        // Replacing the choices (after a reload) empties the box; that is not the user choosing "any".
        box.valueProperty().addListener((observable, before, value) -> {
            if (value != null) {
                filter.setValue(value);
            }
        });
        choices.addListener((ListChangeListener<T>) change -> box.setValue(filter.getValue()));
        filter.addListener((observable, before, value) -> box.setValue(value));
        return box;
    }

    /**
     * A filter box as wide as what it shows ("Country: Any"), not as its longest choice, so that the filters fit two
     * rows of a laptop window; the list it opens is still as wide as its longest choice.
     */
    private static final class ShownValueWidthSkin<T> extends ComboBoxListViewSkin<T> {

        ShownValueWidthSkin(ComboBox<T> box) {
            super(box);
        }

        @Override
        protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                          double leftInset) {
            Node arrow = getSkinnable().lookup(".arrow-button");
            double arrowWidth = arrow == null ? 0 : arrow.prefWidth(height);
            return leftInset + getDisplayNode().prefWidth(height) + arrowWidth + rightInset;
        }
    }

    private Node table() {
        TableView<ClassifiedTrial> table = new TableView<>();
        table.setId("trialsTable");
        table.setPlaceholder(new Label(Messages.get("trials.noMatch")));
        ColumnHeaders.keepReadable(table);
        SortedList<ClassifiedTrial> sorted = new SortedList<>(model.shownTrials());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<ClassifiedTrial, String> start = column("trials.column.start", 80,
                trial -> trial.trial().startDate() == null ? "" : trial.trial().startDate().toString());
        start.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().setAll(List.of(
                column("trials.column.nct", 165, trial -> trial.trial().nctId()),
                column("trials.column.registry", 140, TrialsView::registry),
                column("trials.column.title", 270, trial -> trial.trial().title()),
                column("trials.column.modality", 120, TrialsView::modality),
                column("trials.column.confidence", 80, trial -> trial.classification().confidence().label()),
                column("trials.column.phase", 85, trial -> TrialPhases.label(trial.trial().phases())),
                column("trials.column.status", 110, trial -> TrialLabels.code(trial.trial().status())),
                column("trials.column.countries", 90, trial -> String.join(" ", trial.trial().countryCodes().stream().sorted().toList())),
                column("trials.column.sponsorType", 85, trial -> TrialLabels.funderType(trial.trial().funderType())),
                start));
        table.getSortOrder().add(start);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, trial) -> {
            model.selectedProperty().set(trial);
            if (trial != null) {
                selectedId = trial.trial().nctId();
            }
        });
        // A reload (after an edit or an import) replaces every row; the trial the analyst was looking at stays selected.
        sorted.addListener((ListChangeListener<ClassifiedTrial>) change -> {
            if (table.getSelectionModel().isEmpty() && selectedId != null) {
                sorted.stream().filter(trial -> trial.trial().nctId().equals(selectedId)).findFirst()
                        .ifPresent(trial -> table.getSelectionModel().select(trial));
            }
        });
        return table;
    }

    private static String modality(ClassifiedTrial trial) {
        String label = trial.classification().modalityLabel();
        return trial.classification().isOverride() ? Messages.get("trials.override.shown", label) : label;
    }

    /** "ClinicalTrials.gov", or "ChiCTR +1" when the trial is also registered elsewhere. */
    private static String registry(ClassifiedTrial trial) {
        int others = trial.registration().alsoRegisteredAs().size();
        return others == 0 ? trial.registration().registry() : trial.registration().registry() + " +" + others;
    }

    private static TableColumn<ClassifiedTrial, String> column(String key, double width, Function<ClassifiedTrial, String> value) {
        TableColumn<ClassifiedTrial, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node charts() {
        StackedBarChart<String, Number> byModality = chart("trialsByModality", "trials.chart.byModality");
        StackedBarChart<String, Number> byPhase = chart("trialsByPhase", "trials.chart.byPhase");
        model.byModalityProperty().addListener((observable, before, tally) -> show(byModality, tally));
        model.byPhaseProperty().addListener((observable, before, tally) -> show(byPhase, tally));
        HBox charts = new HBox(8, byModality, byPhase);
        HBox.setHgrow(byModality, Priority.ALWAYS);
        HBox.setHgrow(byPhase, Priority.ALWAYS);
        charts.getStyleClass().add("trials-charts");
        return charts;
    }

    /** Trials are counted: ticks between whole numbers (an empty chart's 0.00) get no label. */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double number = value.doubleValue();
            return number == Math.rint(number) ? Long.toString((long) number) : "";
        }

        @Override
        public Number fromString(String text) {
            return Long.valueOf(text);
        }
    };

    private static StackedBarChart<String, Number> chart(String id, String titleKey) {
        CategoryAxis countries = new CategoryAxis();
        NumberAxis trials = new NumberAxis();
        trials.setLabel(Messages.get("trials.chart.trials"));
        trials.setMinorTickVisible(false);
        trials.setTickLabelFormatter(WHOLE_NUMBERS);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(countries, trials);
        chart.setId(id);
        chart.setTitle(Messages.get(titleKey));
        chart.setAnimated(false);
        // In a narrow chart the legend goes below the bars, where it wraps, so two charts fit side by side on a laptop.
        chart.widthProperty().addListener((observable, before, width) -> chart.setLegendSide(
                width.doubleValue() >= LEGEND_BESIDE_WIDTH ? javafx.geometry.Side.RIGHT : javafx.geometry.Side.BOTTOM));
        chart.setMinHeight(170);
        chart.setMinWidth(MIN_CHART_WIDTH);
        return chart;
    }

    private static void show(StackedBarChart<String, Number> chart, TrialTally tally) {
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(tally.countries()));
        ObservableList<XYChart.Series<String, Number>> series = FXCollections.observableArrayList();
        for (Map.Entry<String, Map<String, Long>> entry : tally.series().entrySet()) {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(entry.getKey());
            for (String country : tally.countries()) {
                one.getData().add(new XYChart.Data<>(country, tally.count(entry.getKey(), country)));
            }
            series.add(one);
        }
        chart.setData(series);
    }

    public Node root() {
        return root;
    }
}
