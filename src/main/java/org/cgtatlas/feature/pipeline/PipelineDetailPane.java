package org.cgtatlas.feature.pipeline;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.ui.AnalystSourceViews;
import org.cgtatlas.ui.InferenceMarker;
import org.cgtatlas.ui.text.SymbolAwareText;
import org.cgtatlas.ui.history.HistoryDialog;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected row in full: its fields, its company's other programmes, the company's events, and its citations. */
final class PipelineDetailPane {

    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final PipelineController controller;

    PipelineDetailPane(PipelineModel model, PipelineController controller) {
        this.controller = controller;
        scroll.setId("pipelineDetail");
        scroll.setFitToWidth(true);
        scroll.setMinWidth(280);
        scroll.setPrefWidth(400);
        scroll.getStyleClass().add("pipeline-detail");
        content.setPadding(new Insets(12));
        model.detailProperty().addListener((observable, before, detail) -> show(detail));
        show(model.detailProperty().get());
    }

    Node node() {
        return scroll;
    }

    private void show(PipelineDetail detail) {
        content.getChildren().clear();
        if (detail == null) {
            Label hint = wrapped(Messages.get("pipeline.detail.empty"));
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(hint);
            return;
        }
        PipelineRow row = detail.row();
        Label title = wrapped(row.isListing() ? row.company() : row.programmeName());
        title.setId("detailTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = wrapped(row.isListing() ? row.country() : row.company() + " · " + row.country());
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        content.getChildren().addAll(title, subtitle, historyButton(row), fields(row));
        if (row.isListing()) {
            content.getChildren().add(wrapped(Messages.get("pipeline.detail.listing", row.country())));
        }
        content.getChildren().add(edited(row.provenance()));
        String company = row.company();
        section(Messages.get("pipeline.detail.otherProgrammes", company), detail.otherProgrammes().stream()
                .map(this::link).toList());
        section(Messages.get("pipeline.detail.events", company), detail.events().stream()
                .map(PipelineDetailPane::describe).map(PipelineDetailPane::wrapped).map(Node.class::cast).toList());
        section(Messages.get("pipeline.detail.citations"), Stream.concat(detail.citations().stream()
                        .map(citation -> citation(citation, detail.sourceTitle(citation))),
                row.analystSources().stream().map(source -> AnalystSourceViews.card(source, controller::showAnalystSource)))
                .toList());
        if (row.hasNoSource()) {
            content.getChildren().add(AnalystSourceViews.noSource());
        }
    }

    /** "History": the programme's logged changes, or the organization's for a listing row. */
    private Node historyButton(PipelineRow row) {
        Button history = new Button(Messages.get("history.action"), new FontIcon(Material2MZ.RESTORE));
        history.setId("pipelineHistory");
        history.getStyleClass().add(Styles.SMALL);
        history.setTooltip(new Tooltip(Messages.get("history.action.tooltip")));
        RecordKind kind = row.programme() != null ? RecordKind.PROGRAMME : RecordKind.ORGANIZATION;
        String id = row.programme() != null ? row.programme().id() : row.organization().id();
        String name = row.programme() != null ? row.programmeName() : row.company();
        history.setDisable(row.programme() == null && row.organization() == null);
        history.setOnAction(event -> controller.openHistory(kind, id, changes -> new HistoryDialog(
                scroll.getScene().getWindow(), name, changes, controller::canRevertTo,
                version -> controller.revert(version, name)).show()));
        return history;
    }

    private GridPane fields(PipelineRow row) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("detail-fields");
        Programme programme = row.programme();
        Organization organization = row.organization();
        int line = 0;
        List<Inference> inferred = programme != null ? programme.inferred()
                : organization != null ? organization.inferred() : List.of();
        line = field(grid, line, PipelineColumn.COMPANY.header(), row.company(),
                programme != null ? Inference.on(inferred, "organizationId") : null);
        line = field(grid, line, PipelineColumn.COUNTRY.header(), row.country(), Inference.on(inferred, "countryCode"));
        if (programme != null) {
            line = field(grid, line, PipelineColumn.MODALITY.header(), row.modalityLabel(), Inference.on(inferred, "modality"));
            line = field(grid, line, Messages.get("pipeline.detail.target"), programme.target(), Inference.on(inferred, "target"));
            line = field(grid, line, PipelineColumn.INDICATION.header(), row.indication(), Inference.on(inferred, "indication"));
            line = field(grid, line, PipelineColumn.STAGE.header(), programme.stage() == null ? null : programme.stage().label(),
                    Inference.on(inferred, "stage"));
            line = field(grid, line, Messages.get("pipeline.detail.status"), programme.statusText(),
                    Inference.on(inferred, "statusText"));
            line = field(grid, line, PipelineColumn.PARTNERS.header(), row.partners(), Inference.on(inferred, "partnerIds"));
            line = field(grid, line, Messages.get("pipeline.detail.description"), programme.description(),
                    Inference.on(inferred, "description"));
        }
        if (organization != null) {
            line = field(grid, line, Messages.get("pipeline.detail.organizationType"),
                    organization.type() == null ? null : organization.type().label(),
                    Inference.on(organization.inferred(), "type"));
            String aliases = String.join(", ", Stream.concat(Stream.ofNullable(organization.localName()),
                    organization.aliases().stream()).toList());
            line = field(grid, line, Messages.get("pipeline.detail.aliases"), aliases,
                    Inference.on(organization.inferred(), "aliases"));
            if (programme == null) {
                field(grid, line, Messages.get("pipeline.detail.description"), organization.description(),
                        Inference.on(organization.inferred(), "description"));
            }
        }
        return grid;
    }

