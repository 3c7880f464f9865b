package org.cgtatlas.ui.form;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The one form dialog of the app: labelled field rows, ControlsFX validation (marked fields, their reasons listed
 * under the fields, Save disabled while any is wrong), Save and Cancel. Save runs the caller's {@link SaveAction},
 * which closes the dialog on success or keeps it open with the reason shown.
 *
 * <p>Validation messages never move a field under the user's pointer: the message area sits below the scrolling
 * fields, outside them, and takes no room while there is nothing to say. Messages take their room from the bottom of
 * the fields' view, never by pushing a field, and the fields' scroll bar keeps its place, so a scroll bar appearing
 * never narrows the fields. Every message stays in sight, whole.
 */
public final class FormDialog {

    private static final double FIELD_MIN_WIDTH = 360;

    /** What Save does: call {@code close} once saved, or {@code fail} with the reason; the dialog stays open until then. */
    @FunctionalInterface
    public interface SaveAction {
        void save(Runnable close, Consumer<String> fail);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label messages = new Label() {
        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    };
    private final ValidationSupport validation = new ValidationSupport();
    private final ButtonType saveType = new ButtonType(Messages.get("form.save"), ButtonBar.ButtonData.OK_DONE);
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final List<Runnable> validators = new ArrayList<>();
    private final List<Control> rowControls = new ArrayList<>();
    private final ColumnConstraints fields;
    private Supplier<Optional<String>> confirmation = Optional::empty;

    /** A form titled {@code title}; {@code id} names its dialog pane (for styles and tests). */
    public FormDialog(Window owner, String title, String id) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().getStylesheets().add(FormDialog.class.getResource("/org/cgtatlas/ui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        grid.setHgap(10);
        grid.setVgap(8);
        // As wide as its longest label even when the dialog is made narrow, so no label is cut to "Stat…".
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        fields = new ColumnConstraints(FIELD_MIN_WIDTH, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        messages.setId("formErrors");
        messages.setWrapText(true);
        messages.getStyleClass().add("form-errors");
        messages.managedProperty().bind(messages.textProperty().isNotEmpty());
        messages.visibleProperty().bind(messages.managedProperty());
        ScrollPane fieldsView = scrolling(grid);
        VBox.setVgrow(fieldsView, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(10, fieldsView, messages));
        validation.validationResultProperty().addListener((observable, before, result) -> showProblem(
                result.getErrors().stream().sorted(Comparator.comparingInt(this::rowOf)).map(ValidationMessage::getText)
                        .distinct().collect(Collectors.joining("\n"))));
        // ControlsFX wraps the scene root to draw its marks; done before show(), the dialog's own set-up fails.
        dialog.setOnShown(event -> validators.forEach(Runnable::run));
        saveButton().setId("formSave");
        saveButton().disableProperty().bind(validation.invalidProperty().or(saving));
    }

    /** Adds a row: the label and the control, which grows with the dialog. */
    public <T extends Control> T field(String label, T control, String id) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        row(label, control, control);
        return control;
    }

    /** Adds a row whose content is more than one control; {@code labelled} is the one the label names. */
    public void row(String label, Node content, Control labelled) {
        Label name = new Label(label);
        name.setLabelFor(labelled);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(rowControls.size(), name, content);
        rowControls.add(labelled);
    }

    /** How wide the fields are at first (420 unless told), for a form with long texts to edit. */
    public void setFieldWidth(double width) {
        fields.setPrefWidth(width);
    }

    /** What the Save button says, when the form does more than save (e.g. "Update"). */
    public void setSaveText(String text) {
        saveButton().setText(text);
    }

    public ValidationSupport validation() {
        return validation;
    }

    /** Registers validators (on {@link #validation()}) once the dialog shows. */
    public void validateWhenShown(Runnable registration) {
        validators.add(registration);
    }

    /** Shows under {@code control} the problem {@code problemNow} finds in the form as it stands, if any. */
    public void showProblem(Control control, Supplier<String> problemNow) {
        validation.registerValidator(control, false, (Control target, Object value) -> {
            String problem = problemNow.get();
            return ValidationResult.fromErrorIf(target, problem, problem != null);
        });
    }

    /**
     * A question to ask before saving values that are allowed but unusual (a date years ahead); Save goes ahead only
     * when the user confirms it.
     */
    public void confirmBeforeSave(Supplier<Optional<String>> question) {
        confirmation = question;
    }

    /** What Save does; until {@code close} or {@code fail} runs, Save stays disabled and "Saving…" shows. */
    public void onSave(SaveAction action) {
        saveButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            confirmation.get().ifPresentOrElse(question -> confirmThen(question, () -> save(action)), () -> save(action));
        });
    }

