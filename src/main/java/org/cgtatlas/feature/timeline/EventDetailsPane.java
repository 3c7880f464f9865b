package org.cgtatlas.feature.timeline;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.ui.AnalystSourceViews;
import org.cgtatlas.ui.InferenceMarker;
import org.cgtatlas.ui.text.SymbolAwareText;
import org.cgtatlas.ui.history.HistoryDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected event in full: type, date, parties with countries, deal, place, description, parent, citations. */
final class EventDetailsPane extends ScrollPane {

    private final TimelineModel model;
    private final TimelineController controller;
    private final Consumer<CollaborationEvent> onEdit;
    private final VBox content = new VBox(10);

    EventDetailsPane(TimelineModel model, TimelineController controller, Consumer<CollaborationEvent> onEdit) {
        this.model = model;
        this.controller = controller;
        this.onEdit = onEdit;
        setId("timeline-details");
        getStyleClass().add("timeline-details");
        content.getStyleClass().add("timeline-details-content");
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model.selectedProperty().addListener((observable, before, event) -> show(event));
        show(null);
    }

    private void show(CollaborationEvent event) {
        content.getChildren().clear();
        if (event == null) {
            Label hint = new Label(Messages.get("timeline.details.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(hint);
            return;
        }
        Label title = new Label(event.title());
        title.setId("timeline-details-title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_4);
        Label type = new Label(event.type() == null ? "" : event.type().label());
        type.getStyleClass().addAll("timeline-type-chip", "timeline-swatch-text-" + EventCategory.of(event.type()).colorIndex());
        Button edit = new Button(Messages.get("timeline.details.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("timeline-edit");
        edit.getStyleClass().add(Styles.SMALL);
        edit.setOnAction(action -> onEdit.accept(event));
        Button delete = new Button(Messages.get("timeline.details.delete"), new FontIcon(Material2AL.DELETE));
        delete.setId("timeline-delete");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        delete.setOnAction(action -> controller.delete(event));
        Button history = new Button(Messages.get("history.action"), new FontIcon(Material2MZ.RESTORE));
        history.setId("timeline-history");
        history.getStyleClass().add(Styles.SMALL);
        history.setTooltip(new Tooltip(Messages.get("history.action.tooltip")));
        history.setOnAction(action -> controller.openHistory(event.id(), changes -> new HistoryDialog(
                content.getScene().getWindow(), event.title(), changes, controller::canRevertTo,
                version -> controller.revert(version, event.title())).show()));
        List<Inference> inferred = event.inferred();
        content.getChildren().addAll(InferenceMarker.beside(title, Inference.on(inferred, "title")),
                actionsRow(InferenceMarker.beside(type, Inference.on(inferred, "type")), edit, delete, history));
        add("timeline.details.date", dateText(event), Inference.on(inferred, "date"));
        VBox parties = new VBox(2);
        for (EventParticipant participant : event.participants()) {
            Organization organization = model.lookupProperty().get().organization(participant.organizationId());
            String name = organization == null ? participant.organizationId() : organization.name()
                    + (organization.countryCode() == null ? "" : " (" + controller.countryName(organization.countryCode()) + ")");
            Label party = new Label(participant.role() == null ? name : name + " — " + participant.role());
            party.setWrapText(true);
            parties.getChildren().add(party);
        }
        addNode("timeline.details.parties", InferenceMarker.beside(parties, Inference.on(inferred, "participants")));
        if (!event.countryCodes().isEmpty()) {
            add("timeline.details.countries", String.join(", ", event.countryCodes().stream().map(controller::countryName).toList()),
                    Inference.on(inferred, "countryCodes"));
        }
        if (event.dealValue() != null) {
            Inference deal = Inference.on(inferred, "currency");
            add("timeline.details.deal", (event.currency() == null ? "" : event.currency() + " ")
                    + NumberFormat.getNumberInstance(Locale.ENGLISH).format(event.dealValue()),
                    deal != null ? deal : Inference.on(inferred, "dealValue"));
        }
        if (event.place() != null) {
            add("timeline.details.place", event.place(), Inference.on(inferred, "place"));
        }
        if (event.description() != null) {
            add("timeline.details.description", event.description(), Inference.on(inferred, "description"));
        }
        if (event.parentEventId() != null) {
            model.events().stream().filter(candidate -> candidate.id().equals(event.parentEventId())).findFirst()
                    .ifPresent(parent -> {
                        Hyperlink link = new Hyperlink(parent.title());
                        link.setWrapText(true);
                        link.setOnAction(action -> controller.select(parent));
                        addNode("timeline.details.parent", link);
                    });
        }
        if (event.hasNoSource()) {
            addNode("timeline.details.citations", AnalystSourceViews.noSource());
        } else {
            VBox citations = new VBox(8);
            for (Citation citation : event.citations()) {
                citations.getChildren().add(citation(citation));
            }
            event.analystSources().forEach(source -> citations.getChildren()
                    .add(AnalystSourceViews.card(source, controller::showAnalystSource)));
            addNode("timeline.details.citations", citations);
        }
        add("timeline.details.provenance", provenanceText(event), null);
    }

    private Node citation(Citation citation) {
        SymbolAwareText quote = new SymbolAwareText("“" + citation.quote() + "”", "timeline-quote");
        Button show = new Button(Messages.get("timeline.details.showSource"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        show.getStyleClass().addAll(Styles.SMALL, "timeline-show-source");
        show.setOnAction(action -> controller.showSource(citation));
        Label source = new Label(model.snapshotProperty().get().sourceTitle(citation.sourceId()));
        source.setWrapText(true);
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        show.setMinWidth(Region.USE_PREF_SIZE);
        // The source's title wraps in the pane's width; in a row beside the button it would ask for its full length.
        return new VBox(4, quote, source, show);
    }

    private void add(String key, String text, Inference inference) {
        Label value = new Label(text);
        value.setWrapText(true);
        addNode(key, InferenceMarker.beside(value, inference));
    }

    private void addNode(String key, Node value) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "timeline-details-caption");
        content.getChildren().add(new VBox(2, caption, value));
    }

    private static String dateText(CollaborationEvent event) {
        if (event.date() == null) {
            return Messages.get("timeline.undated");
        }
        String text = precisionText(event.date());
        return event.endDate() == null ? text : text + " – " + precisionText(event.endDate());
    }

    private static String precisionText(PartialDate date) {
        return Messages.get("timeline.details.precision." + date.precision().name().toLowerCase(Locale.ROOT), date.iso());
    }

    private static String provenanceText(CollaborationEvent event) {
        if (event.provenance() == null || !event.provenance().userEdited()) {
            return Messages.get("timeline.details.bundled");
        }
        return Messages.get("timeline.details.edited", Objects.toString(event.provenance().updatedBy(), "?"),
                Objects.toString(event.provenance().updatedAt() == null ? null : event.provenance().updatedAt().toLocalDate(), "?"));
    }

    /** The type chip and the actions; they wrap onto a second line when the details pane is narrow. */
    private static FlowPane actionsRow(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setPrefWrapLength(200);
        return row;
    }
}