    private static int field(GridPane grid, int line, String name, String value, Inference inference) {
        if (value == null || value.isBlank()) {
            return line;
        }
        Label key = new Label(name);
        key.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-key");
        key.setMinWidth(Label.USE_PREF_SIZE);
        Node text = InferenceMarker.beside(wrapped(value), inference);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(line, key, text);
        return line + 1;
    }

    private static Node edited(Provenance provenance) {
        boolean userEdited = provenance != null && provenance.userEdited();
        Label label = new Label(userEdited ? Messages.get("pipeline.detail.edited", PipelineRows.lastUpdated(provenance))
                : PipelineRows.lastUpdated(provenance), new FontIcon(userEdited ? Material2AL.EDIT : Material2AL.HISTORY));
        label.setId("detailUpdated");
        label.getStyleClass().add(userEdited ? "detail-edited" : Styles.TEXT_MUTED);
        return label;
    }

    private void section(String heading, List<Node> items) {
        Label title = wrapped(heading);
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section");
        content.getChildren().add(title);
        if (items.isEmpty()) {
            Label none = new Label(Messages.get("pipeline.detail.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(none);
        } else {
            content.getChildren().addAll(items);
        }
    }

    private Node citation(Citation citation, String sourceTitle) {
        SymbolAwareText quote = new SymbolAwareText("“" + citation.quote() + "”", "detail-quote");
        Label source = wrapped(sourceTitle);
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button show = new Button(Messages.get("pipeline.detail.showSource"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        show.getStyleClass().addAll(Styles.SMALL, "show-source");
        show.setMinWidth(Button.USE_PREF_SIZE);
        show.setOnAction(event -> controller.showSource(citation));
        VBox text = new VBox(2, quote, source);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, show);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("detail-citation");
        return box;
    }

    /** Another programme of the company; following the link selects it in the table. */
    private Node link(Programme programme) {
        String stage = programme.stage() != null ? programme.stage().label() : programme.statusText();
        Hyperlink link = new Hyperlink(programme.name() + (stage == null || stage.isBlank() ? "" : " — " + stage));
        link.setWrapText(true);
        link.getStyleClass().add("detail-programme-link");
        link.setOnAction(event -> controller.showProgramme(programme.id()));
        return link;
    }

    private static String describe(CollaborationEvent event) {
        return "• " + (event.date() == null ? "" : event.date().iso() + "  ") + event.title()
                + (event.type() == null ? "" : " (" + event.type().label() + ")");
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
