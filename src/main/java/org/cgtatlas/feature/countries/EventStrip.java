package org.cgtatlas.feature.countries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.ui.KeyboardActivation;

/**
 * A mini-timeline: one dot per dated event along a horizontal line from the earliest to the latest date,
 * with the years marked. A date stated to a year or month sits at the start of its span.
 */
final class EventStrip extends Region {

    private static final double PADDING = 16;
    private static final double RADIUS = 6;
    private static final double LINE_Y = 20;

    private final Line axis = new Line();
    private final List<Circle> dots = new ArrayList<>();
    private final List<LocalDate> dotDates = new ArrayList<>();
    private final List<Label> yearLabels = new ArrayList<>();
    private final List<LocalDate> yearDates = new ArrayList<>();
    private LocalDate first;
    private LocalDate last;

    EventStrip() {
        getStyleClass().add("event-strip");
        axis.getStyleClass().add("event-strip-axis");
        setMinHeight(52);
        setPrefHeight(52);
    }

    void show(List<CollaborationEvent> datedEvents, Consumer<CollaborationEvent> onClick) {
        getChildren().setAll(axis);
        dots.clear();
        dotDates.clear();
        yearLabels.clear();
        yearDates.clear();
        if (datedEvents.isEmpty()) {
            return;
        }
        first = datedEvents.stream().map(event -> event.date().start()).min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
        last = datedEvents.stream().map(event -> event.date().start()).max(LocalDate::compareTo).orElseThrow().plusYears(1).withDayOfYear(1);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            Label label = new Label(Integer.toString(year));
            label.getStyleClass().add("event-strip-year");
            yearLabels.add(label);
            yearDates.add(LocalDate.of(year, 1, 1));
        }
        getChildren().addAll(yearLabels);
        for (CollaborationEvent event : datedEvents) {
            Circle dot = new Circle(RADIUS);
            dot.getStyleClass().add("event-strip-dot");
            String name = event.date().iso() + " — " + event.title();
            Tooltip.install(dot, EvidenceViews.wrapped(name));
            KeyboardActivation.onActivate(dot, name, () -> onClick.accept(event));
            dots.add(dot);
            dotDates.add(event.date().start());
        }
        getChildren().addAll(dots);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        axis.setStartX(PADDING);
        axis.setEndX(Math.max(PADDING, width - PADDING));
        axis.setStartY(LINE_Y);
        axis.setEndY(LINE_Y);
        for (int i = 0; i < dots.size(); i++) {
            dots.get(i).setCenterX(x(dotDates.get(i), width));
            dots.get(i).setCenterY(LINE_Y);
        }
        for (int i = 0; i < yearLabels.size(); i++) {
            Label label = yearLabels.get(i);
            label.autosize();
            double x = x(yearDates.get(i), width) - label.getWidth() / 2;
            label.relocate(Math.max(0, Math.min(x, width - label.getWidth())), LINE_Y + RADIUS + 6);
        }
    }

    private double x(LocalDate date, double width) {
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        return PADDING + (width - 2 * PADDING) * ChronoUnit.DAYS.between(first, date) / span;
    }
}
