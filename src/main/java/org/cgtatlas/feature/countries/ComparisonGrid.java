package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.ComparisonCell;
import org.cgtatlas.landscape.countries.ComparisonRow;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.ui.InferenceMarker;
import org.cgtatlas.ui.KeyboardActivation;
import org.cgtatlas.ui.history.HistoryDialog;

/**
 * The comparison table: a header per shown country (click: its profile), a row per shown figure, and cells
 * that show the value as worded with its as-of date, the evidence on hover, and the citations on click.
 */
final class ComparisonGrid {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double LABEL_SHARE = 1.3;

    private final CountriesModel model;
    private final CountriesController controller;
    private final GridPane grid = new GridPane();
    private final EvidencePopOver popOver = new EvidencePopOver();

    ComparisonGrid(CountriesModel model, CountriesController controller) {
        this.model = model;
        this.controller = controller;
        grid.getStyleClass().add("comparison-grid");
        grid.setId("comparison-grid");
        InvalidationListener rebuild = observable -> rebuild();
        model.visibleRows().addListener(rebuild);
        model.layoutProperty().addListener(rebuild);
        model.selectedCountryProperty().addListener(rebuild);
        rebuild();
    }

    Node node() {
        return grid;
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        CountryComparison comparison = model.comparisonProperty().get();
        if (comparison == null) {
            return;
        }
        List<Country> shown = comparison.countries().stream().filter(country -> model.layoutProperty().get().isColumnShown(country.code())).toList();
        double unit = 100.0 / (LABEL_SHARE + shown.size());
        grid.getColumnConstraints().add(column(unit * LABEL_SHARE));
        shown.forEach(country -> grid.getColumnConstraints().add(column(unit)));

        Label corner = new Label(Messages.get("countries.table.corner"));
        corner.getStyleClass().addAll("comparison-header", "comparison-corner");
        stretch(corner);
        grid.add(corner, 0, 0);
        for (int column = 0; column < shown.size(); column++) {
            grid.add(header(shown.get(column)), column + 1, 0);
        }
        int rowIndex = 1;
        for (ComparisonRow row : model.visibleRows()) {
            Label label = new Label(row.label());
            label.setWrapText(true);
            label.getStyleClass().add("comparison-row-label");
            stripe(label, rowIndex);
            stretch(label);
            grid.add(label, 0, rowIndex);
            for (int column = 0; column < shown.size(); column++) {
                grid.add(cell(row, shown.get(column), rowIndex), column + 1, rowIndex);
            }
            rowIndex++;
        }
    }

    private Node header(Country country) {
        Label name = new Label(country.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setWrapText(true);
        Label local = new Label(country.localName() == null ? "" : country.localName());
        local.getStyleClass().add(Styles.TEXT_MUTED);
        VBox header = new VBox(2, name, local);
        header.setId("country-header-" + country.code());
        header.getStyleClass().add("comparison-header");
        header.pseudoClassStateChanged(SELECTED, country.code().equals(model.selectedCountryProperty().get()));
        Tooltip.install(header, EvidenceViews.wrapped(Messages.get("countries.header.tooltip", country.name())));
        KeyboardActivation.onActivate(header, country.name(), () -> controller.selectCountry(country.code()));
        stretch(header);
        return header;
    }

    private Node cell(ComparisonRow row, Country country, int rowIndex) {
        ComparisonCell cell = row.cell(country.code());
        Label value = new Label(cell.text());
        value.setWrapText(true);
        value.getStyleClass().add(cell.isMissing() ? "comparison-missing"
                : row.kind().milestones() != null ? "comparison-text" : "comparison-value");
        boolean showsOneFact = !cell.evidence().isEmpty() && (row.kind().metric() != null
                || row.kind().milestones() != null && cell.evidence().get(0).label().startsWith(cell.text()));
        VBox box = new VBox(2, InferenceMarker.beside(value,
                showsOneFact ? cell.evidence().get(0).combinedInference() : null));
        if (!cell.detail().isEmpty()) {
            Label detail = new Label(cell.detail());
            detail.setWrapText(true);
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(detail);
        }
        box.setId("cell-" + row.kind().name() + "-" + country.code());
        box.getStyleClass().add("comparison-cell");
        box.pseudoClassStateChanged(SELECTED, country.code().equals(model.selectedCountryProperty().get()));
        stripe(box, rowIndex);
        stretch(box);
        String heading = country.name() + " — " + row.label();
        Landscape data = model.dataProperty().get();
        Tooltip.install(box, cell.isMissing()
                ? EvidenceViews.wrapped(heading + "\n\n" + Messages.get("countries.missing.explained"))
                : EvidenceViews.tooltip(heading, cell.evidence(), data));
        KeyboardActivation.onActivate(box, heading, () -> popOver.show(box, heading, cell, data, controller::showSource,
                figure -> showHistory(box, country.name() + " — " + figure.label(), figure.metricId())));
        return box;
    }

    /** The figure's logged changes, without "revert": the Countries screen has no Undo to take a revert back. */
    private void showHistory(Node owner, String title, String metricId) {
        controller.openMetricHistory(metricId, changes -> HistoryDialog.viewOnly(owner.getScene().getWindow(), title, changes).show());
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(percent);
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setFillWidth(true);
        return constraints;
    }

    private static void stripe(Node node, int rowIndex) {
        if (rowIndex % 2 == 0) {
            node.getStyleClass().add("comparison-stripe");
        }
    }

    private static void stretch(javafx.scene.layout.Region region) {
        region.setMaxWidth(Double.MAX_VALUE);
        region.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(region, true);
        GridPane.setFillWidth(region, true);
        if (region instanceof VBox box) {
            box.setAlignment(Pos.TOP_LEFT);
        }
    }
}
