package org.cgtatlas.export.pdf.section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.chart.Palette;
import org.cgtatlas.export.pdf.layout.Align;
import org.cgtatlas.export.pdf.layout.Canvas;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.TextStyle;

/**
 * The timeline as a vector figure: one lane per country, each dated event numbered at its date (a month or a year
 * drawn as the span it covers, an event with an end date as its whole span), year and quarter ticks below. It always
 * fits the rest of its page: with too many events the markers go unnumbered and rows are shared.
 */
final class TimelineFigure {

    private static final float LANE_LABEL_WIDTH = 92f;
    private static final float ROW_HEIGHT = 12f;
    private static final float LANE_PADDING = 6f;
    private static final TextStyle MARKER_LABEL = TextStyle.BODY.withSize(7f);
    private static final TextStyle LANE_LABEL = TextStyle.BODY.withSize(8.5f).asBold();
    private static final String OTHER_LANE = "Other countries";
    private static final float AXIS_HEIGHT = 24f;
    private static final int MAX_LABEL_LENGTH = 14;

    private final TimelineData timeline;

    TimelineFigure(TimelineData timeline) {
        this.timeline = timeline;
    }

    /** Draws the figure at the layout's cursor, within the rest of the page. */
    void draw(ReportContext context, List<CollaborationEvent> dated) {
        ReportLayout layout = context.layout();
        Canvas canvas = layout.canvas();
        List<String> lanes = new ArrayList<>(timeline.lanes().stream().map(Country::code).toList());
        boolean other = dated.stream().anyMatch(event -> timeline.lanesOf(event).isEmpty());
        if (other) {
            lanes.add(OTHER_LANE);
        }
        List<PartialDate> dates = new ArrayList<>();
        dated.forEach(event -> {
            dates.add(event.date());
            if (event.endDate() != null) {
                dates.add(event.endDate());
            }
        });
        float plotLeft = layout.left() + LANE_LABEL_WIDTH;
        TimeAxis axis = TimeAxis.covering(dates, plotLeft, layout.width() - LANE_LABEL_WIDTH - 4);
        float available = layout.remaining() - AXIS_HEIGHT;
        List<List<Placed>> placedPerLane = placeLanes(canvas, axis, dated, lanes, true, Integer.MAX_VALUE);
        if (height(placedPerLane) > available) {
            available -= TextStyle.NOTE.leading();
            int rowsPerLane = Math.max(1, (int) ((available / lanes.size() - 2 * LANE_PADDING) / ROW_HEIGHT));
            placedPerLane = placeLanes(canvas, axis, dated, lanes, false, rowsPerLane);
            layout.paragraph("Too many events to number them on the figure; the list below gives them in date order.",
                    TextStyle.NOTE);
        }
        float top = layout.cursor();
        float y = top;
        for (int laneIndex = 0; laneIndex < lanes.size(); laneIndex++) {
            List<Placed> placed = placedPerLane.get(laneIndex);
            float laneHeight = laneHeight(placed);
            if (laneIndex % 2 == 0) {
                canvas.fillRect(layout.left(), y, layout.width(), laneHeight, Rgb.STRIPE_FILL);
            }
            String lane = lanes.get(laneIndex);
            Rgb colour = OTHER_LANE.equals(lane) ? Palette.NOT_STATED : Palette.colour(laneIndex);
            canvas.text(OTHER_LANE.equals(lane) ? lane : context.countryName(lane), layout.left() + 4,
                    y + LANE_PADDING + 9, LANE_LABEL, Align.LEFT);
            for (Placed item : placed) {
                float rowTop = y + LANE_PADDING + item.row() * ROW_HEIGHT;
                if (item.spanEnd() > item.x() + 1) {
                    canvas.fillRect(item.x(), rowTop + 3, item.spanEnd() - item.x(), 5, colour.lighter(0.6f));
                }
                canvas.circle(item.x(), rowTop + 5.5f, 2.6f, colour);
                if (item.labelOnLeft()) {
                    canvas.text(item.label(), item.x() - 4, rowTop + 8.5f, MARKER_LABEL, Align.RIGHT);
                } else {
                    canvas.text(item.label(), item.x() + 4, rowTop + 8.5f, MARKER_LABEL, Align.LEFT);
                }
            }
            y += laneHeight;
        }
        drawAxis(canvas, axis, top, y);
        layout.advance(y - top + AXIS_HEIGHT);
    }

