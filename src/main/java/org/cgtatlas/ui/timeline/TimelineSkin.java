package org.cgtatlas.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.Observable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.cgtatlas.core.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The skin of {@link TimelineControl}: a small zoom bar, a canvas that draws only the visible frame, a horizontal
 * scroll bar for time and a vertical one for lanes. Mouse: drag pans, Ctrl+wheel zooms at the pointer, the wheel
 * scrolls the lanes, click selects, hover shows a tooltip. Keys: Left/Right, Home/End, +/−.
 */
public class TimelineSkin extends SkinBase<TimelineControl> {

    private static final double DRAG_THRESHOLD = 4;

    private final Pane canvasHolder = new Pane();
    private final TimelineCanvas canvas;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Label unitLabel = new Label();
    private final Tooltip tooltip = new Tooltip();
    private LaneLayout layout;
    private double layoutPixelsPerDay = -1;
    private TimelineFrame frame;
    private boolean syncingScrollBar;
    private Point2D pressedAt;
    private TimeScale scaleAtPress;
    private boolean dragged;

    public TimelineSkin(TimelineControl control) {
        super(control);
        canvas = new TimelineCanvas(control);
        canvasHolder.getChildren().add(canvas);
        canvasHolder.getStyleClass().add("timeline-canvas-area");
        canvasHolder.setMinSize(0, 0);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        horizontal.getStyleClass().add("timeline-time-scrollbar");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setMin(0);
        BorderPane body = new BorderPane(canvasHolder, zoomBar(), vertical, horizontal, null);
        body.getStyleClass().add("timeline-body");
        getChildren().add(body);
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        canvasHolder.widthProperty().addListener((o, before, width) -> {
            control.viewportWidthChanged(width.doubleValue());
            redraw();
        });
        canvasHolder.heightProperty().addListener(o -> redraw());
        registerChangeListener(control.scaleProperty(), o -> redraw());
        registerChangeListener(control.indexProperty(), o -> relayout());
        registerInvalidationListener(control.getLanes(), o -> relayout());
        registerChangeListener(control.selectedItemProperty(), o -> {
            revealVertically(control.getSelectedItem());
            redraw();
        });
        registerChangeListener(control.clockProperty(), o -> redraw());
        List<Observable> styled = new ArrayList<>(control.palette());
        Collections.addAll(styled, control.todayColorProperty(), control.connectorColorProperty(),
                control.gridColorProperty(), control.laneFillProperty(), control.textFillProperty(),
                control.mutedTextFillProperty(), control.selectionColorProperty());
        styled.forEach(property -> registerInvalidationListener(property, o -> redraw()));
        registerChangeListener(control.fontProperty(), o -> relayout());
        horizontal.valueProperty().addListener((o, before, value) -> {
            if (!syncingScrollBar) {
                control.setScale(control.getScale().startingAt(value.doubleValue()));
            }
        });
        vertical.valueProperty().addListener(o -> redraw());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseExited(event -> tooltip.hide());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        relayout();
    }

    private Region zoomBar() {
        Button zoomOut = button("timeline-zoom-out", new FontIcon(Material2MZ.ZOOM_OUT), Messages.get("timeline.control.zoomOut"));
        zoomOut.setOnAction(event -> getSkinnable().zoomOut());
        Button zoomIn = button("timeline-zoom-in", new FontIcon(Material2MZ.ZOOM_IN), Messages.get("timeline.control.zoomIn"));
        zoomIn.setOnAction(event -> getSkinnable().zoomIn());
        Button today = button("timeline-today", new FontIcon(Material2AL.EVENT), Messages.get("timeline.control.todayHint"));
        today.setText(Messages.get("timeline.control.today"));
        today.setOnAction(event -> getSkinnable().showToday());
        Button fit = button("timeline-fit", new FontIcon(Material2MZ.ZOOM_OUT_MAP), Messages.get("timeline.control.fitHint"));
        fit.setText(Messages.get("timeline.control.fit"));
        fit.setOnAction(event -> getSkinnable().fitAll());
        unitLabel.getStyleClass().add("timeline-unit-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(zoomOut, zoomIn, today, fit, spacer, unitLabel);
        bar.getStyleClass().add("timeline-zoom-bar");
        return bar;
    }

    private Button button(String id, FontIcon icon, String hint) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.getStyleClass().add("timeline-button");
        button.setTooltip(new Tooltip(hint));
        button.setFocusTraversable(false);
        return button;
    }

