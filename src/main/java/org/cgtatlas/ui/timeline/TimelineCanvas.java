package org.cgtatlas.ui.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws one {@link TimelineFrame}: grid and axis, lane bands with their names, connectors, item bars and markers
 * (items not over by today, such as an announced meeting, hollow and dashed), labels where they fit, the selection and the today line.
 */
final class TimelineCanvas extends Canvas {

    private static final double[] DASHES = {4, 3};

    private final TimelineControl control;
    private final Text measurer = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private Font measuredFont;
    private double[] labelWidths = new double[0];

    TimelineCanvas(TimelineControl control) {
        this.control = control;
        getStyleClass().add("timeline-canvas");
    }

    void draw(TimelineFrame frame, LaneLayout layout, TimeScale scale, TimelineGeometry geometry, double scrollY) {
        GraphicsContext g = getGraphicsContext2D();
        double width = getWidth();
        double height = getHeight();
        g.clearRect(0, 0, width, height);
        Font font = control.fontProperty().get();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineDashes();
        drawLanes(g, frame, layout, geometry, scrollY, width, font);
        drawGrid(g, scale, geometry, height);
        drawConnectors(g, frame);
        drawItems(g, frame, font);
        drawToday(g, scale, geometry, height);
        drawAxis(g, scale, geometry, width);
    }

    private void drawLanes(GraphicsContext g, TimelineFrame frame, LaneLayout layout, TimelineGeometry geometry,
                           double scrollY, double width, Font font) {
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * 0.92);
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            double top = geometry.axisHeight() + frame.laneTop(lane) - scrollY;
            double laneHeight = frame.laneHeight(lane);
            if (top > getHeight() || top + laneHeight < geometry.axisHeight()) {
                continue;
            }
            if (lane % 2 == 0) {
                g.setFill(control.laneFillProperty().get());
                g.fillRect(0, top, width, laneHeight);
            }
            g.setStroke(control.gridColorProperty().get());
            g.setLineWidth(1);
            g.strokeLine(0, Math.round(top) + 0.5, width, Math.round(top) + 0.5);
            g.setFill(control.mutedTextFillProperty().get());
            g.setFont(bold);
            g.fillText(control.getLanes().get(lane).label(), 8, top + geometry.laneHeaderHeight() / 2 + 1);
        }
        g.setFont(font);
    }

    private void drawGrid(GraphicsContext g, TimeScale scale, TimelineGeometry geometry, double height) {
        g.setStroke(control.gridColorProperty().get());
        for (Tick tick : TickGenerator.ticks(scale)) {
            double x = Math.round(tick.x()) + 0.5;
            g.setLineWidth(tick.major() ? 1.5 : 1);
            g.setGlobalAlpha(tick.major() ? 1 : 0.6);
            g.strokeLine(x, geometry.axisHeight(), x, height);
        }
        g.setGlobalAlpha(1);
    }

    private void drawAxis(GraphicsContext g, TimeScale scale, TimelineGeometry geometry, double width) {
        g.setFill(control.laneFillProperty().get());
        g.fillRect(0, 0, width, geometry.axisHeight());
        g.setStroke(control.gridColorProperty().get());
        g.setLineWidth(1);
        g.strokeLine(0, geometry.axisHeight() - 0.5, width, geometry.axisHeight() - 0.5);
        g.setFill(control.textFillProperty().get());
        for (Tick tick : TickGenerator.ticks(scale)) {
            g.strokeLine(Math.round(tick.x()) + 0.5, geometry.axisHeight() * 0.6, Math.round(tick.x()) + 0.5,
                    geometry.axisHeight());
            g.fillText(tick.label(), tick.x() + 4, geometry.axisHeight() * 0.4);
        }
        LocalDate today = control.today();
        double x = scale.x(today);
        if (x >= 0 && x <= width) {
            g.setFill(control.todayColorProperty().get());
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {geometry.axisHeight() - 7,
                    geometry.axisHeight() - 7, geometry.axisHeight()}, 3);
        }
    }

    private void drawToday(GraphicsContext g, TimeScale scale, TimelineGeometry geometry, double height) {
        double x = scale.x(control.today()) + scale.pixelsPerDay() / 2;
        if (x < 0 || x > getWidth()) {
            return;
        }
        g.setStroke(control.todayColorProperty().get());
        g.setLineWidth(2);
        g.strokeLine(x, geometry.axisHeight(), x, height);
    }

    private void drawConnectors(GraphicsContext g, TimelineFrame frame) {
        g.setStroke(control.connectorColorProperty().get());
        g.setLineWidth(1.5);
        for (Connector connector : frame.connectors()) {
            g.strokeLine(connector.x(), connector.top(), connector.x(), connector.bottom());
            g.setFill(control.connectorColorProperty().get());
            g.fillOval(connector.x() - 2.5, connector.top() - 2.5, 5, 5);
            g.fillOval(connector.x() - 2.5, connector.bottom() - 2.5, 5, 5);
        }
    }

    private void drawItems(GraphicsContext g, TimelineFrame frame, Font font) {
        TimelineIndex index = control.indexProperty().get();
        TimelineItem selected = control.getSelectedItem();
        LocalDate today = control.today();
        if (measuredFont == null || !measuredFont.equals(font)) {
            measuredFont = font;
            measurer.setFont(font);
            widths.clear();
        }
        labelWidths = new double[frame.boxes().size()];
        for (int i = 0; i < frame.boxes().size(); i++) {
            ItemBox box = frame.boxes().get(i);
            TimelineItem item = index.items().get(box.item());
            Paint colour = control.colorOf(item.colorIndex());
            boolean future = item.notOverBy(today);
            boolean isSelected = selected != null && selected.id().equals(item.id());
            double radius = box.height() / 2;
            if (future) {
                g.setFill(control.laneFillProperty().get());
                g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), radius, radius);
                g.setStroke(colour);
                g.setLineWidth(1.5);
                g.setLineDashes(DASHES);
                g.strokeRoundRect(box.x() + 0.75, box.y() + 0.75, box.width() - 1.5, box.height() - 1.5, radius, radius);
                g.setLineDashes();
            } else if (item.span()) {
                g.setFill(colour);
                g.setGlobalAlpha(0.28);
                g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 4, 4);
                g.setGlobalAlpha(1);
                g.fillRoundRect(box.x(), box.y(), Math.min(box.width(), 4), box.height(), 2, 2);
            } else {
                g.setFill(colour);
                g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), radius, radius);
            }
            if (isSelected) {
                g.setStroke(control.selectionColorProperty().get());
                g.setLineWidth(2.5);
                g.strokeRoundRect(box.x() - 2, box.y() - 2, box.width() + 4, box.height() + 4, radius + 2, radius + 2);
            }
            String label = LabelFitter.fit(item.title(), box.labelRoom(), this::textWidth);
            if (!label.isEmpty()) {
                g.setFill(future ? control.mutedTextFillProperty().get() : control.textFillProperty().get());
                g.fillText(label, box.labelX(), box.y() + box.height() / 2 + 1);
                labelWidths[i] = textWidth(label);
            }
        }
    }

    /** The width of the label drawn for each box of the last frame, 0 where none fitted. */
    double[] labelWidths() {
        return labelWidths;
    }

    private double textWidth(String text) {
        if (widths.size() > 20_000) {
            widths.clear();
        }
        return widths.computeIfAbsent(text, key -> {
            measurer.setText(key);
            return measurer.getLayoutBounds().getWidth();
        });
    }

    @Override
    public boolean isResizable() {
        return false;
    }
}
