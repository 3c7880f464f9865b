package org.cgtatlas.feature.pipeline;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.ui.form.Choices;
import org.cgtatlas.ui.organization.OrganizationDialog;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Pipeline screen: filters with removable chips and the "n of N" count, the flat or grouped table, the detail
 * pane, and the edit actions (with Ctrl+Z undoing deletes).
 */
public final class PipelineView {

    private static final double DETAIL_WIDTH = 390;
    private static final KeyCombination UNDO = Shortcut.UNDO.combination();

    private final PipelineModel model;
    private final PipelineController controller;
    private final BorderPane root = new BorderPane();
    private final PipelineTable table;
    private final PipelineTree tree;

    public PipelineView(PipelineModel model, PipelineController controller) {
        this.model = model;
        this.controller = controller;
        this.table = new PipelineTable(model, controller);
        this.tree = new PipelineTree(model);
        root.getStyleClass().add("pipeline-screen");
        root.setTop(new VBox(filterBar(), chipBar(), actionBar()));
        root.setCenter(body());
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                controller.undo();
                event.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Asks where to write, then exports the rows and columns shown (File ▸ Export ▸ CSV…). */
    public void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("pipeline.export.title"));
        chooser.setInitialFileName("pipeline.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            controller.exportCsv(file.toPath(), table.visibleColumns());
        }
    }

    private Node filterBar() {
        TextField text = new TextField();
        text.setId("pipelineFilterText");
        text.setPromptText(Messages.get("pipeline.filter.text.prompt"));
        text.textProperty().bindBidirectional(model.textFilterProperty());
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                text.clear();
            }
        });
        text.setPrefColumnCount(31);
        ComboBox<Country> country = Choices.comboBox(model.countries(), any("country"), Country::name);
        model.countries().addListener((InvalidationListener) observable -> {
            String chosen = model.countryFilterProperty().get();
            Choices.setItems(country, model.countries(), true);
            country.setValue(countryOf(chosen));
        });
        country.setValue(countryOf(model.countryFilterProperty().get()));
        country.valueProperty().addListener((observable, before, chosen) ->
                model.countryFilterProperty().set(chosen == null ? null : chosen.code()));
        model.countryFilterProperty().addListener((observable, before, code) -> country.setValue(countryOf(code)));
        country.setId("pipelineFilterCountry");
        country.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps onto a second line in a narrow window rather than cutting the boxes to "…".
        FlowPane bar = new FlowPane(8, 6, new FontIcon(Material2AL.FILTER_LIST), text, country,
                filterBox("pipelineFilterModality", List.of(Modality.values()), "modality", Modality::label, model.modalityFilterProperty()),
                filterBox("pipelineFilterStage", List.of(DevelopmentStage.values()), "stage", DevelopmentStage::label, model.stageFilterProperty()),
                typeBox(),
                groupingToggle());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pipeline-filter-bar");
        return bar;
    }

    private <T> ComboBox<T> filterBox(String id, List<T> values, String name, Function<T, String> label, ObjectProperty<T> filter) {
        ComboBox<T> box = Choices.comboBox(values, any(name), label);
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.valueProperty().bindBidirectional(filter);
        return box;
    }

    private ComboBox<OrganizationType> typeBox() {
        return filterBox("pipelineFilterType", List.of(OrganizationType.values()), "organizationType",
                OrganizationType::label, model.organizationTypeFilterProperty());
    }

    private static String any(String name) {
        return Messages.get("pipeline.filter.any", Messages.get("pipeline.filter." + name).toLowerCase(Locale.ROOT));
    }

    private Country countryOf(String code) {
        return code == null ? null
                : model.countries().stream().filter(country -> country.code().equalsIgnoreCase(code)).findFirst().orElse(null);
    }

    private Node groupingToggle() {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        String[] styles = {Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL};
        for (PipelineGrouping grouping : PipelineGrouping.values()) {
            ToggleButton button = new ToggleButton(grouping.label());
            button.setId("grouping-" + grouping.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add(styles[grouping.ordinal()]);
            button.setToggleGroup(group);
            button.setUserData(grouping);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setSelected(model.groupingProperty().get() == grouping);
            button.setOnAction(event -> {
                button.setSelected(true);
                model.groupingProperty().set(grouping);
            });
            pills.getChildren().add(button);
        }
        return pills;
    }

    private Node chipBar() {
        Label count = new Label();
        count.setId("pipelineCount");
        count.getStyleClass().add("pipeline-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> {
                    PipelineCount shown = PipelineCount.of(model.rows());
                    PipelineCount total = model.totalProperty().get();
                    return Messages.get("pipeline.count", shown.programmes(), total.programmes(),
                            shown.companiesWithoutProgramme(), total.companiesWithoutProgramme());
                }, model.rows(), model.totalProperty()));
        Node chips = new FilterChips(model, controller, () -> root.lookup("#pipelineFilterText").requestFocus()).node();
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox bar = new HBox(12, chips, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pipeline-chip-bar");
        return bar;
    }

    private Node actionBar() {
        Button add = action("pipelineAddProgramme", "pipeline.action.addProgramme", Material2AL.ADD);
        add.setOnAction(event -> ProgrammeDialog.show(window(), model, controller, null, selectedOrganization()));
        Button edit = action("pipelineEdit", "pipeline.action.edit", Material2AL.EDIT);
        edit.setOnAction(event -> editSelected());
        Button delete = action("pipelineDelete", "pipeline.action.delete", Material2AL.DELETE);
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());

        MenuItem addOrganization = new MenuItem(Messages.get("pipeline.action.addOrganization"));
        addOrganization.setOnAction(event -> OrganizationDialog.show(window(), model.countries(), controller::saveOrganization, null));
        MenuItem editOrganization = new MenuItem(Messages.get("pipeline.action.editOrganization"));
        editOrganization.setOnAction(event -> OrganizationDialog.show(window(), model.countries(), controller::saveOrganization, selectedOrganization()));
        MenuItem deleteOrganization = new MenuItem(Messages.get("pipeline.action.deleteOrganization"));
        deleteOrganization.setOnAction(event -> deleteOrganization(selectedOrganization()));
        editOrganization.disableProperty().bind(model.selectedProperty().isNull());
        deleteOrganization.disableProperty().bind(model.selectedProperty().isNull());
        MenuButton organizations = new MenuButton(Messages.get("pipeline.form.organization"), new FontIcon(Material2AL.BUSINESS),
                addOrganization, editOrganization, deleteOrganization);
        organizations.setId("pipelineOrganizationMenu");

        // The button keeps its short name; what it would undo ("Undo delete “…”") is in its tooltip.
        Button undo = action("pipelineUndo", "pipeline.action.undo", Material2MZ.UNDO);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.when(model.canUndoProperty())
                .then(model.undoLabelProperty())
                .otherwise(Messages.get("pipeline.action.undo.tooltip")));
        undo.setTooltip(undoTip);
        undo.setOnAction(event -> controller.undo());

        Label message = new Label();
        message.setId("pipelineMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "pipeline-message");
        message.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, add, edit, delete, organizations, undo, message);
        message.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> bar.getWidth() - bar.getPadding().getLeft() - bar.getPadding().getRight(),
                bar.widthProperty(), bar.paddingProperty()));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pipeline-action-bar");
        return bar;
    }

    private static Button action(String id, String textKey, Ikon icon) {
        Button button = new Button(Messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private Node body() {
        Node flat = table.node();
        Node grouped = tree.node();
        flat.visibleProperty().bind(model.groupingProperty().isEqualTo(PipelineGrouping.FLAT));
        grouped.visibleProperty().bind(flat.visibleProperty().not());
        table.node().setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editSelected();
            }
        });
        table.node().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        Node detail = new PipelineDetailPane(model, controller).node();
        SplitPane split = new SplitPane(new StackPane(flat, grouped), detail);
        SplitPane.setResizableWithParent(detail, false);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number before, Number width) {
                if (width.doubleValue() > 0) {
                    split.setDividerPositions(Math.max(0.45, 1 - DETAIL_WIDTH / width.doubleValue()));
                    split.widthProperty().removeListener(this);
                }
            }
        });
        return split;
    }

    private Organization selectedOrganization() {
        PipelineRow row = model.selectedProperty().get();
        return row == null ? null : row.organization();
    }

    private void editSelected() {
        PipelineRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        if (row.isListing()) {
            OrganizationDialog.show(window(), model.countries(), controller::saveOrganization, row.organization());
        } else {
            ProgrammeDialog.show(window(), model, controller, row.programme(), null);
        }
    }

    private void deleteSelected() {
        PipelineRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        if (row.isListing()) {
            deleteOrganization(row.organization());
        } else if (confirm(Messages.get("pipeline.delete.programme.header", row.programmeName()),
                Messages.get("pipeline.delete.programme.body"))) {
            controller.deleteProgramme(row.programme());
        }
    }

    private void deleteOrganization(Organization organization) {
        if (organization == null) {
            return;
        }
        controller.deleteOrganization(organization,
                () -> confirm(Messages.get("pipeline.delete.organization.header", organization.name()),
                        Messages.get("pipeline.delete.organization.body")),
                reason -> {
                    Alert refusal = new Alert(Alert.AlertType.WARNING, reason, ButtonType.OK);
                    refusal.initOwner(window());
                    refusal.setHeaderText(Messages.get("pipeline.delete.refused.title"));
                    refusal.getDialogPane().setId("pipelineRefusal");
                    refusal.showAndWait();
                });
    }

    private boolean confirm(String header, String body) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.getDialogPane().setId("pipelineConfirm");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
