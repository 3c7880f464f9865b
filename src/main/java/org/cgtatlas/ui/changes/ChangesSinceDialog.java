package org.cgtatlas.ui.changes;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.export.changes.ChangesSinceOutput;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSince.Change;
import org.cgtatlas.landscape.history.ChangesSince.RecordDiff;
import org.cgtatlas.landscape.history.ChangesSinceReader;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;

/**
 * View ▸ Changes since… and the Dashboard's link: what changed since a briefing or a day, from the same
 * {@link ChangesSince} the PDF section and {@code cgt-atlas changes} print. Records are grouped by country or by kind,
 * each with its fields before → after and Show; the registry tab has the counts then and now with the trials behind
 * each difference. Read on the database lane, whenever the start or a filter changes.
 */
public final class ChangesSinceDialog {

    /** Opens a record on its screen: its kind, name and a country (null when it names none). */
    public interface RecordOpener {
        void open(RecordKind kind, String name, String countryCode);
    }

    private final TaskExecutor tasks;
    private final ChangesSinceReader reader;
    private final RecordOpener opener;

    private final ComboBox<Object> since = new ComboBox<>();
    private final DatePicker day = new DatePicker(LocalDate.now().minusDays(7));
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<RecordKind> kind = new ComboBox<>();
    private final ComboBox<Modality> modality = new ComboBox<>();
    private final ToggleButton byCountry = new ToggleButton(Messages.get("changes.byCountry"));
    private final ToggleButton byKind = new ToggleButton(Messages.get("changes.byKind"));
    private final Label summary = new Label(Messages.get("changes.loading"));
    private final TreeView<Object> records = new TreeView<>();
    private final TextArea details = new TextArea();
    private final Button show = new Button(Messages.get("changes.show"));
    private final TableView<Difference> registry = new TableView<>();
    private final TextArea trials = new TextArea();
    private ChangesSince shown;
    /** Set while the country list is replaced, which resets and restores its value: not a new choice. */
    private boolean listingCountries;

    private ChangesSinceDialog(TaskExecutor tasks, ChangesSinceReader reader, RecordOpener opener) {
        this.tasks = tasks;
        this.reader = reader;
        this.opener = opener;
    }

    /** Reads the briefings on the database lane, then shows the dialog comparing now with the newest briefing. */
    public static void show(Window owner, TaskExecutor tasks, ChangesSinceReader reader, RecordOpener opener) {
        tasks.task(Messages.get("changes.loading"), progress -> reader.briefings())
                .onSuccess(briefings -> new ChangesSinceDialog(tasks, reader, opener).build(owner, briefings).show())
                .start();
    }

    /** The dialog, not yet shown; it reads its first comparison at once. */
    public static Alert build(Window owner, TaskExecutor tasks, ChangesSinceReader reader, List<Briefing> briefings,
                              RecordOpener opener) {
        return new ChangesSinceDialog(tasks, reader, opener).build(owner, briefings);
    }

