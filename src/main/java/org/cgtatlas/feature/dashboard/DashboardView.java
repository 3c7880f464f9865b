package org.cgtatlas.feature.dashboard;

import atlantafx.base.theme.Styles;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.skins.BarChartItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.landscape.countries.ComparisonCell;
import org.cgtatlas.landscape.countries.MetricText;
import org.cgtatlas.landscape.countries.ProgrammeMix;
import org.cgtatlas.landscape.dashboard.CountryHeadline;
import org.cgtatlas.landscape.dashboard.DashboardFigures;
import org.cgtatlas.ui.EmptyState;
import org.cgtatlas.ui.ModalityColours;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.navigation.ScreenId;

/**
 * The home screen: TilesFX tiles with each country's headline figures, the programmes and their modality mix,
 * recent and upcoming events and the data's as-of date. Tiles are rebuilt when the figures or the theme change,
 * and every tile opens the screen behind it.
 */
public final class DashboardView {

    /** Four tiles a row where they fit at their minimum width, else two (a small laptop, or zoomed in). */
    private static final int WIDE_COLUMNS = 4;
    private static final int NARROW_COLUMNS = 2;
    private static final double TILE_MIN_WIDTH = 190;
    private static final double GAP = 12;
    private static final int MIX_ITEMS = 5;
    private static final double TILE_HEIGHT = 210;
    private static final double COUNTRY_TILE_HEIGHT = 180;

    private final DashboardModel model;
    private final DashboardController controller;
    private final ObservableValue<Theme> theme;
    private final GridPane tiles = new GridPane();
    private final Label subtitle = new Label();
    private final StackPane root;

