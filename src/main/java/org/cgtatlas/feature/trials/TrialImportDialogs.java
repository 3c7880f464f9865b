package org.cgtatlas.feature.trials;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ingest.ImportOutcome;

/** The windows around an import: choosing the file, and the summary afterwards. */
public final class TrialImportDialogs {

    private static final int MIN_COLUMNS = 60;
    private static final int MAX_COLUMNS = 100;
    /** Room around the text: the dialog's padding and border. */
    private static final double OWNER_MARGIN = 60;

    private TrialImportDialogs() {
    }

    public static Optional<Path> chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("trials.import.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("trials.import.chooser.exports"), "*.csv", "*.json", "*.xml"),
                new FileChooser.ExtensionFilter(Messages.get("trials.import.chooser.all"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Shows the summary without blocking: studies read, added, updated, skipped with reasons, counts per country. The
     * text keeps its columns where the window has room and wraps its long lines where it has not; the dialog is
     * resizable and never larger than the main window.
     */
    public static void showSummary(Window owner, ImportOutcome outcome) {
        showSummary(owner, Messages.get("trials.import.summary.title"), outcome.summaryLines());
    }

    /** The same summary after a refresh from a registry's API, or anything else stored like an import. */
    public static void showSummary(Window owner, String title, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(lines.get(0));
        alert.setResizable(true);
        TextArea text = new TextArea(String.join(System.lineSeparator(), lines));
        text.setId("importSummary");
        text.setEditable(false);
        text.setWrapText(true);
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        text.setPrefColumnCount(Math.max(MIN_COLUMNS, Math.min(longest + 2, MAX_COLUMNS)));
        text.setPrefRowCount(18);
        text.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setContent(text);
        if (owner != null && owner.getWidth() > 0) {
            alert.getDialogPane().setMaxSize(owner.getWidth(), owner.getHeight());
            text.setMaxWidth(owner.getWidth() - OWNER_MARGIN);
        }
        alert.show();
    }

    public static void showCancelled(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("trials.import.summary.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}
