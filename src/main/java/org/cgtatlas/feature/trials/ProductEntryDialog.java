package org.cgtatlas.feature.trials;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.ui.form.FormDialog;
import org.controlsfx.validation.Validator;

/** "Add a product…": a product the classifier should know by name, with its modality and a public reference. */
final class ProductEntryDialog {

    private ProductEntryDialog() {
    }

    /** {@code suggestedName} pre-fills the name (e.g. the selected trial's first intervention). */
    static void show(Window owner, String suggestedName, ClassificationEditsController controller) {
        FormDialog form = new FormDialog(owner, Messages.get("trials.product.title"), "productEntryDialog");
        TextField name = form.field(Messages.get("trials.product.name"), new TextField(suggestedName), "productName");
        TextField aliases = form.field(Messages.get("trials.product.aliases"), new TextField(), "productAliases");
        aliases.setPromptText(Messages.get("trials.product.aliases.prompt"));
        ComboBox<Modality> modality = form.field(Messages.get("trials.product.modality"), new ComboBox<>(), "productModality");
        modality.getItems().setAll(List.of(Modality.values()));
        modality.setConverter(new StringConverter<>() {
            @Override
            public String toString(Modality value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Modality fromString(String text) {
                return Modality.parse(text).orElse(null);
            }
        });
        TextField developer = form.field(Messages.get("trials.product.developer"), new TextField(), "productDeveloper");
        TextField country = form.field(Messages.get("trials.product.country"), new TextField(), "productCountry");
        country.setPromptText("KR");
        TextField reference = form.field(Messages.get("trials.product.reference"), new TextField(), "productReference");
        reference.setPromptText(Messages.get("trials.product.reference.prompt"));
        form.validateWhenShown(() -> {
            form.validation().registerValidator(name, Validator.createEmptyValidator(Messages.get("trials.product.required.name")));
            form.validation().registerValidator(modality, Validator.createEmptyValidator(Messages.get("trials.product.required.modality")));
            form.validation().registerValidator(developer,
                    Validator.createEmptyValidator(Messages.get("trials.product.required.developer")));
            form.validation().registerValidator(country, Validator.createRegexValidator(
                    Messages.get("trials.product.required.country"), "\\s*[A-Za-z]{2}\\s*", org.controlsfx.validation.Severity.ERROR));
            form.validation().registerValidator(reference,
                    Validator.createEmptyValidator(Messages.get("trials.product.required.reference")));
        });
        form.onSave((close, fail) -> controller.addProduct(new ClassificationEditsController.ProductDraft(name.getText(),
                aliases.getText().isBlank() ? name.getText() : aliases.getText(),
                modality.getValue() == null ? "" : modality.getValue().name(), developer.getText(), country.getText(),
                reference.getText()), close, fail));
        form.show(name);
    }
}
