package org.cgtatlas.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;

/** Shows a failure as a readable sentence, with the technical detail folded away underneath. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Window owner, String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(header);
        alert.setContentText(ErrorWording.forUser(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }
}
