package org.cgtatlas.feature.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.DateRules;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.TextLimit;
import org.cgtatlas.ui.form.FormDates;
import org.cgtatlas.ui.form.FormLimits;

/**
 * The event form's values as typed. {@link #problems()} says what is wrong and where (by field); {@link #toEvent}
 * builds the event to save, keeping an edited event's id, roles, citations and parent, and marking the edit.
 */
record EventDraft(String title, EventType type, String date, String endDate, List<String> organizationIds,
                  List<String> countryCodes, String dealValue, String currency, String place, String description) {

    enum Field { TITLE, TYPE, DATE, END_DATE, PARTIES, DEAL_VALUE, CURRENCY, PLACE, DESCRIPTION }

    EventDraft {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
    }

    static EventDraft of(CollaborationEvent event) {
        return new EventDraft(event.title(), event.type(), event.date() == null ? "" : event.date().iso(),
                event.endDate() == null ? "" : event.endDate().iso(),
                event.participants().stream().map(EventParticipant::organizationId).toList(), event.countryCodes(),
                event.dealValue() == null ? "" : event.dealValue().toPlainString(), blankIfNull(event.currency()),
                blankIfNull(event.place()), blankIfNull(event.description()));
    }

    /** The problems of each field, in field order; empty when the draft can be saved. */
    Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (isBlank(title)) {
            problems.put(Field.TITLE, Messages.get("timeline.form.error.title"));
        }
        FormLimits.problem(Messages.get("timeline.form.title"), title, TextLimit.EVENT_TITLE)
                .ifPresent(problem -> problems.put(Field.TITLE, problem));
        if (type == null) {
            problems.put(Field.TYPE, Messages.get("timeline.form.error.type"));
        }
        dateProblem("timeline.form.date", date, true).ifPresent(problem -> problems.put(Field.DATE, problem));
        dateProblem("timeline.form.endDate", endDate, false).ifPresent(problem -> problems.put(Field.END_DATE, problem));
        if (!problems.containsKey(Field.DATE) && !problems.containsKey(Field.END_DATE) && !isBlank(endDate)
                && PartialDate.parse(endDate).end().isBefore(PartialDate.parse(date).start())) {
            problems.put(Field.END_DATE, Messages.get("timeline.form.error.endBeforeStart"));
        }
        if (organizationIds.isEmpty()) {
            problems.put(Field.PARTIES, Messages.get("timeline.form.error.parties"));
        }
        if (!isBlank(dealValue)) {
            BigDecimal value = parseAmount(dealValue);
            if (value == null || value.signum() < 0) {
                problems.put(Field.DEAL_VALUE, Messages.get("timeline.form.error.dealValue", dealValue.strip()));
            } else if (isBlank(currency)) {
                problems.put(Field.CURRENCY, Messages.get("timeline.form.error.currency"));
            }
        }
        if (!isBlank(currency) && !currency.strip().matches("[A-Za-z]{3}")) {
            problems.put(Field.CURRENCY, Messages.get("timeline.form.error.currencyCode", currency.strip()));
        }
        FormLimits.problem(Messages.get("timeline.form.place"), place, TextLimit.EVENT_PLACE)
                .ifPresent(problem -> problems.put(Field.PLACE, problem));
        FormLimits.problem(Messages.get("timeline.form.description"), description, TextLimit.EVENT_DESCRIPTION)
                .ifPresent(problem -> problems.put(Field.DESCRIPTION, problem));
        return problems;
    }

    private static Optional<String> dateProblem(String labelKey, String text, boolean required) {
        if (isBlank(text)) {
            return required ? Optional.of(Messages.get("timeline.form.error.dateMissing")) : Optional.empty();
        }
        return FormDates.problem(Messages.get(labelKey), text);
    }

    /**
     * What to confirm before saving a draft without problems: a date or end date more than five years after
     * {@code today} may be right (a planned launch) but is more often a slip.
     */
    Optional<String> confirmation(LocalDate today) {
        PartialDate start = PartialDate.parse(date);
        if (DateRules.isFarAhead(start, today)) {
            return Optional.of(FormDates.farAheadQuestion(Messages.get("timeline.form.date"), start));
        }
        PartialDate end = PartialDate.parseOptional(endDate);
        return DateRules.isFarAhead(end, today)
                ? Optional.of(FormDates.farAheadQuestion(Messages.get("timeline.form.endDate"), end)) : Optional.empty();
    }

    private static BigDecimal parseAmount(String text) {
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The event to save: new ({@code original} null) or an edit of {@code original}. Call only without problems. */
    CollaborationEvent toEvent(CollaborationEvent original, String user) {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("The event form has problems: " + problems().values());
        }
        Map<String, String> roles = new LinkedHashMap<>();
        if (original != null) {
            original.participants().forEach(participant -> roles.put(participant.organizationId(), participant.role()));
        }
        List<EventParticipant> participants = new ArrayList<>();
        organizationIds.forEach(id -> participants.add(new EventParticipant(id, roles.get(id))));
        String id = original == null ? RecordIds.newUserId("evt") : original.id();
        RecordOrigin origin = original == null || original.provenance() == null ? RecordOrigin.USER
                : original.provenance().origin();
        CollaborationEvent edited = new CollaborationEvent(id, type, title.strip(), PartialDate.parse(date),
                PartialDate.parseOptional(endDate),
                participants, countryCodes, isBlank(dealValue) ? null : parseAmount(dealValue),
                isBlank(currency) ? null : currency.strip().toUpperCase(java.util.Locale.ROOT), nullIfBlank(place),
                nullIfBlank(description), original == null ? null : original.parentEventId(),
                original == null ? List.of() : original.citations(), Provenance.editedNowBy(origin, user), List.of());
        return original == null ? edited
                : edited.withInferred(Inference.keptAfterEdit(original, edited, original.inferred()));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullIfBlank(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
