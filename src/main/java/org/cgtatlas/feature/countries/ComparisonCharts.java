package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.landscape.countries.LatestMetric;
import org.cgtatlas.landscape.countries.MetricText;
import org.cgtatlas.landscape.countries.ProgrammeMix;
import org.cgtatlas.ui.KeyboardActivation;
import org.cgtatlas.ui.ModalityColours;

/**
 * Charts beside the table: reported approvals and trials per country, and programmes per modality per country.
 * A country without a reported figure gets no bar (never a zero bar) and is named under the chart.
 * Clicking a bar opens the Pipeline or the Timeline for it.
 */
final class ComparisonCharts {

    private static final List<MetricKind> TRIAL_KINDS = List.of(MetricKind.CGT_TRIALS_ONGOING, MetricKind.CAR_T_TRIALS,
            MetricKind.CELL_THERAPY_TRIALS, MetricKind.GENE_THERAPY_TRIALS);
    /** One colour per reported kind of trial figure, in {@link #TRIAL_KINDS}' order, then the counted trials'. */
    private static final List<String> TRIAL_COLOURS = List.of("#e8590c", "#f59f00", "#2f9e44", "#1c7ed6");
    private static final String COUNTED_COLOUR = "#5f3dc4";

    private final CountriesModel model;
    private final CountriesController controller;
    private final StackPane approvals = new StackPane();
    private final Label approvalsMissing = caption();
    private final StackPane trials = new StackPane();
    private final Label trialsMissing = caption();
    private final StackPane programmes = new StackPane();
    private final FlowPane trialsLegend = new FlowPane(12, 4);
    private final FlowPane programmesLegend = new FlowPane(12, 4);
    private final VBox root;

    ComparisonCharts(CountriesModel model, CountriesController controller) {
        this.model = model;
        this.controller = controller;
        root = new VBox(12,
                card("countries.chart.approvals", approvals, approvalsMissing),
                card("countries.chart.trials", new VBox(4, trials, trialsLegend), trialsMissing),
                card("countries.chart.programmes", new VBox(4, programmes, programmesLegend),
                        caption(Messages.get("countries.chart.programmes.hint"))));
        InvalidationListener update = observable -> update();
        model.visibleRows().addListener(update);
        model.layoutProperty().addListener(update);
        update();
    }

    Node node() {
        return root;
    }

    /**
     * Draws the charts anew. A JavaFX chart whose series are replaced with its category axis fixed (to keep the
     * table's country order) keeps a stale range: after an import the stacked chart went empty and the trials chart
     * lost its legend. A chart drawn once from its data has neither problem, and three small charts are cheap.
     */
    private void update() {
        CountryComparison comparison = model.comparisonProperty().get();
        Landscape data = model.dataProperty().get();
        if (comparison == null || data == null) {
            return;
        }
        List<Country> shown = comparison.countries().stream().filter(country -> model.layoutProperty().get().isColumnShown(country.code())).toList();
        updateApprovals(data, shown);
        updateTrials(data, comparison, shown);
        updateProgrammes(data, shown);
    }

    private void updateApprovals(Landscape data, List<Country> shown) {
        BarChart<String, Number> approvals = chart(new BarChart<>(new CategoryAxis(), new NumberAxis()), "chart-approvals", this.approvals);
        approvals.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(MetricKind.APPROVED_CGT_PRODUCTS.label());
        List<String> missing = new ArrayList<>();
        for (Country country : shown) {
            Optional<CountryMetric> metric = LatestMetric.of(data.metrics(), country.code(), MetricKind.APPROVED_CGT_PRODUCTS);
            if (metric.isPresent() && metric.get().value() != null) {
                series.getData().add(bar("approvals", country, metric.get().value(),
                        country.name() + ": " + MetricText.valueWithUnit(metric.get()) + " (" + MetricText.asOf(metric.get().asOf()) + ")",
                        () -> controller.openPipeline(country.code(), null)));
            } else {
                missing.add(country.name());
            }
        }
        approvals.getData().setAll(List.of(series));
        approvalsMissing.setText(missingText(missing));
    }

