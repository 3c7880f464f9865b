package org.cgtatlas.feature.timeline;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.ui.EmptyState;
import org.cgtatlas.ui.timeline.TimelineControl;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Timeline screen: filters on top, the timeline with the list and the cross-border matrix below it, the
 * selected event's details on the right. Selecting in the timeline selects in the list and the other way round.
 */
public final class TimelineView {

    private static final KeyCombination UNDO = Shortcut.UNDO.combination();

    private final TimelineModel model;
    private final TimelineController controller;
    private final BorderPane root = new BorderPane();
    private final TimelineControl timeline = new TimelineControl();
    private final EventTable table;
    private boolean syncing;

    public TimelineView(TimelineModel model, TimelineController controller) {
        this.model = model;
        this.controller = controller;
        this.table = new EventTable(model);
        root.getStyleClass().add("timeline-screen");
        root.getStylesheets().add(TimelineControl.STYLESHEET);
        timeline.setId("timeline-control");
        Bindings.bindContent(timeline.getItems(), model.items());
        Bindings.bindContent(timeline.getLanes(), model.lanes());

        TabPane below = new TabPane(tab("timeline.tab.list", table, "timeline-tab-list"),
                tab("timeline.tab.matrix", new CrossBorderMatrixView(model, controller), "timeline-tab-matrix"));
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane centre = new SplitPane(timeline, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        EventDetailsPane details = new EventDetailsPane(model, controller, this::openForm);
        BorderPane main = new BorderPane(centre);
        main.setRight(details);

        root.setTop(filterBar());
        EmptyState empty = new EmptyState(ScreenId.TIMELINE.icon(),
                new SimpleStringProperty(Messages.get("timeline.empty.headline")),
                new SimpleStringProperty(Messages.get("timeline.empty.hint")));
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.events())));
        main.visibleProperty().bind(empty.visibleProperty().not());
        root.setCenter(new StackPane(main, empty));
        root.setBottom(statusBar());
        synchroniseSelection();
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::undoShortcut);
        model.loadedProperty().addListener((observable, before, loaded) -> {
            if (loaded && !before) {
                javafx.application.Platform.runLater(timeline::fitAll);
            }
        });
    }

    public Node root() {
        return root;
    }

    private static Tab tab(String key, Node content, String id) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node filterBar() {
        TextField search = new TextField();
        search.setId("timeline-search");
        search.setPromptText(Messages.get("timeline.filter.text"));
        search.textProperty().bindBidirectional(model.textProperty());
        search.setPrefColumnCount(14);

        ComboBox<EventType> type = new ComboBox<>();
        type.setId("timeline-filter-type");
        type.getItems().add(null);
        type.getItems().addAll(EventType.values());
        type.setConverter(converter(value -> value == null ? Messages.get("timeline.filter.allTypes") : value.label()));
        type.setButtonCell(new NullableCell<>(type.getConverter()));
        type.valueProperty().bindBidirectional(model.typeFilterProperty());

        ComboBox<String> country = new ComboBox<>();
        country.setId("timeline-filter-country");
        country.setConverter(converter(code -> code == null ? Messages.get("timeline.filter.allCountries")
                : code + " — " + controller.countryName(code)));
        country.setButtonCell(new NullableCell<>(country.getConverter()));
        model.countries().addListener((ListChangeListener<Country>) change -> {
            List<String> codes = new ArrayList<>();
            codes.add(null);
            codes.addAll(model.lookupProperty().get().ordered(model.countries().stream().map(Country::code).toList()));
            if (!country.getItems().equals(codes)) {
                String chosen = model.countryFilterProperty().get();
                country.getItems().setAll(codes);
                country.setValue(chosen);
            }
        });
        country.valueProperty().bindBidirectional(model.countryFilterProperty());

        SearchableComboBox<Organization> organization = new SearchableComboBox<>();
        organization.setId("timeline-filter-organization");
        organization.setPromptText(Messages.get("timeline.filter.organization"));
        organization.setItems(model.organizations());
        organization.setConverter(converter(value -> value == null ? "" : value.name()));
        organization.valueProperty().bindBidirectional(model.organizationFilterProperty());
        organization.setPrefWidth(190);

        ComboBox<Integer> from = yearBox("timeline-filter-from", "timeline.filter.from");
        from.valueProperty().bindBidirectional(model.fromYearProperty());
        ComboBox<Integer> to = yearBox("timeline-filter-to", "timeline.filter.to");
        to.valueProperty().bindBidirectional(model.toYearProperty());
        model.events().addListener((ListChangeListener<CollaborationEvent>) change -> {
            TreeSet<Integer> years = new TreeSet<>();
            model.events().stream().map(CollaborationEvent::date).filter(Objects::nonNull)
                    .forEach(date -> years.add(date.start().getYear()));
            List<Integer> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(years);
            for (ComboBox<Integer> box : List.of(from, to)) {
                if (!box.getItems().equals(choices)) {
                    Integer chosen = box.getValue();
                    box.getItems().setAll(choices);
                    box.setValue(chosen);
                }
            }
        });

        ToggleGroup lanes = new ToggleGroup();
        ToggleButton byCountry = laneToggle("timeline-lanes-country", "timeline.lanes.country", LaneMode.COUNTRY, lanes);
        byCountry.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton byType = laneToggle("timeline-lanes-type", "timeline.lanes.type", LaneMode.TYPE, lanes);
        byType.getStyleClass().add(Styles.RIGHT_PILL);

        Button clear = new Button(Messages.get("timeline.filter.clear"), new FontIcon(Material2AL.CLEAR));
        clear.setId("timeline-clear-filters");
        clear.setOnAction(event -> controller.clearFilters());
        Button pair = new Button();
        pair.setId("timeline-pair-filter");
        pair.getStyleClass().addAll(Styles.ACCENT, "timeline-pair-chip");
        pair.setGraphic(new FontIcon(Material2AL.CLOSE));
        pair.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        pair.visibleProperty().bind(model.pairFilterProperty().isNotNull());
        pair.managedProperty().bind(pair.visibleProperty());
        pair.textProperty().bind(Bindings.createStringBinding(() -> {
            CountryPair value = model.pairFilterProperty().get();
            return value == null ? "" : Messages.get("timeline.filter.pair", value.first(), value.second());
        }, model.pairFilterProperty()));
        pair.setOnAction(event -> model.pairFilterProperty().set(null));

        Button add = new Button(Messages.get("timeline.add"), new FontIcon(Material2AL.ADD));
        add.setId("timeline-add");
        add.getStyleClass().add(Styles.SUCCESS);
        add.setOnAction(event -> openForm(null));
        FlowPane filters = new FlowPane(8, 6, search, type, country, organization, from, to, new HBox(byCountry, byType),
                clear, pair);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filters, Priority.ALWAYS);
        HBox bar = new HBox(8, filters, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-filter-bar");
        return bar;
    }

    private ToggleButton laneToggle(String id, String key, LaneMode mode, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(Messages.get(key));
        toggle.setId(id);
        toggle.setToggleGroup(group);
        toggle.setSelected(model.laneModeProperty().get() == mode);
        toggle.setOnAction(event -> {
            toggle.setSelected(true);
            model.laneModeProperty().set(mode);
        });
        return toggle;
    }

    private static ComboBox<Integer> yearBox(String id, String promptKey) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        String any = Messages.get(promptKey);
        box.setConverter(converter(year -> year == null ? any : year.toString()));
        box.setButtonCell(new NullableCell<>(box.getConverter()));
        return box;
    }

    private Node statusBar() {
        Label summary = new Label();
        summary.setId("timeline-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        // The legend wraps onto more lines in a narrow window instead of pushing the screen wider than the window.
        FlowPane legend = new FlowPane(12, 2);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(0);
        legend.setPrefWrapLength(0);
        HBox.setHgrow(legend, Priority.ALWAYS);
        for (EventCategory category : EventCategory.values()) {
            legend.getChildren().add(legendEntry("timeline-swatch-" + category.colorIndex(), Messages.get(category.messageKey())));
        }
        legend.getChildren().add(legendEntry("timeline-swatch-future", Messages.get("timeline.legend.future")));
        Label notice = new Label();
        notice.setId("timeline-notice");
        notice.textProperty().bind(model.noticeProperty());
        Button undo = new Button(Messages.get("timeline.undo"), new FontIcon(Material2MZ.UNDO));
        undo.setId("timeline-undo");
        undo.getStyleClass().add(Styles.SMALL);
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> controller.undoDelete());
        notice.setWrapText(true);
        HBox bar = new HBox(12, legend, notice, undo, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-status");
        return bar;
    }

    private static Node legendEntry(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("timeline-swatch", swatchClass);
        Label label = new Label(text, swatch);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void synchroniseSelection() {
        timeline.selectedItemProperty().addListener((observable, before, item) -> {
            if (!syncing) {
                controller.select(item == null ? null : eventById(item.id()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, event) -> {
            if (!syncing && event != null) {
                controller.select(event);
            }
        });
        model.selectedProperty().addListener((observable, before, event) -> showSelection());
        // A reload replaces the events with equal copies: no selection change fires, so re-select by id.
        model.shown().addListener((ListChangeListener<CollaborationEvent>) change -> showSelection());
    }

    private void showSelection() {
        CollaborationEvent event = model.selectedProperty().get();
        syncing = true;
        try {
            TimelineItem shown = timeline.getSelectedItem();
            if (event == null || shown == null || !shown.id().equals(event.id())) {
                timeline.select(event == null ? null : event.id());
            }
            CollaborationEvent listed = table.getSelectionModel().getSelectedItem();
            if (event == null) {
                table.getSelectionModel().clearSelection();
            } else if (listed == null || !listed.id().equals(event.id())) {
                table.getItems().stream().filter(row -> row.id().equals(event.id())).findFirst().ifPresent(row -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
            }
        } finally {
            syncing = false;
        }
    }

    private CollaborationEvent eventById(String id) {
        return model.shown().stream().filter(event -> event.id().equals(id)).findFirst().orElse(null);
    }

    private void openForm(CollaborationEvent event) {
        new EventFormDialog(root.getScene() == null ? null : root.getScene().getWindow(), model, controller, event).show();
    }

    private void undoShortcut(KeyEvent event) {
        boolean inText = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (!inText && UNDO.match(event) && model.canUndoProperty().get()) {
            controller.undoDelete();
            event.consume();
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A combo box's button cell that shows the converter's text for null ("All types") instead of nothing. */
    private static final class NullableCell<T> extends ListCell<T> {

        private final StringConverter<T> converter;

        NullableCell(StringConverter<T> converter) {
            this.converter = converter;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(converter.toString(item));
        }
    }
}
