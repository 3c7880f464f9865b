package org.cgtatlas.feature.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.landscape.history.ChangesSinceReader;

/**
 * Asks what a snapshot includes: a checkbox per section, the paper (not when printing: the printer's paper is used)
 * and whether to apply the filters. The choices are written back to the model only on OK.
 */
public final class SnapshotDialog {

    private static final double FILTER_WIDTH = 240;

    private final ExportModel model;
    private final boolean forPrinting;
    private final Map<ReportSection, CheckBox> sectionBoxes = new EnumMap<>(ReportSection.class);
    private final ToggleGroup paper = new ToggleGroup();
    private final CheckBox applyFilters = new CheckBox(Messages.get("export.dialog.applyFilters"));
    private final ComboBox<Country> country = new ComboBox<>();
    private final ComboBox<Modality> modality = new ComboBox<>();
    private final ComboBox<Briefing> since = new ComboBox<>();

    private SnapshotDialog(ExportModel model, boolean forPrinting) {
        this.model = model;
        this.forPrinting = forPrinting;
    }

    /** Returns true when the analyst confirmed; the model then holds the choices. */
    public static boolean ask(Window owner, ExportModel model, boolean forPrinting) {
        return new SnapshotDialog(model, forPrinting).show(owner).isPresent();
    }

    private Optional<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(forPrinting ? "export.dialog.printTitle" : "export.dialog.title"));
        dialog.setHeaderText(Messages.get("export.dialog.header"));
        ButtonType confirm = new ButtonType(Messages.get(forPrinting ? "export.dialog.print" : "export.dialog.export"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getStyleClass().add("snapshot-dialog");
        Node confirmButton = dialog.getDialogPane().lookupButton(confirm);
        Runnable updateConfirm = () -> confirmButton.setDisable(sectionBoxes.values().stream().noneMatch(CheckBox::isSelected));
        sectionBoxes.values().forEach(box -> box.selectedProperty().addListener((observable, before, now) -> updateConfirm.run()));
        updateConfirm.run();
        Optional<ButtonType> answer = dialog.showAndWait().filter(confirm::equals);
        answer.ifPresent(button -> writeBack());
        return answer;
    }

    private Node content() {
        VBox sections = new VBox(6);
        sections.getChildren().add(sectionLabel("export.dialog.sections"));
        for (ReportSection section : ReportSection.values()) {
            CheckBox box = new CheckBox(section.title());
            box.setId("section-" + section.shortName());
            box.setSelected(model.sections().contains(section));
            box.setMinWidth(Region.USE_PREF_SIZE);
            sectionBoxes.put(section, box);
            sections.getChildren().add(box);
        }

        VBox right = new VBox(6);
        if (!forPrinting) {
            right.getChildren().add(sectionLabel("export.dialog.paper"));
            HBox sizes = new HBox(12);
            for (ReportPageSize size : ReportPageSize.values()) {
                RadioButton button = new RadioButton(size.label());
                button.setUserData(size);
                button.setToggleGroup(paper);
                button.setSelected(model.pageSizeProperty().get() == size);
                sizes.getChildren().add(button);
            }
            right.getChildren().addAll(sizes, new Label(" "));
        }
        applyFilters.setId("applyFilters");
        applyFilters.setSelected(model.applyFiltersProperty().get());
        country.getItems().add(null);
        country.getItems().addAll(model.countries());
        country.setValue(model.countryProperty().get());
        country.setButtonCell(countryCell());
        country.setCellFactory(list -> countryCell());
        modality.getItems().add(null);
        modality.getItems().addAll(Modality.values());
        modality.setValue(model.modalityProperty().get());
        modality.setButtonCell(modalityCell());
        modality.setCellFactory(list -> modalityCell());
        country.disableProperty().bind(applyFilters.selectedProperty().not());
        modality.disableProperty().bind(applyFilters.selectedProperty().not());
        country.setPrefWidth(FILTER_WIDTH);
        modality.setPrefWidth(FILTER_WIDTH);
        applyFilters.setMinWidth(Region.USE_PREF_SIZE);
        GridPane filters = new GridPane();
        filters.setHgap(8);
        filters.setVgap(6);
        filters.addRow(0, fixedLabel("export.dialog.country"), country);
        filters.addRow(1, fixedLabel("export.dialog.modality"), modality);
        right.getChildren().addAll(sectionLabel("export.dialog.filters"), applyFilters, filters);
        if (!forPrinting && !model.briefings().isEmpty()) {
            since.setId("exportSince");
            since.getItems().add(null);
            since.getItems().addAll(model.briefings());
            since.setValue(model.sinceProperty().get());
            since.setConverter(new StringConverter<>() {
                @Override
                public String toString(Briefing briefing) {
                    return briefing == null ? Messages.get("export.dialog.since.none") : ChangesSinceReader.start(briefing).label();
                }

                @Override
                public Briefing fromString(String text) {
                    return null;
                }
            });
            since.setPrefWidth(FILTER_WIDTH * 1.6);
            right.getChildren().addAll(new Label(" "), sectionLabel("export.dialog.since"), since);
        }

        HBox content = new HBox(32, sections, right);
        content.setPadding(new Insets(8, 4, 4, 4));
        return content;
    }

    private static Label sectionLabel(String key) {
        Label label = fixedLabel(key);
        label.getStyleClass().add("snapshot-dialog-heading");
        return label;
    }

    /** A label that keeps its full text instead of being cut to "Moda…". */
    private static Label fixedLabel(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ListCell<Country> countryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Country item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("export.dialog.allCountries") : item.name() + " " + item.localName());
            }
        };
    }

    private static ListCell<Modality> modalityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Modality item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("export.dialog.allModalities") : item.label());
            }
        };
    }

    private void writeBack() {
        sectionBoxes.forEach((section, box) -> {
            if (box.isSelected()) {
                model.sections().add(section);
            } else {
                model.sections().remove(section);
            }
        });
        if (paper.getSelectedToggle() != null) {
            model.pageSizeProperty().set((ReportPageSize) paper.getSelectedToggle().getUserData());
        }
        model.applyFiltersProperty().set(applyFilters.isSelected());
        model.countryProperty().set(country.getValue());
        model.modalityProperty().set(modality.getValue());
        model.sinceProperty().set(since.getValue());
    }
}
