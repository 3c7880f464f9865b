package org.cgtatlas.feature.timeline;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.landscape.SearchText;
import org.cgtatlas.ui.form.AnalystSourcesField;
import org.cgtatlas.ui.form.FormDialog;
import org.cgtatlas.ui.organization.OrganizationDialog;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.tools.ValueExtractor;

/**
 * Adds or edits an event. Every field is checked against {@link EventDraft#problems()} as it is typed (the form's
 * marks and message list; Save stays disabled while any is wrong), and a save that fails keeps the form open with
 * the reason shown. An organization missing from the parties can be added from here, as from the Pipeline.
 */
final class EventFormDialog {

    static {
        ValueExtractor.addObservableValueExtractor(control -> control instanceof PartyList,
                control -> ((PartyList) control).chosenCount);
    }

    private final TimelineModel model;
    private final TimelineController controller;
    private final CollaborationEvent original;
    private final FormDialog form;
    private final TextField title = new TextField();
    private final ComboBox<EventType> type = new ComboBox<>(FXCollections.observableArrayList(EventType.values()));
    private final TextField date = new TextField();
    private final TextField endDate = new TextField();
    private final TextField partySearch = new TextField();
    private final PartyList parties = new PartyList();
    private final Button newOrganization = new Button(Messages.get("timeline.form.newOrganization"));
    private final ObservableList<Organization> partyChoices = FXCollections.observableArrayList();
    private final Map<Organization, BooleanProperty> chosen = new LinkedHashMap<>();
    private final IntegerProperty chosenCount = parties.chosenCount;
    private final CheckComboBox<Country> countries = new CheckComboBox<>();
    private final TextField dealValue = new TextField();
    private final TextField currency = new TextField();
    private final TextField place = new TextField();
    private final TextArea description = new TextArea();
    private final AnalystSourcesField sources;

    EventFormDialog(Window owner, TimelineModel model, TimelineController controller, CollaborationEvent original) {
        this.model = model;
        this.controller = controller;
        this.original = original;
        this.form = new FormDialog(owner, Messages.get(original == null ? "timeline.form.addTitle" : "timeline.form.editTitle"),
                "timeline-event-form");
        addFields();
        sources = new AnalystSourcesField(original == null ? List.of() : original.analystSources(), LocalDate::now);
        sources.addTo(form, Messages.get("source.form.label"));
        fill(original == null ? null : EventDraft.of(original));
        form.validateWhenShown(this::registerValidators);
        form.confirmBeforeSave(() -> draft().confirmation(LocalDate.now()));
        form.onSave((close, fail) -> controller.save(draft(), sources.sources(), original, close, fail));
    }

    void show() {
        form.show(title);
    }

    private void addFields() {
        title.setPrefColumnCount(40);
        date.setPromptText(Messages.get("timeline.form.datePrompt"));
        endDate.setPromptText(Messages.get("timeline.form.endDatePrompt"));
        partySearch.setId("timeline-form-party-search");
        partySearch.setPromptText(Messages.get("timeline.form.partySearch"));
        parties.setId("timeline-form-parties");
        model.organizations().forEach(this::addPartyChoice);
        newOrganization.setId("timeline-form-new-organization");
        newOrganization.setMinWidth(Region.USE_PREF_SIZE);
        newOrganization.setOnAction(event -> addOrganization());
        HBox.setHgrow(partySearch, Priority.ALWAYS);
        FilteredList<Organization> shownParties = new FilteredList<>(partyChoices);
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

        form.field(Messages.get("timeline.form.title"), title, "timeline-form-title");
        form.field(Messages.get("timeline.form.type"), type, "timeline-form-type");
        form.field(Messages.get("timeline.form.date"), date, "timeline-form-date");
        form.field(Messages.get("timeline.form.endDate"), endDate, "timeline-form-end-date");
        form.row(Messages.get("timeline.form.parties"), new VBox(4, new HBox(6, partySearch, newOrganization), parties, partiesChosen), parties);
        form.field(Messages.get("timeline.form.countries"), countries, "timeline-form-countries");
        form.field(Messages.get("timeline.form.dealValue"), dealValue, "timeline-form-deal-value");
        form.field(Messages.get("timeline.form.currency"), currency, "timeline-form-currency");
        form.field(Messages.get("timeline.form.place"), place, "timeline-form-place");
        form.field(Messages.get("timeline.form.description"), description, "timeline-form-description");
    }

    private BooleanProperty addPartyChoice(Organization organization) {
        BooleanProperty checked = new SimpleBooleanProperty();
        checked.addListener(observable -> chosenCount.set((int) chosen.values().stream().filter(BooleanProperty::get).count()));
        chosen.put(organization, checked);
        partyChoices.add(organization);
        return checked;
    }

    /** Opens the organization form; once the new organization is saved it is among the parties, ticked. */
    private void addOrganization() {
        OrganizationDialog.show(parties.getScene().getWindow(), model.countries(),
                (draft, existing, close, fail) -> controller.addOrganization(draft, saved -> {
                    partySearch.clear();
                    addPartyChoice(saved).set(true);
                    parties.scrollTo(saved);
                    close.run();
                }, fail), null);
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

    /** Each field shows its own problem; the end date's depends on the date, the currency's on the deal value. */
    private void registerValidators() {
        date.textProperty().addListener(observable -> form.validation().revalidate(endDate));
        dealValue.textProperty().addListener(observable -> form.validation().revalidate(currency));
        register(title, EventDraft.Field.TITLE);
        register(type, EventDraft.Field.TYPE);
        register(date, EventDraft.Field.DATE);
        register(endDate, EventDraft.Field.END_DATE);
        register(parties, EventDraft.Field.PARTIES);
        register(dealValue, EventDraft.Field.DEAL_VALUE);
        register(currency, EventDraft.Field.CURRENCY);
        register(place, EventDraft.Field.PLACE);
        register(description, EventDraft.Field.DESCRIPTION);
    }

    private void register(Control control, EventDraft.Field field) {
        form.showProblem(control, () -> draft().problems().get(field));
    }

    /** The party picker; ControlsFX validation watches how many parties are ticked. */
    private static final class PartyList extends ListView<Organization> {

        private final IntegerProperty chosenCount = new SimpleIntegerProperty();
    }
}
