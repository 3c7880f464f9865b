package org.cgtatlas.feature.trials;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.form.FormDialog;

/**
 * The refresh dialog: the API's address, the saved query (editable, with the default one a click away), whether to
 * ask for all studies, and when the last refresh was and how current its registry data. "Update" saves both and
 * starts the refresh, whose progress the status bar shows.
 */
public final class TrialRefreshDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private TrialRefreshDialog() {
    }

    public static void show(Window owner, TrialRefreshController controller, TrialRefreshController.Settings settings) {
        FormDialog form = new FormDialog(owner, Messages.get("trials.refresh.dialog.title"), "refreshDialog");
        form.setSaveText(Messages.get("trials.refresh.dialog.update"));
        form.setFieldWidth(760);
        TextField url = form.field(Messages.get("trials.refresh.dialog.url"), new TextField(settings.apiUrl()), "refreshApiUrl");
        TextArea query = new TextArea(settings.query());
        query.setId("refreshQuery");
        query.setWrapText(true);
        query.setPrefRowCount(9);
        query.setPrefColumnCount(60);
        query.setStyle("-fx-font-family: monospace;");
        Button reset = new Button(Messages.get("trials.refresh.dialog.defaultQuery"));
        reset.setOnAction(event -> query.setText(controller.defaultQuery()));
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Label syntax = new Label(Messages.get("trials.refresh.dialog.queryHint"));
        syntax.setWrapText(true);
        syntax.getStyleClass().add("text-muted");
        form.row(Messages.get("trials.refresh.dialog.query"), new VBox(6, query, new HBox(10, reset, syntax)), query);
        CheckBox full = form.field(Messages.get("trials.refresh.dialog.full"), new CheckBox(
                Messages.get("trials.refresh.dialog.fullText")), "refreshFull");
        full.setWrapText(true);
        Label last = new Label(settings.lastRefresh()
                .map(refresh -> Messages.get("trials.refresh.dialog.last", WHEN.format(refresh.refreshedAt()),
                        refresh.dataTimestamp(), refresh.studiesReturned()))
                .orElse(Messages.get("trials.refresh.dialog.never")));
        last.setWrapText(true);
        form.row(Messages.get("trials.refresh.dialog.lastLabel"), last, full);
        form.onSave((close, fail) -> controller.saveAndRefresh(url.getText(), query.getText(), full.isSelected())
                .ifPresentOrElse(fail, close));
        form.show(url);
    }
}