    private void confirmThen(String question, Runnable save) {
        ButtonType confirm = new ButtonType(Messages.get("form.confirmSave"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, ButtonType.CANCEL);
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.setTitle(Messages.get("form.confirmTitle"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("formConfirm");
        alert.setOnHidden(hidden -> {
            if (alert.getResult() == confirm) {
                save.run();
            }
        });
        alert.show();
    }

    private void save(SaveAction action) {
        saving.set(true);
        showNote(Messages.get("form.saving"));
        action.save(() -> {
            saving.set(false);
            showNote("");
            dialog.setResult(saveType);
            dialog.close();
        }, reason -> {
            saving.set(false);
            showProblem(reason);
        });
    }

    public void show() {
        dialog.show();
        keepWithinOwner();
    }

    /** Shows the form and puts the cursor in {@code first}. */
    public void show(Control first) {
        dialog.show();
        keepWithinOwner();
        first.requestFocus();
    }

    /**
     * A long form scrolls inside a dialog no taller than the window it belongs to (a laptop screen). The vertical bar
     * is always there, so its appearing when messages take room never makes the fields narrower.
     */
    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.viewportBoundsProperty().addListener((observable, before, now) -> keepOffset(scroll, before, now));
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    /** When messages take room from a scrolled view, the same part of the form stays at the top of it. */
    private static void keepOffset(ScrollPane scroll, Bounds before, Bounds now) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double offset = scroll.getVvalue() * Math.max(0, content - before.getHeight());
        double range = content - now.getHeight();
        if (range > 0 && before.getHeight() != now.getHeight()) {
            scroll.setVvalue(Math.min(1, offset / range));
        }
    }

    private void keepWithinOwner() {
        Window owner = dialog.getOwner();
        if (owner == null) {
            return;
        }
        boolean tooBig = dialog.getHeight() > owner.getHeight() || dialog.getWidth() > owner.getWidth();
        boolean outside = dialog.getY() < owner.getY() || dialog.getX() < owner.getX();
        if (!tooBig && !outside) {
            return;
        }
        dialog.setWidth(Math.min(dialog.getWidth(), owner.getWidth()));
        dialog.setHeight(Math.min(dialog.getHeight(), owner.getHeight()));
        dialog.setX(Math.max(owner.getX(), Math.min(dialog.getX(), owner.getX() + owner.getWidth() - dialog.getWidth())));
        dialog.setY(Math.max(owner.getY(), Math.min(dialog.getY(), owner.getY() + owner.getHeight() - dialog.getHeight())));
    }

    /** Problems are listed in the order of the fields they belong to. */
    private int rowOf(ValidationMessage message) {
        int row = rowControls.indexOf(message.getTarget());
        return row < 0 ? Integer.MAX_VALUE : row;
    }

    private void showNote(String text) {
        messages.getStyleClass().remove(Styles.DANGER);
        messages.setText(text);
    }

    private void showProblem(String text) {
        if (!messages.getStyleClass().contains(Styles.DANGER)) {
            messages.getStyleClass().add(Styles.DANGER);
        }
        messages.setText(text);
    }

    private Button saveButton() {
        return (Button) dialog.getDialogPane().lookupButton(saveType);
    }
}