    /** Year lines across the lanes from {@code top}, the axis at {@code bottom} with quarter ticks and year labels. */
    private static void drawAxis(Canvas canvas, TimeAxis axis, float top, float bottom) {
        int lastYear = axis.yearTicks().get(axis.yearTicks().size() - 1);
        for (int year : axis.yearTicks()) {
            for (int month = 4; month <= 10 && year < lastYear; month += 3) {
                float quarter = axis.x(LocalDate.of(year, month, 1));
                canvas.line(quarter, bottom, quarter, bottom + 3, Rgb.MUTED, 0.4f);
            }
            float x = axis.x(LocalDate.of(year, 1, 1));
            canvas.line(x, top, x, bottom + 4, Rgb.RULE, 0.5f);
            canvas.text(Integer.toString(year), x, bottom + 13, TextStyle.NOTE, year == lastYear ? Align.RIGHT : Align.CENTER);
        }
        canvas.line(axis.x(LocalDate.of(axis.yearTicks().get(0), 1, 1)), bottom, axis.right(), bottom, Rgb.MUTED, 0.6f);
    }

    private List<List<Placed>> placeLanes(Canvas canvas, TimeAxis axis, List<CollaborationEvent> dated, List<String> lanes,
                                          boolean labelled, int maxRows) {
        List<List<Placed>> placedPerLane = new ArrayList<>();
        for (String lane : lanes) {
            placedPerLane.add(place(canvas, axis, dated, lane, labelled, maxRows));
        }
        return placedPerLane;
    }

    private static float height(List<List<Placed>> placedPerLane) {
        float height = 0;
        for (List<Placed> placed : placedPerLane) {
            height += laneHeight(placed);
        }
        return height;
    }

    private static float laneHeight(List<Placed> placed) {
        int rows = placed.stream().mapToInt(Placed::row).max().orElse(0) + 1;
        return rows * ROW_HEIGHT + 2 * LANE_PADDING;
    }

    /**
     * Events of the lane with the same date and span share one marker labelled with their numbers ("9–20");
     * each marker goes on the first row where its label does not overlap the one before. Without labels (too many
     * events for the page) markers only avoid each other, and rows beyond {@code maxRows} share the last one.
     */
    private List<Placed> place(Canvas canvas, TimeAxis axis, List<CollaborationEvent> dated, String lane,
                               boolean labelled, int maxRows) {
        Map<List<Float>, List<Integer>> markers = new LinkedHashMap<>();
        for (int index = 0; index < dated.size(); index++) {
            CollaborationEvent event = dated.get(index);
            List<String> eventLanes = timeline.lanesOf(event);
            boolean inLane = OTHER_LANE.equals(lane) ? eventLanes.isEmpty() : eventLanes.contains(lane);
            if (inLane) {
                float x = axis.x(event.date().start());
                PartialDate last = event.endDate() != null ? event.endDate() : event.date();
                float spanEnd = event.endDate() == null && event.date().precision() == DatePrecision.DAY ? x : axis.endX(last);
                markers.computeIfAbsent(List.of(x, spanEnd), key -> new ArrayList<>()).add(index + 1);
            }
        }
        List<Float> rowEnds = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<List<Float>, List<Integer>> marker : markers.entrySet()) {
            float x = marker.getKey().get(0);
            float spanEnd = marker.getKey().get(1);
            String label = labelled ? label(marker.getValue()) : "";
            float labelWidth = canvas.textWidth(label, MARKER_LABEL);
            boolean labelOnLeft = x + 5 + labelWidth > axis.right();
            float start = labelOnLeft ? x - 5 - labelWidth : x;
            float occupiedUntil = Math.max(spanEnd, labelOnLeft ? x : x + 5 + labelWidth) + 3;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > start - 3) {
                row++;
            }
            row = Math.min(row, maxRows - 1);
            if (row == rowEnds.size()) {
                rowEnds.add(occupiedUntil);
            } else {
                rowEnds.set(row, Math.max(rowEnds.get(row), occupiedUntil));
            }
            placed.add(new Placed(x, spanEnd, row, label, labelOnLeft));
        }
        return placed;
    }

    /** "9–20", or "143…152 (6)" when the numbers of one marker would make a long label. */
    private static String label(List<Integer> numbers) {
        String label = NumberRanges.format(numbers);
        if (label.length() <= MAX_LABEL_LENGTH) {
            return label;
        }
        return numbers.get(0) + "…" + numbers.get(numbers.size() - 1) + " (" + numbers.size() + ")";
    }

    private record Placed(float x, float spanEnd, int row, String label, boolean labelOnLeft) {
    }
}