    private void relayout() {
        layoutPixelsPerDay = -1;
        redraw();
    }

    private void redraw() {
        TimelineControl control = getSkinnable();
        if (control == null) {
            return;
        }
        double width = canvasHolder.getWidth();
        double height = canvasHolder.getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        TimeScale scale = control.getScale();
        TimelineGeometry geometry = TimelineGeometry.forFontSize(control.fontProperty().get().getSize());
        if (layout == null || layoutPixelsPerDay != scale.pixelsPerDay()) {
            layout = LaneLayout.stack(control.indexProperty().get().items(), control.getLanes(),
                    geometry.minItemWidth() / scale.pixelsPerDay());
            layoutPixelsPerDay = scale.pixelsPerDay();
        }
        double contentHeight = TimelineFrame.laneTops(layout, geometry)[layout.laneCount()];
        double visibleContent = Math.max(0, height - geometry.axisHeight());
        vertical.setMax(Math.max(0, contentHeight - visibleContent));
        vertical.setVisibleAmount(Math.max(1, visibleContent));
        vertical.setDisable(contentHeight <= visibleContent);
        if (vertical.getValue() > vertical.getMax()) {
            vertical.setValue(vertical.getMax());
        }
        frame = TimelineFrame.compute(control.indexProperty().get(), layout, scale, geometry, vertical.getValue(), height);
        syncHorizontal(scale);
        unitLabel.setText(unitName(TickGenerator.unitFor(scale.pixelsPerDay())));
        canvas.draw(frame, layout, scale, geometry, vertical.getValue());
    }

    /**
     * Scrolls the lanes so that the selected item's first row is in view; the control pans the time axis itself.
     * Without this, Left/Right and a selection in the list could select an event in a lane scrolled out of sight.
     */
    private void revealVertically(TimelineItem item) {
        TimelineIndex index = getSkinnable().indexProperty().get();
        int at = item == null || layout == null ? -1 : index.indexOf(item.id());
        if (at < 0 || layout.firstPlacement(at) >= layout.endPlacement(at)) {
            return;
        }
        TimelineGeometry geometry = TimelineGeometry.forFontSize(getSkinnable().fontProperty().get().getSize());
        int placement = layout.firstPlacement(at);
        int lane = layout.lane(placement);
        double rowTop = TimelineFrame.laneTops(layout, geometry)[lane] + geometry.laneHeaderHeight()
                + layout.row(placement) * geometry.rowHeight();
        double visible = Math.max(0, canvasHolder.getHeight() - geometry.axisHeight());
        if (rowTop < vertical.getValue()) {
            vertical.setValue(Math.max(0, rowTop - geometry.laneHeaderHeight()));
        } else if (rowTop + geometry.rowHeight() > vertical.getValue() + visible) {
            vertical.setValue(Math.min(vertical.getMax(), rowTop + geometry.rowHeight() - visible));
        }
    }

    private void syncHorizontal(TimeScale scale) {
        syncingScrollBar = true;
        TimelineIndex index = getSkinnable().indexProperty().get();
        double today = getSkinnable().today().toEpochDay();
        double first = Math.min(index.first().map(d -> (double) d.toEpochDay()).orElse(today), today);
        double last = Math.max(index.last().map(d -> (double) d.toEpochDay()).orElse(today), today);
        double margin = scale.visibleDays() / 2;
        horizontal.setMin(Math.min(first - margin, scale.startDay()));
        horizontal.setMax(Math.max(last + margin, scale.endDay()) - scale.visibleDays());
        horizontal.setVisibleAmount(scale.visibleDays());
        horizontal.setUnitIncrement(scale.visibleDays() / 20);
        horizontal.setBlockIncrement(scale.visibleDays() * 0.8);
        horizontal.setValue(scale.startDay());
        syncingScrollBar = false;
    }