    public DashboardView(DashboardModel model, DashboardController controller, ObservableValue<Theme> theme) {
        this.model = model;
        this.controller = controller;
        this.theme = theme;
        Label title = new Label(Messages.get("dashboard.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        tiles.setHgap(GAP);
        tiles.setVgap(GAP);
        tiles.setId("dashboard-tiles");
        useColumns(WIDE_COLUMNS);
        Hyperlink briefings = new Hyperlink(Messages.get("dashboard.briefings"));
        briefings.setId("dashboardBriefings");
        briefings.setOnAction(event -> controller.openBriefings());
        Hyperlink changes = new Hyperlink(Messages.get("dashboard.changes"));
        changes.setId("dashboardChanges");
        changes.setOnAction(event -> controller.openChanges());
        VBox page = new VBox(16, new VBox(2, title, subtitle, new HBox(4, briefings, changes)), tiles);
        page.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.viewportBoundsProperty().addListener((observable, before, viewport) -> {
            double room = viewport.getWidth() - page.getPadding().getLeft() - page.getPadding().getRight();
            int columns = room >= WIDE_COLUMNS * TILE_MIN_WIDTH + (WIDE_COLUMNS - 1) * GAP ? WIDE_COLUMNS : NARROW_COLUMNS;
            if (columns != tiles.getColumnConstraints().size()) {
                useColumns(columns);
                Platform.runLater(this::rebuild);
            }
        });
        EmptyState empty = new EmptyState(ScreenId.DASHBOARD.icon(),
                new SimpleStringProperty(Messages.get("dashboard.empty.headline")),
                new SimpleStringProperty(Messages.get("dashboard.empty.hint")));
        empty.visibleProperty().bind(model.emptyProperty());
        scroll.visibleProperty().bind(model.emptyProperty().not());
        root = new StackPane(scroll, empty);
        model.figuresProperty().addListener((observable, before, figures) -> rebuild());
        theme.addListener((observable, before, now) -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    private void useColumns(int count) {
        tiles.getColumnConstraints().clear();
        for (int i = 0; i < count; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / count);
            tiles.getColumnConstraints().add(column);
        }
    }

    private int columns() {
        return tiles.getColumnConstraints().size();
    }

    private void rebuild() {
        tiles.getChildren().clear();
        DashboardFigures figures = model.figuresProperty().get();
        if (figures == null) {
            return;
        }
        subtitle.setText(Messages.get("dashboard.subtitle", figures.today().toString()));
        TilePalette palette = TilePalette.of(theme.getValue());
        int index = 0;
        for (CountryHeadline headline : figures.countries()) {
            Tile tile = countryTile(headline, palette);
            tile.setMinHeight(COUNTRY_TILE_HEIGHT);
            tile.setPrefHeight(COUNTRY_TILE_HEIGHT);
            place(tile, index++, 1);
        }
        index = nextRow(index);
        place(programmesTile(figures, palette), index++, 1);
        place(eventsTile(figures, palette), index++, 1);
        place(recentTile(figures, palette), index++, 1);
        place(upcomingTile(figures, palette), index++, 1);
        index = nextRow(index);
        place(tall(mixTile(figures.programmeMix(), palette)), index, 2);
        index += 2;
        place(tall(approvalsTile(figures, palette)), index++, 1);
        place(tall(asOfTile(figures, palette)), index, 1);
    }

    private void place(Tile tile, int index, int span) {
        tiles.add(tile, index % columns(), index / columns(), span, 1);
    }

    /** The chart tiles need room for five bars. */
    private static Tile tall(Tile tile) {
        tile.setMinHeight(TILE_HEIGHT + 50);
        return tile;
    }

    private int nextRow(int index) {
        return (index + columns() - 1) / columns() * columns();
    }

    private Tile countryTile(CountryHeadline headline, TilePalette palette) {
        String code = headline.country().code();
        GridPane figures = new GridPane();
        figures.setHgap(12);
        figures.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            figures.getColumnConstraints().add(column);
        }
        figures.add(figure(headline.approvals().map(MetricText::value).orElse(ComparisonCell.MISSING_TEXT),
                Messages.get("dashboard.country.approvals"), palette), 0, 0);
        figures.add(figure(headline.reportedTrials().map(MetricText::value).orElse(ComparisonCell.MISSING_TEXT),
                headline.reportedTrials().map(metric -> metric.kind().label()).orElse(Messages.get("dashboard.country.trials.none")),
                palette), 1, 0);
        figures.add(figure(Integer.toString(headline.programmes()), Messages.get("dashboard.country.programmes"), palette), 0, 1);
        figures.add(figure(Integer.toString(headline.eventsInLastTwelveMonths()), Messages.get("dashboard.country.events"), palette), 1, 1);
        String name = headline.country().localName() == null ? headline.country().name()
                : headline.country().name() + "  " + headline.country().localName();
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(name).graphic(figures).build();
        return finish(tile, "tile-country-" + code, palette, () -> controller.openCountry(code));
    }

    private Node figure(String value, String label, TilePalette palette) {
        Label number = new Label(value);
        number.getStyleClass().add("tile-figure");
        number.setTextFill(palette.foreground());
        Label caption = new Label(label);
        caption.setWrapText(true);
        caption.getStyleClass().add("tile-caption");
        caption.setTextFill(palette.muted());
        return new VBox(0, number, caption);
    }

    private Tile programmesTile(DashboardFigures figures, TilePalette palette) {
        ProgrammeMix mix = figures.programmeMix();
        String perCountry = figures.countries().stream()
                .map(headline -> headline.country().code() + " " + headline.programmes())
                .collect(Collectors.joining(" · "));
        Tile tile = TileBuilder.create().skinType(SkinType.NUMBER).title(Messages.get("dashboard.programmes.title"))
                .value(mix.total()).decimals(0).unit(Messages.get("dashboard.programmes.unit")).description(perCountry).build();
        return finish(tile, "tile-programmes", palette, () -> controller.openPipeline(null, null));
    }

    private Tile eventsTile(DashboardFigures figures, TilePalette palette) {
        Tile tile = TileBuilder.create().skinType(SkinType.NUMBER).title(Messages.get("dashboard.events.title"))
                .value(figures.eventsInLastTwelveMonths()).decimals(0).unit(Messages.get("dashboard.events.unit"))
                .description(Messages.get("dashboard.events.window", figures.twelveMonthsAgo().toString(), figures.today().toString()))
                .build();
        return finish(tile, "tile-events", palette, () -> controller.openTimeline(null));
    }

    private Tile recentTile(DashboardFigures figures, TilePalette palette) {
        Optional<CollaborationEvent> event = figures.mostRecent();
        Node content = event.map(recent -> eventText(recent, palette))
                .orElseGet(() -> text(Messages.get("dashboard.recent.none", figures.today().toString()), "", palette));
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(Messages.get("dashboard.recent.title")).graphic(content).build();
        return finish(tile, "tile-recent", palette, () -> controller.openTimeline(event.map(DashboardView::firstCountry).orElse(null)));
    }

    private Tile upcomingTile(DashboardFigures figures, TilePalette palette) {
        Optional<CollaborationEvent> event = figures.nextUpcoming();
        Node content = event.map(upcoming -> eventText(upcoming, palette)).orElseGet(() -> text(
                Messages.get("dashboard.upcoming.none", figures.today().toString()),
                figures.undecided().stream()
                        .map(undecided -> Messages.get("dashboard.upcoming.undecided", undecided.date().iso(), undecided.title()))
                        .collect(Collectors.joining("\n")),
                palette));
        Optional<CollaborationEvent> target = event.or(() -> figures.undecided().stream().findFirst());
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(Messages.get("dashboard.upcoming.title")).graphic(content).build();
        return finish(tile, "tile-upcoming", palette, () -> controller.openTimeline(target.map(DashboardView::firstCountry).orElse(null)));
    }

    private Node eventText(CollaborationEvent event, TilePalette palette) {
        return text(event.title(), MetricText.date(event.date()) + " · " + String.join(", ", event.countryCodes()), palette);
    }

    /** A headline and a muted detail, wrapped, top left: for tiles that say something rather than show a number. */
    private static Node text(String headline, String detail, TilePalette palette) {
        Label main = new Label(headline);
        main.setWrapText(true);
        main.getStyleClass().add("tile-headline");
        main.setTextFill(palette.foreground());
        Label more = new Label(detail);
        more.setWrapText(true);
        more.getStyleClass().add("tile-detail");
        more.setTextFill(palette.muted());
        return new VBox(8, main, more);
    }

    private Tile mixTile(ProgrammeMix mix, TilePalette palette) {
        List<BarChartItem> items = new ArrayList<>();
        List<Modality> modalities = mix.modalities().stream()
                .sorted(Comparator.comparingInt((Modality modality) -> mix.count(null, modality)).reversed())
                .limit(MIX_ITEMS)
                .toList();
        for (Modality modality : modalities) {
            BarChartItem item = new BarChartItem(modality == null ? Messages.get("countries.modality.unstated") : modality.label(),
                    mix.count(null, modality), Color.web(ModalityColours.of(modality)));
            item.setNameColor(palette.foreground());
            item.setValueColor(palette.foreground());
            item.setBarBackgroundColor(palette.border());
            item.setCursor(Cursor.HAND);
            item.setOnMouseClicked(click -> {
                click.consume();
                controller.openPipeline(null, modality);
            });
            openWithKeys(item, item.getName(), () -> controller.openPipeline(null, modality), palette);
            items.add(item);
        }
        Tile tile = TileBuilder.create().skinType(SkinType.BAR_CHART).title(Messages.get("dashboard.mix.title"))
                .barChartItems(items).maxValue(maxValue(items)).decimals(0).build();
        return finish(tile, "tile-mix", palette, () -> controller.openPipeline(null, null));
    }

    private Tile approvalsTile(DashboardFigures figures, TilePalette palette) {
        List<BarChartItem> items = new ArrayList<>();
        List<String> notReported = new ArrayList<>();
        for (CountryHeadline headline : figures.countries()) {
            Optional<CountryMetric> approvals = headline.approvals().filter(metric -> metric.value() != null);
            if (approvals.isPresent()) {
                BarChartItem item = new BarChartItem(headline.country().name() + " (" + MetricText.value(approvals.get()) + ")",
                        approvals.get().value().doubleValue(), palette.accent());
                item.setNameColor(palette.foreground());
                item.setValueColor(palette.foreground());
                item.setBarBackgroundColor(palette.border());
                items.add(item);
            } else {
                notReported.add(headline.country().name());
            }
        }
        Tile tile = TileBuilder.create().skinType(SkinType.BAR_CHART).title(Messages.get("dashboard.approvals.title"))
                .barChartItems(items).maxValue(maxValue(items)).decimals(0)
                .text(notReported.isEmpty() ? "" : Messages.get("dashboard.approvals.notReported", String.join(", ", notReported)))
                .build();
        return finish(tile, "tile-approvals", palette, () -> controller.openCountry(null));
    }

    private Tile asOfTile(DashboardFigures figures, TilePalette palette) {
        Label date = new Label(figures.datasetAsOf() == null ? Messages.get("dashboard.asOf.unknown") : figures.datasetAsOf().iso());
        date.getStyleClass().add("tile-date");
        date.setTextFill(palette.foreground());
        Node content = new VBox(8, date, text("", Messages.get("dashboard.asOf.text"), palette));
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(Messages.get("dashboard.asOf.title")).graphic(content).build();
        return finish(tile, "tile-asof", palette, controller::openSources);
    }

    private static Tile finish(Tile tile, String id, TilePalette palette, Runnable onClick) {
        tile.setId(id);
        tile.setBackgroundColor(palette.background());
        tile.setForegroundColor(palette.foreground());
        tile.setTitleColor(palette.foreground());
        tile.setTextColor(palette.muted());
        tile.setDescriptionColor(palette.foreground());
        tile.setValueColor(palette.foreground());
        tile.setUnitColor(palette.muted());
        tile.setBarColor(palette.accent());
        tile.setBarBackgroundColor(palette.border());
        tile.setBorderColor(palette.border());
        tile.setBorderWidth(1);
        tile.setRoundedCorners(true);
        tile.setMinSize(TILE_MIN_WIDTH, TILE_HEIGHT);
        tile.setPrefSize(280, TILE_HEIGHT);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(event -> onClick.run());
        openWithKeys(tile, tile.getTitle(), onClick, palette);
        return tile;
    }

    /**
     * Tab reaches the node, which shows a focus ring, and Enter or Space opens what a click opens. The ring is set
     * here, not by a stylesheet: a style rule for the focused tile would restyle its texts and so reset the font
     * sizes TilesFX computed ("32 programmes" would shrink to body text).
     */
    private static void openWithKeys(Node node, String name, Runnable open, TilePalette palette) {
        node.setFocusTraversable(true);
        if (node instanceof Tile) {
            DropShadow ring = new DropShadow(BlurType.GAUSSIAN, palette.accent(), 6, 0.9, 0, 0);
            node.focusVisibleProperty().addListener((observable, was, visible) -> node.setEffect(visible ? ring : null));
        } else if (node instanceof Region region) {
            Color accent = palette.accent();
            Background marked = new Background(new BackgroundFill(Color.color(accent.getRed(), accent.getGreen(),
                    accent.getBlue(), 0.25), new CornerRadii(4), Insets.EMPTY));
            node.focusVisibleProperty().addListener((observable, was, visible) -> region.setBackground(visible ? marked : null));
        }
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(name);
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                open.run();
            }
        });
    }

    private static double maxValue(List<BarChartItem> items) {
        return Math.max(1, items.stream().mapToDouble(BarChartItem::getValue).max().orElse(1));
    }

    private static String firstCountry(CollaborationEvent event) {
        return event.countryCodes().isEmpty() ? null : event.countryCodes().get(0);
    }
}
