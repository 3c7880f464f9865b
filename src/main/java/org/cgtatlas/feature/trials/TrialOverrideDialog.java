package org.cgtatlas.feature.trials;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.TrialOverrides;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.ui.form.FormDialog;
import org.controlsfx.validation.Validator;

/** "Set modality…": the analyst's modality for a trial (or not CGT) and a note saying why. */
final class TrialOverrideDialog {

    private TrialOverrideDialog() {
    }

    static void show(Window owner, ClassifiedTrial trial, ClassificationEditsController controller) {
        String id = trial.trial().nctId();
        FormDialog form = new FormDialog(owner, Messages.get("trials.override.title", id), "trialOverrideDialog");
        ComboBox<String> modality = form.field(Messages.get("trials.override.modality"), new ComboBox<>(), "overrideModality");
        modality.getItems().setAll(choices());
        modality.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return choice == null ? "" : label(choice);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        modality.getSelectionModel().select(trial.classification().isCgt() ? TrialOverrides.NOT_CGT : Modality.MSC.name());
        TextArea note = form.field(Messages.get("trials.override.note"), new TextArea(), "overrideNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(Messages.get("trials.override.note.prompt"));
        form.validateWhenShown(() -> form.validation().registerValidator(note,
                Validator.createEmptyValidator(Messages.get("trials.override.note.required"))));
        form.onSave((close, fail) -> controller.set(id, modality.getValue(), note.getText(), close, fail));
        form.show(modality);
    }

    private static List<String> choices() {
        List<String> choices = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            choices.add(modality.name());
        }
        choices.add(TrialOverrides.NOT_CGT);
        return choices;
    }

    private static String label(String choice) {
        return choice.equals(TrialOverrides.NOT_CGT) ? Messages.get("trials.override.notCgt") : Modality.valueOf(choice).label();
    }
}
