package org.cgtatlas.feature.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cgtatlas.core.AppInfo;
import org.cgtatlas.core.ThirdPartyNotices;
import org.cgtatlas.core.i18n.Messages;

/** Help ▸ About: version, where the data lives, and the licences. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, AppInfo info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header", info.version()));
        alert.setContentText(Messages.get("about.body", info.dataFolder(), info.databaseFile(), info.schemaVersion(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
        TextArea licences = new TextArea(ThirdPartyNotices.text());
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefRowCount(14);
        licences.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setExpandableContent(licences);
        alert.getDialogPane().setExpanded(true);
        alert.getDialogPane().setPrefWidth(640);
        alert.showAndWait();
    }
}