    private Alert build(Window owner, List<Briefing> briefings) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("changes.title"));
        alert.setHeaderText(null);
        alert.setResizable(true);
        alert.getDialogPane().setId("changesSince");

        List<Object> choices = new ArrayList<>(briefings);
        choices.add(Messages.get("changes.aDay"));
        since.setId("changesSinceSince");
        since.getItems().setAll(choices);
        since.setConverter(converter(item -> item instanceof Briefing briefing ? ChangesSinceReader.start(briefing).label()
                : String.valueOf(item)));
        since.setPrefWidth(380);
        since.getSelectionModel().selectFirst();
        day.setId("changesSinceDay");
        day.setPrefWidth(130);
        day.disableProperty().bind(since.valueProperty().map(value -> value instanceof Briefing).orElse(true));
        country.setId("changesSinceCountry");
        country.getItems().add("");
        country.setValue("");
        country.setConverter(converter(code -> code == null || code.isEmpty() ? Messages.get("changes.allCountries") : code));
        kind.setId("changesSinceKind");
        kind.getItems().add(null);
        kind.getItems().addAll(RecordKind.values());
        kind.setConverter(converter(value -> value == null ? Messages.get("changes.allKinds") : value.key()));
        modality.setId("changesSinceModality");
        modality.setPrefWidth(190);
        modality.getItems().add(null);
        modality.getItems().addAll(Modality.values());
        modality.setConverter(converter(value -> value == null ? Messages.get("changes.allModalities") : value.label()));
        ToggleGroup grouping = new ToggleGroup();
        byCountry.setToggleGroup(grouping);
        byKind.setToggleGroup(grouping);
        byCountry.setSelected(true);
        grouping.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                fillRecords();
            }
        });

        FlowPane controls = new FlowPane(8, 6, new Label(Messages.get("changes.since")), since, day,
                new Label(Messages.get("changes.filters")), country, kind, modality, byCountry, byKind);
        controls.setPrefWrapLength(940);
        summary.setId("changesSinceSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        records.setId("changesSinceRecords");
        records.setShowRoot(false);
        records.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof RecordDiff diff ? line(diff) : String.valueOf(item));
            }
        });
        details.setId("changesSinceDetails");
        details.setEditable(false);
        details.setWrapText(true);
        show.setId("changesSinceShow");
        show.setDisable(true);
        show.setOnAction(event -> selectedRecord().ifPresent(diff -> opener.open(diff.kind(), diff.name(),
                diff.countryCodes().isEmpty() ? null : diff.countryCodes().get(0))));
        records.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> showDetails());
        VBox detailPane = new VBox(6, details, show);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane recordsPane = new SplitPane(records, detailPane);
        recordsPane.setDividerPositions(0.5);

        registry.setId("changesSinceRegistry");
        registry.getColumns().setAll(List.of(
                column(Messages.get("changes.column.country"), 70, difference -> difference.cell().countryCode()),
                column(Messages.get("changes.column.modality"), 190, difference -> difference.cell().modality().label()),
                column(Messages.get("changes.column.then"), 70, difference -> Long.toString(difference.then())),
                column(Messages.get("changes.column.now"), 70, difference -> Long.toString(difference.now())),
                column(Messages.get("changes.column.difference"), 90,
                        difference -> String.format(Locale.ROOT, "%+d", difference.now() - difference.then()))));
        registry.setPlaceholder(new Label(Messages.get("changes.registry.none")));
        registry.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        registry.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> showTrials(now));
        trials.setId("changesSinceTrials");
        trials.setEditable(false);
        trials.setWrapText(true);
        SplitPane registryPane = new SplitPane(registry, trials);
        registryPane.setDividerPositions(0.6);

        TabPane tabs = new TabPane(new Tab(Messages.get("changes.tab.records"), recordsPane),
                new Tab(Messages.get("changes.tab.registry"), registryPane));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(940, 440);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(10, controls, summary, tabs);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefSize(980, 640);
        alert.getDialogPane().setMinSize(640, 420);

        since.valueProperty().addListener((observable, old, now) -> recompute());
        day.valueProperty().addListener((observable, old, now) -> recompute());
        country.valueProperty().addListener((observable, old, now) -> {
            if (!listingCountries) {
                recompute();
            }
        });
        kind.valueProperty().addListener((observable, old, now) -> recompute());
        modality.valueProperty().addListener((observable, old, now) -> recompute());
        alert.setOnShown(event -> {
            // The dialog's stage ignores the pane's preferred size; fit it to the window, at most 980 × 660.
            alert.setWidth(Math.min(980, owner.getWidth() - 40));
            alert.setHeight(Math.min(660, owner.getHeight() - 40));
            since.requestFocus();
        });
        recompute();
        return alert;
    }

    private void recompute() {
        Object chosen = since.getValue();
        LocalDate chosenDay = day.getValue();
        ChangesSince.Filter filter = new ChangesSince.Filter(
                country.getValue() == null || country.getValue().isEmpty() ? null : country.getValue(), kind.getValue(),
                modality.getValue());
        summary.setText(Messages.get("changes.loading"));
        tasks.task(Messages.get("changes.loading"), progress -> {
            ChangesSince.Start start = chosen instanceof Briefing briefing ? ChangesSinceReader.start(briefing)
                    : reader.start(chosenDay, ZoneId.systemDefault());
            return reader.read(start, filter);
        }).onSuccess(this::display).onError(error -> {
            shown = null;
            summary.setText(error.getMessage());
            records.setRoot(null);
            registry.getItems().clear();
        }).start();
    }

    private void display(ChangesSince changes) {
        shown = changes;
        summary.setText(ChangesSinceOutput.title(changes) + ": " + ChangesSinceOutput.totals(changes) + "; "
                + Messages.get("changes.registry.cells", changes.registry().size()));
        TreeSet<String> countries = new TreeSet<>();
        changes.records().forEach(diff -> countries.addAll(diff.countryCodes()));
        changes.registry().forEach(difference -> countries.add(difference.cell().countryCode()));
        if (country.getValue() != null && !country.getValue().isEmpty()) {
            countries.add(country.getValue());
        }
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(countries);
        if (!items.equals(country.getItems())) {
            String selected = country.getValue();
            listingCountries = true;
            country.getItems().setAll(items);
            country.setValue(selected);
            listingCountries = false;
        }
        fillRecords();
        registry.getItems().setAll(changes.registry());
        registry.getSelectionModel().selectFirst();
    }

    private void fillRecords() {
        if (shown == null) {
            return;
        }
        TreeItem<Object> root = new TreeItem<>();
        Map<?, List<RecordDiff>> groups = byKind.isSelected() ? shown.byKind() : shown.byCountry();
        groups.forEach((group, diffs) -> {
            String name = group instanceof RecordKind recordKind ? recordKind.key() : ChangesSinceOutput.country((String) group);
            TreeItem<Object> node = new TreeItem<>(name + " — " + ChangesSinceOutput.totals(diffs));
            diffs.forEach(diff -> node.getChildren().add(new TreeItem<>(diff)));
            node.setExpanded(true);
            root.getChildren().add(node);
        });
        records.setRoot(root);
        details.setText(shown.records().isEmpty() ? Messages.get("changes.records.none") : Messages.get("changes.records.hint"));
    }

    private static String line(RecordDiff diff) {
        return ChangesSinceOutput.change(diff.change()) + " · " + diff.kind().key() + " · " + diff.name();
    }

    private Optional<RecordDiff> selectedRecord() {
        TreeItem<Object> item = records.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof RecordDiff diff ? Optional.of(diff) : Optional.empty();
    }

    private void showDetails() {
        Optional<RecordDiff> selected = selectedRecord();
        show.setDisable(selected.isEmpty() || selected.get().change() == Change.REMOVED);
        selected.ifPresent(diff -> {
            StringBuilder text = new StringBuilder(diff.name()).append(" (").append(diff.kind().key()).append(' ')
                    .append(diff.recordId()).append(")\n").append(Messages.get("changes.detail." + ChangesSinceOutput.change(diff.change())))
                    .append("\n\n");
            if (diff.change() == Change.CHANGED) {
                for (FieldChange field : diff.fields()) {
                    text.append(field.field()).append(":\n    ").append(ChangesSinceOutput.value(field.before())).append("\n  → ")
                            .append(ChangesSinceOutput.value(field.after())).append('\n');
                }
            }
            details.setText(text.toString());
        });
    }

    private void showTrials(Difference difference) {
        if (difference == null) {
            trials.clear();
            return;
        }
        StringBuilder text = new StringBuilder(difference.cell().countryCode()).append(" · ")
                .append(difference.cell().modality().label()).append('\n');
        text.append(Messages.get("changes.trials.entered", difference.entered().size())).append('\n');
        difference.entered().forEach(trial -> text.append("  ").append(trial).append('\n'));
        text.append(Messages.get("changes.trials.left", difference.left().size())).append('\n');
        difference.left().forEach(trial -> text.append("  ").append(trial).append('\n'));
        trials.setText(text.toString());
    }

    private static TableColumn<Difference, String> column(String title, double width,
                                                          Function<Difference, String> text) {
        TableColumn<Difference, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