    private static String unitName(TickUnit unit) {
        return Messages.get("timeline.control.unit." + unit.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void pressed(MouseEvent event) {
        getSkinnable().requestFocus();
        pressedAt = new Point2D(event.getX(), event.getY());
        scaleAtPress = getSkinnable().getScale();
        dragged = false;
        tooltip.hide();
    }

    private void dragged(MouseEvent event) {
        if (pressedAt == null) {
            return;
        }
        double dx = event.getX() - pressedAt.getX();
        if (dragged || Math.abs(dx) > DRAG_THRESHOLD) {
            dragged = true;
            canvas.setCursor(javafx.scene.Cursor.CLOSED_HAND);
            getSkinnable().setScale(scaleAtPress.panned(-dx));
        }
    }

    private void released(MouseEvent event) {
        canvas.setCursor(javafx.scene.Cursor.DEFAULT);
        if (!dragged && pressedAt != null && frame != null) {
            OptionalInt hit = frame.hit(event.getX(), event.getY(), canvas.labelWidths());
            TimelineIndex index = getSkinnable().indexProperty().get();
            getSkinnable().selectedItemProperty().set(hit.isPresent() ? index.items().get(hit.getAsInt()) : null);
        }
        pressedAt = null;
    }

    private void hovered(MouseEvent event) {
        OptionalInt hit = frame == null ? OptionalInt.empty() : frame.hit(event.getX(), event.getY(), canvas.labelWidths());
        if (hit.isEmpty()) {
            tooltip.hide();
            return;
        }
        String text = getSkinnable().indexProperty().get().items().get(hit.getAsInt()).tooltip();
        if (!text.equals(tooltip.getText()) || !tooltip.isShowing()) {
            tooltip.setText(text);
            tooltip.show(canvas, event.getScreenX() + 14, event.getScreenY() + 14);
        }
    }

    private void scrolled(ScrollEvent event) {
        TimelineControl control = getSkinnable();
        if (event.isControlDown() || event.isShortcutDown()) {
            double delta = event.getDeltaY() == 0 ? event.getDeltaX() : event.getDeltaY();
            if (delta != 0) {
                control.setScale(control.getScale().zoomed(Math.pow(1.0015, delta), event.getX()));
            }
        } else if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.getDeltaX() == 0 ? event.getDeltaY() : event.getDeltaX();
            control.setScale(control.getScale().panned(-delta));
        } else {
            vertical.setValue(Math.max(0, Math.min(vertical.getMax(), vertical.getValue() - event.getDeltaY())));
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        TimelineControl control = getSkinnable();
        switch (event.getCode()) {
            case RIGHT -> control.selectNext();
            case LEFT -> control.selectPrevious();
            case HOME -> control.selectFirst();
            case END -> control.selectLast();
            case PLUS, ADD, EQUALS -> control.zoomIn();
            case MINUS, SUBTRACT -> control.zoomOut();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * Where the item is drawn now (its first visible placement), in the control's coordinates; empty when it is
     * not in view. For tests and for anything that must point at an item (a popup, a guided tour).
     */
    public Optional<Bounds> boundsOf(String id) {
        if (frame == null) {
            return Optional.empty();
        }
        TimelineIndex index = getSkinnable().indexProperty().get();
        return frame.boxes().stream().filter(box -> index.items().get(box.item()).id().equals(id)).findFirst()
                .map(box -> getSkinnable().sceneToLocal(canvas.localToScene(
                        new BoundingBox(box.x(), box.y(), box.width(), box.height()))));
    }
}
