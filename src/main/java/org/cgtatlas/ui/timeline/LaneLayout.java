package org.cgtatlas.ui.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks the items of each lane into sub-rows so overlapping items never cover each other: an item goes into the
 * first row of its lane that is free from its start on (first fit, in start order), else a new row opens and the
 * lane grows. An item in two lanes has one placement in each. Items occupy at least {@code minDays} so markers
 * of nearby days, drawn wider than a day when zoomed out, also stack.
 */
public final class LaneLayout {

    private final int[] firstPlacement;
    private final int[] placementLane;
    private final int[] placementRow;
    private final int[] rowsPerLane;

    private LaneLayout(int[] firstPlacement, int[] placementLane, int[] placementRow, int[] rowsPerLane) {
        this.firstPlacement = firstPlacement;
        this.placementLane = placementLane;
        this.placementRow = placementRow;
        this.rowsPerLane = rowsPerLane;
    }

    /** Stacks {@code items}, which must be sorted by start; lane keys not among {@code lanes} are left out. */
    public static LaneLayout stack(List<TimelineItem> items, List<TimelineLane> lanes, double minDays) {
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int lane = 0; lane < lanes.size(); lane++) {
            laneIndex.putIfAbsent(lanes.get(lane).key(), lane);
        }
        int total = 0;
        for (TimelineItem item : items) {
            total += item.lanes().size();
        }
        int[] first = new int[items.size() + 1];
        int[] lanesOf = new int[total];
        int[] rowsOf = new int[total];
        double[][] rowEnds = new double[lanes.size()][];
        int[] rowCounts = new int[lanes.size()];
        int placement = 0;
        for (int index = 0; index < items.size(); index++) {
            first[index] = placement;
            TimelineItem item = items.get(index);
            double start = item.startDay();
            double end = Math.max(item.endDayExclusive(), start + minDays);
            for (String key : item.lanes()) {
                Integer lane = laneIndex.get(key);
                if (lane == null || contains(lanesOf, first[index], placement, lane)) {
                    continue;
                }
                if (rowEnds[lane] == null) {
                    rowEnds[lane] = new double[4];
                }
                int row = firstFreeRow(rowEnds[lane], rowCounts[lane], start);
                if (row == rowCounts[lane]) {
                    if (row == rowEnds[lane].length) {
                        rowEnds[lane] = java.util.Arrays.copyOf(rowEnds[lane], row * 2);
                    }
                    rowCounts[lane]++;
                }
                rowEnds[lane][row] = end;
                lanesOf[placement] = lane;
                rowsOf[placement] = row;
                placement++;
            }
        }
        first[items.size()] = placement;
        return new LaneLayout(first, lanesOf, rowsOf, rowCounts);
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int firstFreeRow(double[] rowEnds, int rows, double start) {
        for (int row = 0; row < rows; row++) {
            if (rowEnds[row] <= start) {
                return row;
            }
        }
        return rows;
    }

    public int laneCount() {
        return rowsPerLane.length;
    }

    /** Sub-rows of the lane; at least one, so an empty lane still shows. */
    public int rows(int lane) {
        return Math.max(1, rowsPerLane[lane]);
    }

    public int firstPlacement(int item) {
        return firstPlacement[item];
    }

    /** One past the item's last placement. */
    public int endPlacement(int item) {
        return firstPlacement[item + 1];
    }

    public int lane(int placement) {
        return placementLane[placement];
    }

    public int row(int placement) {
        return placementRow[placement];
    }
}
