package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.cgtatlas.ui.timeline.LaneLayout;
import org.cgtatlas.ui.timeline.TickGenerator;
import org.cgtatlas.ui.timeline.TimeScale;
import org.cgtatlas.ui.timeline.TimelineFrame;
import org.cgtatlas.ui.timeline.TimelineGeometry;
import org.cgtatlas.ui.timeline.TimelineIndex;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineLane;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cgt-atlas bench timeline}: the timeline's per-frame layout (visible-window search, boxes, label room,
 * connectors, axis ticks) and its re-stacking on a zoom change, on generated events (seeded, so runs compare),
 * at full zoom-out and at a month. Canvas drawing needs the toolkit and is not timed here.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Times the timeline's layout per frame for many generated events, zoomed out and at a month.")
public final class TimelineBenchCommand implements Callable<Integer> {

    private static final List<String> COUNTRIES = List.of("CN", "JP", "KR", "TW", "US", "DE", "IT", "??");
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final int YEARS = 27;

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", defaultValue = "10000", description = "Events to lay out (default: ${DEFAULT-VALUE}).")
    private int events;

    @Option(names = "--frames", defaultValue = "500", description = "Frames timed per zoom level (default: ${DEFAULT-VALUE}).")
    private int frames;

    @Option(names = "--width", defaultValue = "1400", description = "Viewport width in pixels (default: ${DEFAULT-VALUE}).")
    private double width;

    @Option(names = "--height", defaultValue = "700", description = "Viewport height in pixels (default: ${DEFAULT-VALUE}).")
    private double height;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (events < 1 || frames < 1 || width < 100 || height < 100) {
            spec.commandLine().getErr().println("--events and --frames must be at least 1, --width and --height at least 100");
            return 2;
        }
        TimelineIndex index = new TimelineIndex(generate(events, new Random(42)));
        List<TimelineLane> lanes = COUNTRIES.stream().map(code -> new TimelineLane(code, code)).toList();
        TimelineGeometry geometry = TimelineGeometry.forFontSize(13);
        out.printf("Timeline layout: %,d generated events over %d years in %d lanes, viewport %.0f × %.0f px, "
                + "%d frames per zoom (median after warm-up)%n", events, YEARS, lanes.size(), width, height, frames);
        out.printf("%-10s %12s %16s %16s %14s %12s %8s%n", "zoom", "visible days", "stack ms/zoom", "frame ms median",
                "frame ms p95", "boxes/frame", "ticks");
        run(out, "full-out", TimeScale.of(FIRST.toEpochDay(), 0, width), index, lanes, geometry);
        run(out, "month", TimeScale.of(FIRST.toEpochDay(), width / 31, width), index, lanes, geometry);
        out.println("A frame is what a repaint computes before drawing: binary search of the visible days, the boxes");
        out.println("and label room of the visible rows, connectors and axis ticks. Drawing to the canvas is not timed:");
        out.println("it needs the JavaFX toolkit, which the command line does not start.");
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, String name, TimeScale zoom, TimelineIndex index, List<TimelineLane> lanes,
                     TimelineGeometry geometry) {
        double minDays = geometry.minItemWidth() / zoom.pixelsPerDay();
        double[] stacking = new double[Math.max(5, Math.min(50, frames / 10))];
        LaneLayout layout = null;
        for (int warm = 0; warm < 5; warm++) {
            layout = LaneLayout.stack(index.items(), lanes, minDays);
        }
        for (int i = 0; i < stacking.length; i++) {
            long start = System.nanoTime();
            layout = LaneLayout.stack(index.items(), lanes, minDays);
            stacking[i] = (System.nanoTime() - start) / 1e6;
        }
        double contentHeight = frameAt(index, layout, zoom, geometry, 0).contentHeight();
        Random positions = new Random(7);
        double span = YEARS * 365.25;
        for (int warm = 0; warm < frames; warm++) {
            frameAt(index, layout, zoom.startingAt(FIRST.toEpochDay() + positions.nextDouble() * span), geometry,
                    positions.nextDouble() * Math.max(0, contentHeight - height));
        }
        double[] times = new double[frames];
        double[] boxes = new double[frames];
        double[] ticks = new double[frames];
        for (int i = 0; i < frames; i++) {
            TimeScale scale = zoom.startingAt(FIRST.toEpochDay() + positions.nextDouble() * span);
            double scrollY = positions.nextDouble() * Math.max(0, contentHeight - height);
            long start = System.nanoTime();
            TimelineFrame frame = frameAt(index, layout, scale, geometry, scrollY);
            int tickCount = TickGenerator.ticks(scale).size();
            times[i] = (System.nanoTime() - start) / 1e6;
            boxes[i] = frame.boxes().size();
            ticks[i] = tickCount;
        }
        out.printf("%-10s %12.0f %16.2f %16.3f %14.3f %12.0f %8.0f%n", name, zoom.visibleDays(), median(stacking),
                median(times), percentile(times, 0.95), median(boxes), median(ticks));
    }

    private TimelineFrame frameAt(TimelineIndex index, LaneLayout layout, TimeScale scale, TimelineGeometry geometry,
                                  double scrollY) {
        return TimelineFrame.compute(index, layout, scale, geometry, scrollY, height);
    }

    /** Events spread over the years: 60% to the day, 30% to the month, 10% to the year; a third cross-border. */
    static List<TimelineItem> generate(int count, Random random) {
        List<TimelineItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = FIRST.plusDays(random.nextInt(YEARS * 365));
            double precision = random.nextDouble();
            LocalDate start = precision < 0.6 ? day : precision < 0.9 ? day.withDayOfMonth(1) : day.withDayOfYear(1);
            LocalDate end = precision < 0.6 ? day : precision < 0.9 ? start.plusMonths(1).minusDays(1)
                    : start.plusYears(1).minusDays(1);
            List<String> lanes = new ArrayList<>();
            lanes.add(COUNTRIES.get(random.nextInt(4)));
            if (random.nextInt(3) == 0) {
                lanes.add(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
            }
            items.add(new TimelineItem("bench-" + i, "Generated event " + i, start, end, precision >= 0.6, lanes,
                    random.nextInt(6), null));
        }
        return items;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
    }
}
