package org.cgtatlas.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A horizontal timeline: items on a time axis in lanes, zoomable from decades to two weeks, pannable, with a
 * today line, stacked overlaps, tooltips, selection by mouse and keyboard. Drawn on a canvas by
 * {@link TimelineSkin}; its colours come from CSS ({@code timeline.css}, style class {@code timeline}).
 */
public class TimelineControl extends Control {

    /** Zoom step of the + and − buttons and keys. */
    public static final double ZOOM_STEP = 1.6;
    /** The control's stylesheet; screens add it too for legends that use its {@code timeline-swatch-N} classes. */
    public static final String STYLESHEET = TimelineControl.class.getResource("timeline.css").toExternalForm();

    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<Clock> clock = new SimpleObjectProperty<>(this, "clock", Clock.systemDefaultZone());
    private final ReadOnlyObjectWrapper<TimeScale> scale = new ReadOnlyObjectWrapper<>(this, "scale",
            TimeScale.fit(LocalDate.now(clock.get()).minusYears(5), LocalDate.now(clock.get()), 800));
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            new TimelineIndex(List.of()));

    private boolean fitted;

    private final StyleableObjectProperty<Paint> todayColor = paint(StyleableProperties.TODAY_COLOR, Color.CRIMSON);
    private final StyleableObjectProperty<Paint> connectorColor = paint(StyleableProperties.CONNECTOR_COLOR, Color.GRAY);
    private final StyleableObjectProperty<Paint> gridColor = paint(StyleableProperties.GRID_COLOR, Color.LIGHTGRAY);
    private final StyleableObjectProperty<Paint> laneFill = paint(StyleableProperties.LANE_FILL, Color.WHITESMOKE);
    private final StyleableObjectProperty<Paint> textFill = paint(StyleableProperties.TEXT_FILL, Color.BLACK);
    private final StyleableObjectProperty<Paint> mutedTextFill = paint(StyleableProperties.MUTED_TEXT_FILL, Color.DIMGRAY);
    private final StyleableObjectProperty<Paint> selectionColor = paint(StyleableProperties.SELECTION_COLOR, Color.DODGERBLUE);
    private final List<StyleableObjectProperty<Paint>> palette = List.of(
            paint(StyleableProperties.PALETTE.get(0), Color.STEELBLUE), paint(StyleableProperties.PALETTE.get(1), Color.SEAGREEN),
            paint(StyleableProperties.PALETTE.get(2), Color.DARKORANGE), paint(StyleableProperties.PALETTE.get(3), Color.MEDIUMPURPLE),
            paint(StyleableProperties.PALETTE.get(4), Color.INDIANRED), paint(StyleableProperties.PALETTE.get(5), Color.SLATEGRAY));
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(
            StyleableProperties.FONT, this, "font", Font.getDefault());

    public TimelineControl() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        items.addListener((javafx.collections.ListChangeListener<TimelineItem>) change -> reindex());
    }

    private StyleableObjectProperty<Paint> paint(CssMetaData<TimelineControl, Paint> metaData, Paint initial) {
        return new SimpleStyleableObjectProperty<>(metaData, this, metaData.getProperty(), initial);
    }

    private void reindex() {
        index.set(new TimelineIndex(items));
        TimelineItem selected = selectedItem.get();
        if (selected != null) {
            int at = index.get().indexOf(selected.id());
            selectedItem.set(at < 0 ? null : index.get().items().get(at));
        }
    }

    public ObservableList<TimelineItem> getItems() {
        return items;
    }

    public ObservableList<TimelineLane> getLanes() {
        return lanes;
    }

    public ObjectProperty<TimelineItem> selectedItemProperty() {
        return selectedItem;
    }

    public TimelineItem getSelectedItem() {
        return selectedItem.get();
    }

    /** Selects the item with this id, if shown, and scrolls it into view; null or an unknown id clears the selection. */
    public void select(String id) {
        int at = id == null ? -1 : index.get().indexOf(id);
        selectedItem.set(at < 0 ? null : index.get().items().get(at));
        if (at >= 0) {
            reveal(index.get().items().get(at));
        }
    }

    /** The clock that says what "today" is; tests set a fixed one. */
    public ObjectProperty<Clock> clockProperty() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.get());
    }

    /** The current zoom and position; changed by the zoom and pan actions. */
    public ReadOnlyObjectProperty<TimeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public TimeScale getScale() {
        return scale.get();
    }

    /** The items in time order, indexed for the visible-window search. */
    public ReadOnlyObjectProperty<TimelineIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public void setScale(TimeScale newScale) {
        fitted = false;
        scale.set(newScale);
    }

    public void zoomIn() {
        setScale(scale.get().zoomed(ZOOM_STEP, scale.get().width() / 2));
    }

    public void zoomOut() {
        setScale(scale.get().zoomed(1 / ZOOM_STEP, scale.get().width() / 2));
    }

    public void showToday() {
        setScale(scale.get().centredOn(today()));
    }

    /**
     * Zooms to show every item; with no items shows the last five years up to today. The fit is kept when the
     * control is resized, until the analyst zooms or pans.
     */
    public void fitAll() {
        scale.set(fitted(scale.get().width()));
        fitted = true;
    }

    private TimeScale fitted(double width) {
        LocalDate today = today();
        LocalDate first = index.get().first().orElse(today.minusYears(5));
        LocalDate last = index.get().last().orElse(today);
        return TimeScale.fit(first, last, width);
    }

    public void selectNext() {
        moveSelection(1);
    }

    public void selectPrevious() {
        moveSelection(-1);
    }

    public void selectFirst() {
        selectAt(0);
    }

    public void selectLast() {
        selectAt(index.get().size() - 1);
    }

    private void moveSelection(int step) {
        TimelineItem selected = selectedItem.get();
        int at = selected == null ? -1 : index.get().indexOf(selected.id());
        if (at < 0) {
            selectAt(step > 0 ? firstVisible() : lastVisible());
        } else {
            selectAt(Math.max(0, Math.min(index.get().size() - 1, at + step)));
        }
    }

    private int firstVisible() {
        return Math.min(index.get().size() - 1, index.get().firstStartingAtOrAfter(scale.get().startDay()));
    }

    private int lastVisible() {
        return Math.max(0, index.get().firstStartingAtOrAfter(scale.get().endDay()) - 1);
    }

    private void selectAt(int at) {
        if (at < 0 || at >= index.get().size()) {
            return;
        }
        TimelineItem item = index.get().items().get(at);
        selectedItem.set(item);
        reveal(item);
    }

    /** Pans (never zooms) to centre the item when its start is out of view or at the very edge. */
    private void reveal(TimelineItem item) {
        TimeScale current = scale.get();
        double x = current.x(item.start());
        double edge = current.width() * 0.02;
        if (x < 0 || x > current.width() - edge) {
            setScale(current.centredOn(item.start()));
        }
    }

    /** Called by the skin when the drawing area is resized. */
    void viewportWidthChanged(double width) {
        scale.set(fitted ? fitted(width) : scale.get().withWidth(width));
    }

    public ObjectProperty<Paint> todayColorProperty() {
        return todayColor;
    }

    public ObjectProperty<Paint> connectorColorProperty() {
        return connectorColor;
    }

    public ObjectProperty<Paint> gridColorProperty() {
        return gridColor;
    }

    public ObjectProperty<Paint> laneFillProperty() {
        return laneFill;
    }

    public ObjectProperty<Paint> textFillProperty() {
        return textFill;
    }

    public ObjectProperty<Paint> mutedTextFillProperty() {
        return mutedTextFill;
    }

    public ObjectProperty<Paint> selectionColorProperty() {
        return selectionColor;
    }

    /** The six item colours, {@code -timeline-color-0} to {@code -timeline-color-5}. */
    public List<ObjectProperty<Paint>> palette() {
        return List.copyOf(palette);
    }

    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    /** The palette colour for an item's {@code colorIndex} (wrapping around). */
    public Paint colorOf(int colorIndex) {
        return palette.get(Math.floorMod(colorIndex, palette.size())).get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {

        static final CssMetaData<TimelineControl, Paint> TODAY_COLOR = paint("-timeline-today-color", c -> c.todayColor);
        static final CssMetaData<TimelineControl, Paint> CONNECTOR_COLOR =
                paint("-timeline-connector-color", c -> c.connectorColor);
        static final CssMetaData<TimelineControl, Paint> GRID_COLOR = paint("-timeline-grid-color", c -> c.gridColor);
        static final CssMetaData<TimelineControl, Paint> LANE_FILL = paint("-timeline-lane-fill", c -> c.laneFill);
        static final CssMetaData<TimelineControl, Paint> TEXT_FILL = paint("-timeline-text-fill", c -> c.textFill);
        static final CssMetaData<TimelineControl, Paint> MUTED_TEXT_FILL =
                paint("-timeline-muted-text-fill", c -> c.mutedTextFill);
        static final CssMetaData<TimelineControl, Paint> SELECTION_COLOR =
                paint("-timeline-selection-color", c -> c.selectionColor);
        static final List<CssMetaData<TimelineControl, Paint>> PALETTE = java.util.stream.IntStream.range(0, 6)
                .mapToObj(colour -> paint("-timeline-color-" + colour, c -> c.palette.get(colour))).toList();
        static final CssMetaData<TimelineControl, Font> FONT = new javafx.css.FontCssMetaData<>("-fx-font", Font.getDefault()) {
            @Override
            public boolean isSettable(TimelineControl control) {
                return !control.font.isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(TimelineControl control) {
                return control.font;
            }
        };
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            Collections.addAll(all, TODAY_COLOR, CONNECTOR_COLOR, GRID_COLOR, LANE_FILL, TEXT_FILL, MUTED_TEXT_FILL,
                    SELECTION_COLOR, FONT);
            all.addAll(PALETTE);
            ALL = List.copyOf(all);
        }

        private static CssMetaData<TimelineControl, Paint> paint(String name,
                java.util.function.Function<TimelineControl, StyleableObjectProperty<Paint>> property) {
            return new CssMetaData<>(name, StyleConverter.getPaintConverter()) {
                @Override
                public boolean isSettable(TimelineControl control) {
                    return !property.apply(control).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineControl control) {
                    return property.apply(control);
                }
            };
        }
    }
}
