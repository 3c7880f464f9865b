package org.cgtatlas.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What one frame of the timeline shows: the lane bands, the boxes of the visible items with the room their labels
 * may take, and the connectors of cross-lane items. Only items in the visible window of days are looked at
 * (binary search from the visible start less the longest duration), and only placements in the visible rows kept.
 */
public final class TimelineFrame {

    private static final double LABEL_GAP = 4;

    private final double[] laneTops;
    private final double contentHeight;
    private final List<ItemBox> boxes;
    private final List<Connector> connectors;

    private TimelineFrame(double[] laneTops, double contentHeight, List<ItemBox> boxes, List<Connector> connectors) {
        this.laneTops = laneTops;
        this.contentHeight = contentHeight;
        this.boxes = boxes;
        this.connectors = connectors;
    }

    /**
     * Lays out the frame for a viewport of {@code scale.width()} × {@code viewportHeight} pixels scrolled down by
     * {@code scrollY}; y values are viewport pixels, the lanes starting below the axis.
     */
    public static TimelineFrame compute(TimelineIndex index, LaneLayout layout, TimeScale scale, TimelineGeometry geometry,
                                        double scrollY, double viewportHeight) {
        double[] laneTops = laneTops(layout, geometry);
        double contentHeight = laneTops[laneTops.length - 1];
        double offsetY = geometry.axisHeight() - scrollY;
        List<ItemBox> boxes = new ArrayList<>();
        List<Connector> connectors = new ArrayList<>();
        Map<Long, Integer> lastBoxOfRow = new HashMap<>();
        double minDays = geometry.minItemWidth() / scale.pixelsPerDay();
        int from = index.firstStartingAtOrAfter(scale.startDay() - index.longestDays() - minDays);
        for (int item = from; item < index.size(); item++) {
            TimelineItem timelineItem = index.items().get(item);
            double x = scale.x((double) timelineItem.startDay());
            if (x > scale.width()) {
                break;
            }
            double width = Math.max(geometry.minItemWidth(), scale.x((double) timelineItem.endDayExclusive()) - x);
            if (x + width < 0) {
                continue;
            }
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            int placements = 0;
            for (int placement = layout.firstPlacement(item); placement < layout.endPlacement(item); placement++) {
                int lane = layout.lane(placement);
                int row = layout.row(placement);
                double y = offsetY + laneTops[lane] + geometry.laneHeaderHeight() + row * geometry.rowHeight()
                        + (geometry.rowHeight() - geometry.barHeight()) / 2;
                top = Math.min(top, y + geometry.barHeight() / 2);
                bottom = Math.max(bottom, y + geometry.barHeight() / 2);
                placements++;
                if (y + geometry.barHeight() < geometry.axisHeight() || y > viewportHeight) {
                    continue;
                }
                double labelX = timelineItem.span() ? Math.max(x, 0) + LABEL_GAP : x + width + LABEL_GAP;
                ItemBox box = new ItemBox(item, lane, x, y, width, geometry.barHeight(), labelX,
                        scale.width() - labelX);
                long rowKey = ((long) lane << 32) | row;
                Integer previous = lastBoxOfRow.put(rowKey, boxes.size());
                if (previous != null) {
                    ItemBox before = boxes.get(previous);
                    boxes.set(previous, new ItemBox(before.item(), before.lane(), before.x(), before.y(), before.width(),
                            before.height(), before.labelX(), Math.min(before.labelRoom(), x - LABEL_GAP - before.labelX())));
                }
                boxes.add(box);
            }
            if (placements > 1) {
                connectors.add(new Connector(item, Math.max(x, 0) + Math.min(width, geometry.minItemWidth()) / 2, top, bottom));
            }
        }
        return new TimelineFrame(laneTops, contentHeight, boxes, connectors);
    }

    /** The top of each lane in content pixels (below the axis, before scrolling), and the content height last. */
    static double[] laneTops(LaneLayout layout, TimelineGeometry geometry) {
        double[] tops = new double[layout.laneCount() + 1];
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            tops[lane + 1] = tops[lane] + geometry.laneHeaderHeight() + layout.rows(lane) * geometry.rowHeight()
                    + geometry.lanePadding();
        }
        return tops;
    }

    public double laneTop(int lane) {
        return laneTops[lane];
    }

    public double laneHeight(int lane) {
        return laneTops[lane + 1] - laneTops[lane];
    }

    /** The height of all lanes, below the axis. */
    public double contentHeight() {
        return contentHeight;
    }

    public List<ItemBox> boxes() {
        return boxes;
    }

    public List<Connector> connectors() {
        return connectors;
    }

    /**
     * The item under the point: its bar or marker (a few pixels of tolerance for thin markers), else its drawn
     * label, whose width for box {@code i} is {@code labelWidths[i]} (0 when no label was drawn).
     */
    public OptionalInt hit(double x, double y, double[] labelWidths) {
        for (double tolerance : new double[] {0, 3}) {
            for (int i = boxes.size() - 1; i >= 0; i--) {
                if (boxes.get(i).contains(x, y, tolerance)) {
                    return OptionalInt.of(boxes.get(i).item());
                }
            }
        }
        for (int i = 0; i < boxes.size() && i < labelWidths.length; i++) {
            ItemBox box = boxes.get(i);
            if (x >= box.labelX() && x <= box.labelX() + labelWidths[i] && y >= box.y() && y <= box.y() + box.height()) {
                return OptionalInt.of(box.item());
            }
        }
        return OptionalInt.empty();
    }
}
