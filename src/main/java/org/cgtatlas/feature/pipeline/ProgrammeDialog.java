package org.cgtatlas.feature.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.TextLimit;
import org.cgtatlas.ui.form.FormLimits;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.ui.form.AnalystSourcesField;
import org.cgtatlas.ui.form.Choices;
import org.cgtatlas.ui.form.FormDialog;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

/** The form to add a programme or change one: the known values as choices, required fields and duplicates checked. */
final class ProgrammeDialog {

    private final PipelineController controller;
    private final Programme existing;
    private final FormDialog form;
    private final TextField name = new TextField();
    private final SearchableComboBox<Organization> organization = new SearchableComboBox<>();
    private final ComboBox<Country> country;
    private final ComboBox<Modality> modality;
    private final TextField target = new TextField();
    private final TextField indication = new TextField();
    private final ComboBox<DevelopmentStage> stage;
    private final TextField status = new TextField();
    private final CheckComboBox<Organization> partners = new CheckComboBox<>();
    private final TextArea description = new TextArea();
    private final AnalystSourcesField sources;

    private ProgrammeDialog(Window owner, PipelineModel model, PipelineController controller, Programme existing,
                            Organization preselected) {
        this.controller = controller;
        this.existing = existing;
        this.form = new FormDialog(owner, Messages.get(existing == null ? "pipeline.form.programme.add" : "pipeline.form.programme.edit"),
                "pipelineForm");
        String notStated = Messages.get("pipeline.form.notStated");
        country = Choices.comboBox(model.countries(), null, Country::name);
        modality = Choices.comboBox(List.of(Modality.values()), notStated, Modality::label);
        stage = Choices.comboBox(List.of(DevelopmentStage.values()), notStated, DevelopmentStage::label);
        StringConverter<Organization> byName = new StringConverter<>() {
            @Override
            public String toString(Organization value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Organization fromString(String text) {
                return model.organizations().stream().filter(candidate -> candidate.name().equals(text)).findFirst().orElse(null);
            }
        };
        organization.setItems(model.organizations());
        organization.setConverter(byName);
        partners.getItems().setAll(model.organizations());
        partners.setConverter(byName);
        description.setPrefRowCount(3);
        description.setWrapText(true);

        form.field(Messages.get("pipeline.form.name"), name, "formName");
        form.field(Messages.get("pipeline.form.organization"), organization, "formOrganization");
        form.field(Messages.get("pipeline.form.country"), country, "formCountry");
        form.field(Messages.get("pipeline.form.modality"), modality, "formModality");
        form.field(Messages.get("pipeline.form.target"), target, "formTarget");
        form.field(Messages.get("pipeline.form.indication"), indication, "formIndication");
        form.field(Messages.get("pipeline.form.stage"), stage, "formStage");
        form.field(Messages.get("pipeline.form.status"), status, "formStatus");
        form.field(Messages.get("pipeline.form.partners"), partners, "formPartners");
        form.field(Messages.get("pipeline.form.description"), description, "formDescription");
        sources = new AnalystSourcesField(existing == null ? List.of() : existing.analystSources(), LocalDate::now);
        sources.addTo(form, Messages.get("source.form.label"));

        fill(model, preselected);
        organization.valueProperty().addListener((observable, before, chosen) -> {
            if (chosen != null && country.getValue() == null) {
                country.setValue(countryOf(model, chosen.countryCode()));
            }
            form.validation().revalidate(name);
        });
        form.validateWhenShown(() -> {
            form.validation().registerValidator(name, Validator.combine(
                    Validator.createEmptyValidator(Messages.get("pipeline.validation.name")),
                    (Control control, String value) -> ValidationResult.fromErrorIf(control,
                            PipelineEdits.duplicateMessage(idOf(organization.getValue()), Objects.requireNonNullElse(value, ""),
                                    model.organizations()),
                            controller.isDuplicate(draft(), existing)),
                    FormLimits.validator(Messages.get("pipeline.form.name"), TextLimit.PROGRAMME_NAME)));
            form.validation().registerValidator(target, FormLimits.validator(Messages.get("pipeline.form.target"),
                    TextLimit.PROGRAMME_TARGET));
            form.validation().registerValidator(indication, FormLimits.validator(Messages.get("pipeline.form.indication"),
                    TextLimit.PROGRAMME_INDICATION));
            form.validation().registerValidator(status, FormLimits.validator(Messages.get("pipeline.form.status"),
                    TextLimit.PROGRAMME_STATUS));
            form.validation().registerValidator(description, FormLimits.validator(Messages.get("pipeline.form.description"),
                    TextLimit.PROGRAMME_DESCRIPTION));
            form.validation().registerValidator(organization,
                    Validator.createEmptyValidator(Messages.get("pipeline.validation.organization")));
            form.validation().registerValidator(country, Validator.createEmptyValidator(Messages.get("pipeline.validation.country")));
        });
        form.onSave((close, fail) -> controller.saveProgramme(draft(), sources.sources(), existing, close, fail));
    }

    /** Opens the form for a new programme ({@code existing} null, optionally for a given organization) or an edit. */
    static void show(Window owner, PipelineModel model, PipelineController controller, Programme existing,
                     Organization preselected) {
        new ProgrammeDialog(owner, model, controller, existing, preselected).form.show();
    }

    private void fill(PipelineModel model, Organization preselected) {
        if (existing == null) {
            if (preselected != null) {
                organization.setValue(preselected);
                country.setValue(countryOf(model, preselected.countryCode()));
            }
            return;
        }
        name.setText(existing.name());
        organization.setValue(model.organizations().stream()
                .filter(candidate -> candidate.id().equals(existing.organizationId())).findFirst().orElse(null));
        country.setValue(countryOf(model, existing.countryCode()));
        modality.setValue(existing.modality());
        target.setText(existing.target());
        indication.setText(existing.indication());
        stage.setValue(existing.stage());
        status.setText(existing.statusText());
        for (Organization partner : model.organizations()) {
            if (existing.partnerIds().contains(partner.id())) {
                partners.getCheckModel().check(partner);
            }
        }
        description.setText(existing.description());
    }

    private ProgrammeDraft draft() {
        return new ProgrammeDraft(name.getText(), idOf(organization.getValue()),
                country.getValue() == null ? null : country.getValue().code(), modality.getValue(), target.getText(),
                indication.getText(), stage.getValue(), status.getText(),
                partners.getCheckModel().getCheckedItems().stream().map(Organization::id).toList(), description.getText());
    }

    private static String idOf(Organization organization) {
        return organization == null ? null : organization.id();
    }

    private static Country countryOf(PipelineModel model, String code) {
        return code == null ? null
                : model.countries().stream().filter(candidate -> candidate.code().equals(code)).findFirst().orElse(null);
    }
}
