package org.cgtatlas.ui.organization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.TextLimit;
import org.cgtatlas.ui.form.FormLimits;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.ui.form.Choices;
import org.cgtatlas.ui.form.FormDialog;
import org.controlsfx.validation.Validator;

/**
 * The form to add or change an organization. The country may stay "(not stated)": the sources do not give every
 * organization's country (a society such as ISCT), and the form must not make one up. Shared by the screens that
 * let the analyst add an organization (the Pipeline's toolbar, the Timeline's event form).
 */
public final class OrganizationDialog {

    private final FormDialog form;
    private final TextField name = new TextField();
    private final TextField localName = new TextField();
    private final TextField aliases = new TextField();
    private final ComboBox<Country> country;
    private final ComboBox<OrganizationType> type;
    private final TextArea description = new TextArea();

    /** What saving the form does: store the draft, then call {@code close}, or {@code fail} with the reason. */
    @FunctionalInterface
    public interface Save {
        void save(OrganizationDraft draft, Organization existing, Runnable close, Consumer<String> fail);
    }

    private OrganizationDialog(Window owner, List<Country> countries, Save save, Organization existing) {
        form = new FormDialog(owner, Messages.get(existing == null ? "organization.form.add" : "organization.form.edit"),
                "organizationForm");
        country = Choices.comboBox(countries, Messages.get("organization.form.notStated"), Country::name);
        type = Choices.comboBox(List.of(OrganizationType.values()), null, OrganizationType::label);
        description.setPrefRowCount(3);
        description.setWrapText(true);
        form.field(Messages.get("organization.form.name"), name, "formName");
        form.field(Messages.get("organization.form.localName"), localName, "formLocalName");
        form.field(Messages.get("organization.form.aliases"), aliases, "formAliases");
        form.field(Messages.get("organization.form.country"), country, "formCountry");
        form.field(Messages.get("organization.form.type"), type, "formType");
        form.field(Messages.get("organization.form.description"), description, "formDescription");
        if (existing != null) {
            name.setText(existing.name());
            localName.setText(existing.localName());
            aliases.setText(String.join(", ", existing.aliases()));
            country.setValue(countries.stream().filter(candidate -> candidate.code().equals(existing.countryCode()))
                    .findFirst().orElse(null));
            type.setValue(existing.type());
            description.setText(existing.description());
        } else {
            type.setValue(OrganizationType.COMPANY);
        }
        form.validateWhenShown(() -> {
            form.validation().registerValidator(name, Validator.combine(
                    Validator.createEmptyValidator(Messages.get("pipeline.validation.name")),
                    FormLimits.validator(Messages.get("organization.form.name"), TextLimit.ORGANIZATION_NAME)));
            form.validation().registerValidator(localName, FormLimits.validator(Messages.get("organization.form.localName"),
                    TextLimit.ORGANIZATION_LOCAL_NAME));
            Validator<String> alias = FormLimits.validator(Messages.get("organization.form.aliases"), TextLimit.ORGANIZATION_ALIAS);
            form.validation().registerValidator(aliases, (Control control, String text) -> alias.apply(control,
                    Arrays.stream(Objects.requireNonNullElse(text, "").split(","))
                            .max(Comparator.comparingInt(String::length)).orElse("")));
            form.validation().registerValidator(description, FormLimits.validator(Messages.get("organization.form.description"),
                    TextLimit.ORGANIZATION_DESCRIPTION));
            form.validation().registerValidator(type, Validator.createEmptyValidator(Messages.get("pipeline.validation.type")));
        });
        form.onSave((close, fail) -> save.save(draft(), existing, close, fail));
    }

    /** Opens the form for a new organization ({@code existing} null) or to change {@code existing}. */
    public static void show(Window owner, List<Country> countries, Save save, Organization existing) {
        OrganizationDialog dialog = new OrganizationDialog(owner, countries, save, existing);
        dialog.form.show(dialog.name);
    }

    private OrganizationDraft draft() {
        return new OrganizationDraft(name.getText(), localName.getText(), Arrays.asList(aliases.getText().split(",")),
                country.getValue() == null ? null : country.getValue().code(), type.getValue(), description.getText());
    }
}
