package org.cgtatlas.feature.pipeline;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;

/**
 * A form in a dialog: labelled fields, ControlsFX validation (marked fields, the reasons listed above them, Save
 * disabled while any is wrong), and a Save that runs in the background and keeps the dialog open, with the reason
 * shown, when it fails.
 */
final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label errors = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final ButtonType saveType = new ButtonType(Messages.get("pipeline.form.save"), ButtonBar.ButtonData.OK_DONE);
    private final List<Runnable> validators = new ArrayList<>();
    private int rows;

    FormDialog(Window owner, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("pipelineForm");
        dialog.getDialogPane().getStyleClass().add("pipeline-form");
        dialog.getDialogPane().getStylesheets().add(FormDialog.class.getResource("/org/cgtatlas/ui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(360, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        errors.setId("formErrors");
        errors.setWrapText(true);
        errors.getStyleClass().addAll(Styles.DANGER, "form-errors");
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        dialog.getDialogPane().setContent(new VBox(10, errors, grid));
        validation.validationResultProperty().addListener((observable, before, result) -> showProblem(
                result.getErrors().stream().map(ValidationMessage::getText).distinct().collect(Collectors.joining("\n"))));
        // ControlsFX wraps the scene root to draw its marks; done before show(), the dialog's own set-up fails.
        dialog.setOnShown(event -> validators.forEach(Runnable::run));
        saveButton().setId("formSave");
        saveButton().disableProperty().bind(validation.invalidProperty());
    }

    <T extends Control> T field(String label, T control, String id) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        Label name = new Label(label);
        name.setLabelFor(control);
        name.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(rows++, name, control);
        return control;
    }

    ValidationSupport validation() {
        return validation;
    }

    /** Registers validators (on {@link #validation()}) once the dialog shows. */
    void validateWhenShown(Runnable registration) {
        validators.add(registration);
    }

    /**
     * What Save does: {@code save} gets a "close the dialog" action for success and a "show this reason" action for
     * failure; until one of them runs the dialog stays open.
     */
    void onSave(BiConsumer<Runnable, Consumer<String>> save) {
        saveButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            errors.getStyleClass().remove(Styles.DANGER);
            errors.setText(Messages.get("pipeline.form.saving"));
            save.accept(() -> {
                dialog.setResult(saveType);
                dialog.close();
            }, this::showProblem);
        });
    }

    private void showProblem(String text) {
        if (!errors.getStyleClass().contains(Styles.DANGER)) {
            errors.getStyleClass().add(Styles.DANGER);
        }
        errors.setText(text);
    }

    void show() {
        dialog.show();
    }

    private Button saveButton() {
        return (Button) dialog.getDialogPane().lookupButton(saveType);
    }
}