    private void updateTrials(Landscape data, CountryComparison comparison, List<Country> shown) {
        BarChart<String, Number> trials = chart(new BarChart<>(new CategoryAxis(), new NumberAxis()), "chart-trials", this.trials);
        trials.setLegendVisible(false);
        List<String> colours = new ArrayList<>();
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (MetricKind kind : TRIAL_KINDS) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(kind.label());
            for (Country country : shown) {
                LatestMetric.of(data.metrics(), country.code(), kind).filter(metric -> metric.value() != null).ifPresent(metric -> {
                    series.getData().add(bar("trials-" + kind.name(), country, metric.value(),
                            country.name() + " — " + kind.label() + ": " + MetricText.valueWithUnit(metric)
                                    + " (" + MetricText.asOf(metric.asOf()) + ")",
                            () -> controller.openTimeline(country.code())));
                    reported.add(country.name());
                });
            }
            if (!series.getData().isEmpty()) {
                all.add(series);
                colours.add(TRIAL_COLOURS.get(TRIAL_KINDS.indexOf(kind)));
            }
        }
        comparison.counted().ifPresent(counted -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(Messages.get("countries.chart.trials.counted", counted.provenance()));
            for (Country country : shown) {
                counted.total(country.code()).ifPresent(total -> {
                    series.getData().add(bar("trials-counted", country, total,
                            country.name() + ": " + series.getName() + " " + total, () -> controller.openTimeline(country.code())));
                    reported.add(country.name());
                });
            }
            all.add(series);
            colours.add(COUNTED_COLOUR);
        });
        trials.getData().setAll(all);
        legend(trialsLegend, trials, colours);
        orderCountries(trials, shown.stream().map(Country::name).filter(reported::contains).distinct().toList());
        trialsMissing.setText(missingText(shown.stream().map(Country::name).filter(name -> !reported.contains(name)).toList()));
    }

    private void updateProgrammes(Landscape data, List<Country> shown) {
        StackedBarChart<String, Number> programmes = chart(new StackedBarChart<>(new CategoryAxis(), new NumberAxis()),
                "chart-programmes", this.programmes);
        programmes.setLegendVisible(false);
        programmes.setPrefHeight(340);
        ProgrammeMix mix = new ProgrammeMix(data.programmes());
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (Modality modality : mix.modalities()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            String name = modality == null ? Messages.get("countries.modality.unstated") : modality.label();
            series.setName(name);
            for (Country country : shown) {
                int count = mix.count(country.code(), modality);
                if (count > 0) {
                    series.getData().add(bar("programmes-" + (modality == null ? "UNSTATED" : modality.name()), country, count,
                            Messages.get("countries.chart.programmes.tooltip", country.name(), name, count),
                            () -> controller.openPipeline(country.code(), modality)));
                }
            }
            all.add(series);
        }
        programmes.getData().setAll(all);
        orderCountries(programmes, shown.stream().map(Country::name).toList());
        legend(programmesLegend, programmes, mix.modalities().stream().map(ModalityColours::of).toList());
    }

    /**
     * Colours each series' bars and lists the series under the chart. The chart's own legend hides itself when it
     * does not fit its height, which five long series names do not.
     */
    private static void legend(FlowPane legend, XYChart<String, Number> chart, List<String> colours) {
        legend.getChildren().clear();
        for (int i = 0; i < colours.size(); i++) {
            String colour = colours.get(i);
            chart.lookupAll(".series" + i).forEach(node -> node.setStyle("-fx-bar-fill: " + colour + ";"));
            Region swatch = new Region();
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            swatch.setStyle("-fx-background-color: " + colour + ";");
            Label entry = new Label(chart.getData().get(i).getName(), swatch);
            entry.getStyleClass().addAll(Styles.TEXT_SMALL, "comparison-legend-item");
            legend.getChildren().add(entry);
        }
    }

    private static <C extends XYChart<String, Number>> C chart(C chart, String id, StackPane holder) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        chart.getStyleClass().add("comparison-chart");
        holder.getChildren().setAll(chart);
        return chart;
    }

    /** Keeps the countries in the table's order rather than the order the bars happened to be added in. */
    private static void orderCountries(XYChart<String, Number> chart, List<String> countries) {
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        axis.setAutoRanging(false);
        axis.getCategories().setAll(countries);
    }

    /** A bar that shows its figure on hover and drills down on click or Enter; the id lets tests and screen readers find it. */
    private static XYChart.Data<String, Number> bar(String chart, Country country, Number value,
                                                    String tooltip, Runnable onClick) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(country.name(), value);
        data.nodeProperty().addListener((observable, before, node) -> {
            if (node != null) {
                node.setId("bar-" + chart + "-" + country.code());
                Tooltip.install(node, EvidenceViews.wrapped(tooltip));
                KeyboardActivation.onActivate(node, tooltip, onClick);
            }
        });
        return data;
    }

    private static String missingText(List<String> countries) {
        return countries.isEmpty() ? "" : Messages.get("countries.chart.notReported", String.join(", ", countries));
    }

    private static Node card(String titleKey, Node chart, Label caption) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(4, title, chart, caption);
        card.getStyleClass().add("comparison-card");
        return card;
    }

    private static Label caption() {
        return caption("");
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.setWrapText(true);
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        caption.managedProperty().bind(caption.textProperty().isNotEmpty());
        return caption;
    }
}
