package org.cgtatlas.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.ui.text.SymbolAwareText;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How an analyst's own source is shown beside the bundled citations (its passage, what it is, "Show source"), and
 * the "no source given" mark of a record saved without any source.
 */
public final class AnalystSourceViews {

    private AnalystSourceViews() {
    }

    /** The source as a detail pane lists it; "Show source" hands it to {@code show}. */
    public static Node card(AnalystSource source, Consumer<AnalystSource> show) {
        VBox text = new VBox(2);
        if (source.passage() != null && !source.passage().isBlank()) {
            SymbolAwareText quote = new SymbolAwareText("“" + source.passage().strip() + "”", "detail-quote");
            text.getChildren().add(quote);
        }
        Label what = wrapped(Messages.get("source.analyst", source.citationText()));
        what.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "analyst-source-text");
        text.getChildren().add(what);
        Button open = new Button(Messages.get("source.show"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.getStyleClass().addAll(Styles.SMALL, "show-analyst-source");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.setTooltip(new Tooltip(source.opensInBrowser() ? source.url() : Messages.get("source.show.passage")));
        open.setOnAction(event -> show.accept(source));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text, open);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("analyst-source");
        return box;
    }

    /** "No source given", as a detail pane says it under a record that has none. */
    public static Label noSource() {
        Label label = new Label(Messages.get("source.none.detail"), new FontIcon(Material2AL.LINK_OFF));
        label.setWrapText(true);
        label.setId("noSourceGiven");
        label.getStyleClass().add("no-source");
        return label;
    }

    /** The small mark in a table row or a timeline item of a record saved without any source. */
    public static Label mark() {
        Label mark = new Label("", new FontIcon(Material2AL.LINK_OFF));
        mark.getStyleClass().addAll("no-source", "no-source-mark");
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(Messages.get("source.none"));
        mark.setTooltip(new Tooltip(Messages.get("source.none")));
        return mark;
    }

    /** A document's details and the passage the analyst quoted from it, for a source with no web address. */
    public static void showPassage(Window owner, AnalystSource source) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("source.passage.title"));
        alert.setHeaderText(source.label());
        Label what = wrapped(source.citationText());
        TextArea passage = new TextArea(source.passage() == null || source.passage().isBlank()
                ? Messages.get("source.passage.none") : source.passage());
        passage.setId("analystSourcePassage");
        passage.setEditable(false);
        passage.setWrapText(true);
        passage.setPrefRowCount(8);
        alert.getDialogPane().setContent(new VBox(8, what, passage));
        alert.getDialogPane().setId("analystSourceDialog");
        alert.show();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
