package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.landscape.countries.CountryProfile;
import org.cgtatlas.landscape.countries.MetricText;

/** The selected country's profile: its events on a mini-timeline, its highlights by category, its pipeline companies. */
final class CountryProfileView {

    private final CountriesModel model;
    private final CountriesController controller;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final EventStrip strip = new EventStrip();
    private final Label undated = new Label();
    private final VBox highlights = new VBox(10);
    private final VBox companies = new VBox(8);
    private final VBox root;

    CountryProfileView(CountriesModel model, CountriesController controller) {
        this.model = model;
        this.controller = controller;
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("country-profile-title");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        undated.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button timeline = new Button(Messages.get("countries.profile.openTimeline"));
        timeline.setOnAction(event -> controller.openTimeline(model.selectedCountryProperty().get()));
        Button pipeline = new Button(Messages.get("countries.profile.openPipeline"));
        pipeline.setOnAction(event -> controller.openPipeline(model.selectedCountryProperty().get(), null));
        subtitle.setWrapText(true);
        title.setWrapText(true);
        timeline.setMinWidth(Region.USE_PREF_SIZE);
        pipeline.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(2, title, subtitle);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox header = new HBox(12, heading, timeline, pipeline);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane columns = new GridPane();
        columns.setHgap(24);
        columns.getColumnConstraints().addAll(percent(58), percent(42));
        columns.add(section("countries.profile.highlights", highlights), 0, 0);
        columns.add(section("countries.profile.companies", companies), 1, 0);

        root = new VBox(12, header, section("countries.profile.events", new VBox(4, strip, undated)), columns);
        root.getStyleClass().addAll("comparison-card", "country-profile");
        root.setId("country-profile");
        model.profileProperty().addListener((observable, before, profile) -> show(profile));
        show(model.profileProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(CountryProfile profile) {
        root.setVisible(profile != null);
        root.setManaged(profile != null);
        if (profile == null) {
            return;
        }
        title.setText(Messages.get("countries.profile.title", profile.country().name(),
                profile.country().localName() == null ? "" : profile.country().localName()));
        subtitle.setText(Messages.get("countries.profile.subtitle", profile.highlights().values().stream().mapToInt(List::size).sum(),
                profile.companies().size(), profile.datedEvents().size() + profile.undatedEvents().size()));
        strip.show(profile.datedEvents(), event -> controller.openTimeline(profile.country().code()));
        undated.setText(profile.undatedEvents().isEmpty() ? Messages.get("countries.profile.events.allDated")
                : Messages.get("countries.profile.events.undated", profile.undatedEvents().size()));
        highlights.getChildren().clear();
        for (Map.Entry<MilestoneCategory, List<Milestone>> group : profile.highlights().entrySet()) {
            Label category = new Label(group.getKey().label());
            category.getStyleClass().addAll(Styles.TEXT_BOLD, "profile-category");
            highlights.getChildren().add(category);
            group.getValue().forEach(milestone -> highlights.getChildren().add(
                    entry(MetricText.date(milestone.date()) + " — " + milestone.title(), milestone.description(), milestone.citations())));
        }
        companies.getChildren().clear();
        for (CountryProfile.PipelineCompany company : profile.companies()) {
            companies.getChildren().add(entry(company.name(), null, company.listingCitations()));
            for (Programme programme : company.programmes()) {
                String facts = List.of(programme.modality() == null ? "" : programme.modality().label(),
                                programme.stage() == null ? "" : programme.stage().label(),
                                programme.indication() == null ? "" : programme.indication())
                        .stream().filter(text -> !text.isEmpty()).collect(Collectors.joining(" · "));
                Node line = entry("• " + programme.name(), facts, programme.citations());
                line.getStyleClass().add("profile-programme");
                companies.getChildren().add(line);
            }
        }
    }

    /** A highlight or company line with its note and "Show source" for the first passage it is quoted from. */
    private Node entry(String text, String note, List<Citation> citations) {
        Label label = new Label(text);
        label.setWrapText(true);
        VBox box = new VBox(2, label);
        if (note != null && !note.isBlank()) {
            Label detail = new Label(note);
            detail.setWrapText(true);
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(detail);
        }
        FlowPane links = new FlowPane(12, 2);
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            Hyperlink show = new Hyperlink(citations.size() == 1 ? Messages.get("countries.showSource")
                    : Messages.get("countries.showSource.numbered", i + 1));
            show.getStyleClass().add("profile-source-link");
            show.setTooltip(EvidenceViews.wrapped("“" + citation.quote() + "” — " + model.dataProperty().get().sourceTitle(citation.sourceId())));
            show.setOnAction(event -> controller.showSource(citation));
            links.getChildren().add(show);
        }
        if (!citations.isEmpty()) {
            box.getChildren().add(links);
        }
        box.getStyleClass().add("profile-entry");
        return box;
    }

    private static Node section(String titleKey, Node content) {
        Label heading = new Label(Messages.get(titleKey));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        return new VBox(6, heading, content);
    }

    private static ColumnConstraints percent(double value) {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(value);
        return constraints;
    }
}
