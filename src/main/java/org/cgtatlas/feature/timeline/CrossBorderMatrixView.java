package org.cgtatlas.feature.timeline;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;

/**
 * The country × country grid of collaboration counts; a cell's button keeps only its events on the timeline and
 * in the list. Darker cells count more; the selected cell is highlighted.
 */
final class CrossBorderMatrixView extends ScrollPane {

    private final TimelineModel model;
    private final TimelineController controller;
    private final GridPane grid = new GridPane();

    CrossBorderMatrixView(TimelineModel model, TimelineController controller) {
        this.model = model;
        this.controller = controller;
        setId("timeline-matrix");
        grid.getStyleClass().add("timeline-matrix");
        grid.setHgap(3);
        grid.setVgap(3);
        Label hint = new Label(Messages.get("timeline.matrix.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        VBox box = new VBox(8, hint, grid);
        box.setPadding(new Insets(10));
        setContent(box);
        model.matrixProperty().addListener(observable -> rebuild());
        model.pairFilterProperty().addListener(observable -> rebuild());
        rebuild();
    }

    /**
     * Replaces the cells; the focused one's successor takes the focus, which would otherwise fall to the scene's first
     * control (the global search) when its cell leaves the scene.
     */
    private void rebuild() {
        String focusedCell = grid.getChildren().stream().filter(Node::isFocused).map(Node::getId).findFirst().orElse(null);
        fillGrid();
        if (focusedCell != null) {
            grid.getChildren().stream().filter(cell -> focusedCell.equals(cell.getId()) && !cell.isDisabled()).findFirst()
                    .ifPresent(Node::requestFocus);
        }
    }

    private void fillGrid() {
        grid.getChildren().clear();
        CrossBorderMatrix matrix = model.matrixProperty().get();
        if (matrix == null) {
            return;
        }
        List<String> countries = matrix.countries();
        int max = 1;
        for (String row : countries) {
            for (String column : countries) {
                max = Math.max(max, matrix.count(row, column));
            }
        }
        for (int i = 0; i < countries.size(); i++) {
            grid.add(header(countries.get(i)), i + 1, 0);
            grid.add(header(countries.get(i)), 0, i + 1);
        }
        CountryPair selected = model.pairFilterProperty().get();
        for (int row = 0; row < countries.size(); row++) {
            for (int column = 0; column < countries.size(); column++) {
                grid.add(cell(countries.get(row), countries.get(column), matrix, max, selected), column + 1, row + 1);
            }
        }
    }

    private Label header(String code) {
        Label label = new Label(EventCountries.UNKNOWN.equals(code) ? Messages.get("timeline.matrix.other") : code);
        label.getStyleClass().add("timeline-matrix-header");
        label.setTooltip(new Tooltip(EventCountries.UNKNOWN.equals(code) ? Messages.get("timeline.country.unknown")
                : controller.countryName(code)));
        GridPane.setHalignment(label, HPos.CENTER);
        return label;
    }

    private Button cell(String row, String column, CrossBorderMatrix matrix, int max, CountryPair selected) {
        int count = matrix.count(row, column);
        Button cell = new Button(count == 0 ? "·" : Integer.toString(count));
        cell.setId("matrix-" + row + "-" + column);
        cell.getStyleClass().addAll("timeline-matrix-cell", "timeline-matrix-level-" + level(count, max));
        if (CountryPair.of(row, column).equals(selected)) {
            cell.getStyleClass().add("timeline-matrix-selected");
        }
        cell.setDisable(count == 0);
        cell.setTooltip(new Tooltip(Messages.get("timeline.matrix.cell", label(row), label(column), count)));
        cell.setOnAction(event -> controller.filterByCountries(row, column));
        return cell;
    }

    private String label(String code) {
        return EventCountries.UNKNOWN.equals(code) ? Messages.get("timeline.country.unknown") : controller.countryName(code);
    }

    private static int level(int count, int max) {
        return count == 0 ? 0 : 1 + (int) Math.min(3, Math.floor(4.0 * (count - 1) / max));
    }
}
