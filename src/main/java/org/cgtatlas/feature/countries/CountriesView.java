package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.ui.EmptyState;
import org.cgtatlas.ui.navigation.ScreenId;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Countries screen: the comparison table with its charts, and the selected country's profile below. */
public final class CountriesView {

    private final CountriesModel model;
    private final CountriesController controller;
    private final HBox countryButtons = new HBox(4);
    private final MenuButton columns = new MenuButton(Messages.get("countries.columns"), new FontIcon(Material2MZ.VIEW_COLUMN));
    private static final double SIDE_BY_SIDE_WIDTH = 1000;

    private final StackPane root;

    public CountriesView(CountriesModel model, CountriesController controller) {
        this.model = model;
        this.controller = controller;
        columns.setId("countries-columns");
        Button rows = new Button(Messages.get("countries.rows"), new FontIcon(Material2MZ.VIEW_LIST));
        rows.setId("countries-rows");
        rows.setOnAction(event -> RowChooserDialog.show(rows, model.layoutProperty().get(), controller));
        Label title = new Label(Messages.get("countries.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(Messages.get("countries.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        columns.setMinWidth(Region.USE_PREF_SIZE);
        rows.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(16, 8, countryButtons, new HBox(8, columns, rows));
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(8, new VBox(2, title, subtitle), controls);

        VBox table = new VBox(8, new ComparisonGrid(model, controller).node());
        table.getStyleClass().add("comparison-card");
        GridPane main = new GridPane();
        main.setHgap(16);
        main.setVgap(16);
        Node charts = new ComparisonCharts(model, controller).node();
        main.add(table, 0, 0);
        main.add(charts, 1, 0);
        GridPane.setValignment(table, VPos.TOP);

        VBox page = new VBox(16, toolbar, main, new CountryProfileView(model, controller).node());
        page.setPadding(new Insets(20));
        page.getStyleClass().add("countries-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // Below SIDE_BY_SIDE_WIDTH the charts go under the table, which keeps the whole width for its words.
        placeCharts(main, charts, Double.MAX_VALUE);
        scroll.viewportBoundsProperty().addListener((observable, before, viewport) -> placeCharts(main, charts,
                viewport.getWidth() - page.getPadding().getLeft() - page.getPadding().getRight()));
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        EmptyState empty = new EmptyState(ScreenId.COUNTRIES.icon(),
                new SimpleStringProperty(Messages.get("countries.empty.headline")),
                new SimpleStringProperty(Messages.get("countries.empty.hint")));
        empty.visibleProperty().bind(model.emptyProperty());
        scroll.visibleProperty().bind(model.emptyProperty().not());
        root = new StackPane(scroll, empty);

        InvalidationListener countries = observable -> updateCountryControls();
        model.comparisonProperty().addListener(countries);
        model.layoutProperty().addListener(countries);
        model.selectedCountryProperty().addListener(countries);
        updateCountryControls();
    }

    public Node root() {
        return root;
    }

    /** The country list (selects the profile) and the Columns menu (shows or hides a column). */
    private void updateCountryControls() {
        CountryComparison comparison = model.comparisonProperty().get();
        countryButtons.getChildren().clear();
        columns.getItems().clear();
        if (comparison == null) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < comparison.countries().size(); i++) {
            Country country = comparison.countries().get(i);
            ToggleButton button = new ToggleButton(country.localName() == null ? country.name() : country.name() + " " + country.localName());
            button.setId("country-select-" + country.code());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            button.setSelected(country.code().equals(model.selectedCountryProperty().get()));
            button.setOnAction(event -> {
                button.setSelected(true);
                controller.selectCountry(country.code());
            });
            if (comparison.countries().size() > 1) {
                button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == comparison.countries().size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            countryButtons.getChildren().add(button);

            CheckMenuItem shown = new CheckMenuItem(country.name());
            shown.setSelected(model.layoutProperty().get().isColumnShown(country.code()));
            shown.setOnAction(event -> controller.showColumn(country.code(), shown.isSelected()));
            columns.getItems().add(shown);
        }
    }

    private static void placeCharts(GridPane main, Node charts, double width) {
        boolean sideBySide = width >= SIDE_BY_SIDE_WIDTH;
        if (sideBySide == (main.getColumnConstraints().size() == 2)) {
            return;
        }
        if (sideBySide) {
            main.getColumnConstraints().setAll(percent(60), percent(40));
            GridPane.setConstraints(charts, 1, 0);
        } else {
            main.getColumnConstraints().setAll(percent(100));
            GridPane.setConstraints(charts, 0, 1);
        }
    }

    private static ColumnConstraints percent(double value) {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(value);
        return constraints;
    }
}
