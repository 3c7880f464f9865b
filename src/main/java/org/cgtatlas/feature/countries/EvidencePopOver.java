package org.cgtatlas.feature.countries;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.ComparisonCell;
import org.cgtatlas.landscape.countries.Evidence;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** What a comparison cell says and where it comes from, opened by clicking the cell (a themed AtlantaFX popover). */
final class EvidencePopOver {

    private static final String STYLESHEET = EvidencePopOver.class.getResource("/org/cgtatlas/ui/app.css").toExternalForm();

    private final Popover popOver = new Popover();

    EvidencePopOver() {
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.setArrowLocation(Popover.ArrowLocation.TOP_CENTER);
        popOver.getStyleClass().add("evidence-popover");
    }

    /** {@code showHistory} opens the logged history of a fact that is a reported figure. */
    void show(Node owner, String heading, ComparisonCell cell, Landscape data, Consumer<Citation> showSource,
              Consumer<Evidence> showHistory) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label value = new Label(cell.text());
        value.getStyleClass().add("evidence-value");
        value.setWrapText(true);
        Label detail = new Label(cell.detail());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(8, title, value, detail);
        if (cell.isMissing()) {
            content.getChildren().add(new Label(Messages.get("countries.missing.explained")));
        }
        Consumer<Citation> openAndClose = citation -> {
            popOver.hide();
            showSource.accept(citation);
        };
        for (Evidence item : cell.evidence()) {
            Label label = new Label(item.label());
            label.setWrapText(true);
            label.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(label);
            if (item.note() != null && !item.note().isBlank()) {
                Label note = new Label(item.note());
                note.setWrapText(true);
                note.getStyleClass().add(Styles.TEXT_MUTED);
                content.getChildren().add(note);
            }
            item.citations().forEach(citation -> content.getChildren().add(EvidenceViews.citation(citation, data, openAndClose)));
            if (item.metricId() != null) {
                content.getChildren().add(historyButton(item, showHistory));
            }
        }
        content.getStyleClass().add("evidence-content");
        content.getStylesheets().add(STYLESHEET);
        content.setPrefWidth(440);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(460);
        scroll.setPrefViewportHeight(Math.min(460, 120 + 110.0 * cell.citations().size()));
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        popOver.setContentNode(scroll);
        popOver.show(owner);
    }

    private Button historyButton(Evidence figure, Consumer<Evidence> showHistory) {
        Button history = new Button(Messages.get("history.action"), new FontIcon(Material2MZ.RESTORE));
        history.setId("metricHistory-" + figure.metricId());
        history.getStyleClass().add(Styles.SMALL);
        history.setTooltip(new Tooltip(Messages.get("countries.history.tooltip")));
        history.setOnAction(event -> {
            popOver.hide();
            showHistory.accept(figure);
        });
        return history;
    }
}
