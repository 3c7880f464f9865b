package org.cgtatlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;

/**
 * Shows a failure as a readable sentence; what only a technician needs (the exceptions' kinds and library texts, where
 * the log is) waits folded under "Technical details". The stack trace is in the log, never in the dialog.
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Window owner, String header, Throwable error) {
        build(owner, header, error).showAndWait();
    }

    static Alert build(Window owner, String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(header);
        Label message = new Label(ErrorWording.forUser(error));
        message.setId("errorMessage");
        message.setWrapText(true);
        message.setMaxWidth(520);
        TextArea details = new TextArea(ErrorWording.technicalDetails(error));
        details.setId("errorTechnicalDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        TitledPane technical = new TitledPane(Messages.get("error.technicalDetails"), details);
        technical.setId("errorTechnicalPane");
        technical.setExpanded(false);
        technical.setAnimated(false);
        alert.getDialogPane().setContent(new VBox(12, message, technical));
        return alert;
    }
}
