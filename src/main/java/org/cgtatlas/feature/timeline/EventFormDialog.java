package org.cgtatlas.feature.timeline;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.landscape.SearchText;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Adds or edits an event. Fields are checked as they are typed (ControlsFX decorations); Save checks them all,
 * and a save that fails keeps the form open with the reason shown.
 */
final class EventFormDialog {

    static {
        ValueExtractor.addObservableValueExtractor(control -> control instanceof PartyList,
                control -> ((PartyList) control).chosenCount);
    }

    private final TimelineModel model;
    private final TimelineController controller;
    private final CollaborationEvent original;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final ComboBox<EventType> type = new ComboBox<>(FXCollections.observableArrayList(EventType.values()));
    private final TextField date = new TextField();
    private final TextField endDate = new TextField();
    private final TextField partySearch = new TextField();
    private final PartyList parties = new PartyList();
    private final Map<Organization, BooleanProperty> chosen = new LinkedHashMap<>();
    private final IntegerProperty chosenCount = parties.chosenCount;
    private final CheckComboBox<Country> countries = new CheckComboBox<>();
    private final TextField dealValue = new TextField();
    private final TextField currency = new TextField();
    private final TextField place = new TextField();
    private final TextArea description = new TextArea();
    private final Label error = new Label();
    private final ValidationSupport validation = new ValidationSupport();

    EventFormDialog(Window owner, TimelineModel model, TimelineController controller, CollaborationEvent original) {
        this.model = model;
        this.controller = controller;
        this.original = original;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(original == null ? "timeline.form.addTitle" : "timeline.form.editTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("timeline-event-form");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, this::saveClicked);
        fill(original == null ? null : EventDraft.of(original));
        registerValidators();
    }

    void show() {
        dialog.show();
        title.requestFocus();
    }

    private Node form() {
        title.setId("timeline-form-title");
        type.setId("timeline-form-type");
        date.setId("timeline-form-date");
        endDate.setId("timeline-form-end-date");
        partySearch.setId("timeline-form-party-search");
        parties.setId("timeline-form-parties");
        dealValue.setId("timeline-form-deal-value");
        currency.setId("timeline-form-currency");
        title.setPrefColumnCount(40);
        date.setPromptText(Messages.get("timeline.form.datePrompt"));
        endDate.setPromptText(Messages.get("timeline.form.endDatePrompt"));
        partySearch.setPromptText(Messages.get("timeline.form.partySearch"));
        for (Organization organization : model.organizations()) {
            BooleanProperty checked = new SimpleBooleanProperty();
            checked.addListener(observable -> chosenCount.set((int) chosen.values().stream().filter(BooleanProperty::get).count()));
            chosen.put(organization, checked);
        }
        FilteredList<Organization> shownParties = new FilteredList<>(FXCollections.observableArrayList(chosen.keySet()));
        partySearch.textProperty().addListener((observable, before, text) -> {
            String needle = SearchText.fold(text).strip();
            shownParties.setPredicate(organization -> needle.isEmpty()
                    || SearchText.fold(organization.name() + " " + organization.localName()).contains(needle));
        });
        parties.setItems(shownParties);
        parties.setPrefHeight(170);
        parties.setCellFactory(CheckBoxListCell.forListView(chosen::get, new StringConverter<>() {
            @Override
            public String toString(Organization organization) {
                return organization.name() + (organization.countryCode() == null ? "" : " (" + organization.countryCode() + ")");
            }

            @Override
            public Organization fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        Label partiesChosen = new Label();
        partiesChosen.textProperty().bind(chosenCount.asString(Messages.get("timeline.form.partiesChosen")));
        partiesChosen.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        countries.getItems().setAll(model.countries());
        countries.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country country) {
                return country == null ? "" : country.code() + " — " + country.name();
            }

            @Override
            public Country fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        currency.setPromptText("USD");
        currency.setPrefColumnCount(5);
        description.setWrapText(true);
        description.setPrefRowCount(4);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("timeline-form-error");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, caption("timeline.form.title"), title);
        grid.addRow(row++, caption("timeline.form.type"), type);
        grid.addRow(row++, caption("timeline.form.date"), date);
        grid.addRow(row++, caption("timeline.form.endDate"), endDate);
        grid.addRow(row++, caption("timeline.form.parties"), new VBox(4, partySearch, parties, partiesChosen));
        grid.addRow(row++, caption("timeline.form.countries"), countries);
        grid.addRow(row++, caption("timeline.form.dealValue"), dealValue);
        grid.addRow(row++, caption("timeline.form.currency"), currency);
        grid.addRow(row++, caption("timeline.form.place"), place);
        grid.addRow(row++, caption("timeline.form.description"), description);
        grid.add(error, 0, row, 2, 1);
        return grid;
    }

    private static Label caption(String key) {
        return new Label(Messages.get(key));
    }

    private void fill(EventDraft draft) {
        if (draft == null) {
            return;
        }
        title.setText(draft.title());
        type.setValue(draft.type());
        date.setText(draft.date());
        endDate.setText(draft.endDate());
        Set<String> ids = Set.copyOf(draft.organizationIds());
        chosen.forEach((organization, checked) -> checked.set(ids.contains(organization.id())));
        for (Country country : countries.getItems()) {
            if (draft.countryCodes().contains(country.code())) {
                countries.getCheckModel().check(country);
            }
        }
        dealValue.setText(draft.dealValue());
        currency.setText(draft.currency());
        place.setText(draft.place());
        description.setText(draft.description());
    }

    private EventDraft draft() {
        List<String> organizationIds = chosen.entrySet().stream().filter(entry -> entry.getValue().get())
                .map(entry -> entry.getKey().id()).toList();
        if (original != null) {
            List<String> kept = original.participants().stream().map(p -> p.organizationId())
                    .filter(organizationIds::contains).collect(Collectors.toList());
            organizationIds.stream().filter(id -> !kept.contains(id)).forEach(kept::add);
            organizationIds = kept;
        }
        return new EventDraft(title.getText(), type.getValue(), date.getText(), endDate.getText(), organizationIds,
                countries.getCheckModel().getCheckedItems().stream().map(Country::code).toList(), dealValue.getText(),
                currency.getText(), place.getText(), description.getText());
    }

    private void registerValidators() {
        register(title, EventDraft.Field.TITLE);
        register(type, EventDraft.Field.TYPE);
        register(date, EventDraft.Field.DATE);
        register(endDate, EventDraft.Field.END_DATE);
        register(parties, EventDraft.Field.PARTIES);
        register(dealValue, EventDraft.Field.DEAL_VALUE);
        register(currency, EventDraft.Field.CURRENCY);
    }

    private void register(Control control, EventDraft.Field field) {
        Validator<Object> validator = (target, value) -> {
            String problem = draft().problems().get(field);
            return ValidationResult.fromErrorIf(target, problem, problem != null);
        };
        validation.registerValidator(control, false, validator);
    }

    private void saveClicked(ActionEvent click) {
        click.consume();
        validation.revalidate();
        Map<EventDraft.Field, String> problems = draft().problems();
        if (!problems.isEmpty()) {
            error.setText(String.join("\n", problems.values()));
            return;
        }
        error.setText("");
        dialog.getDialogPane().setDisable(true);
        controller.save(draft(), original, () -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        }, message -> {
            dialog.getDialogPane().setDisable(false);
            error.setText(message);
        });
    }

    /** The party picker; ControlsFX validation watches how many parties are ticked. */
    private static final class PartyList extends ListView<Organization> {

        private final IntegerProperty chosenCount = new SimpleIntegerProperty();
    }
}
