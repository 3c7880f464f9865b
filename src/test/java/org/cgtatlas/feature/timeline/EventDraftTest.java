package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.feature.timeline.EventDraft.Field;
import org.cgtatlas.landscape.timeline.TestEvents;
import org.junit.jupiter.api.Test;

class EventDraftTest {

    private static EventDraft draft(String date, List<String> parties, String dealValue, String currency) {
        return new EventDraft("Licence", EventType.LICENSING, date, "", parties, List.of("TW", "JP"), dealValue, currency,
                "Tokyo", "");
    }

    @Test
    void aCompleteDraftHasNoProblemsAndKeepsItsDatePrecision() {
        EventDraft draft = draft("2025-04", List.of("org-duogenic"), "6000000", "usd");
        assertThat(draft.problems()).isEmpty();
        CollaborationEvent event = draft.toEvent(null, "analyst");
        assertThat(event.id()).startsWith("evt-user-");
        assertThat(event.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(event.currency()).isEqualTo("USD");
        assertThat(event.dealValue()).isEqualByComparingTo("6000000");
        assertThat(event.provenance().origin()).isEqualTo(RecordOrigin.USER);
        assertThat(event.provenance().updatedBy()).isEqualTo("analyst");
    }

    @Test
    void eachBadFieldIsNamedInItsProblem() {
        EventDraft draft = new EventDraft(" ", null, "2025-13", "2024", List.of(), List.of(), "-5", "", "", "");
        assertThat(draft.problems()).containsOnlyKeys(Field.TITLE, Field.TYPE, Field.DATE, Field.PARTIES, Field.DEAL_VALUE);
        assertThat(draft.problems().get(Field.DATE)).startsWith("Date:").contains("2025-13");
        assertThat(draft.problems().get(Field.DEAL_VALUE)).startsWith("Deal value:").contains("-5");
        assertThatThrownBy(() -> draft.toEvent(null, "analyst")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDayThatDoesNotExistIsCalledNoSuchDayAndYearsOutside1900To2100AreRefused() {
        assertThat(draft("2026-02-30", List.of("a"), "", "").problems().get(Field.DATE))
                .isEqualTo("Date: \"2026-02-30\" — no such day.");
        assertThat(draft("2026-13", List.of("a"), "", "").problems().get(Field.DATE))
                .isEqualTo("Date: \"2026-13\" — no such month.");
        assertThat(draft("9999-12-31", List.of("a"), "", "").problems().get(Field.DATE))
                .isEqualTo("Date: \"9999-12-31\" is outside the years 1900–2100.");
        assertThat(draft("1899", List.of("a"), "", "").problems()).containsOnlyKeys(Field.DATE);
        assertThat(draft("2100-12-31", List.of("a"), "", "").problems()).isEmpty();
        assertThat(draft("25-04", List.of("a"), "", "").problems().get(Field.DATE)).contains("not a date of the form");
        EventDraft badEnd = new EventDraft("x", EventType.MOU, "2025", "2024-02-30", List.of("a"), List.of(), "", "", "", "");
        assertThat(badEnd.problems().get(Field.END_DATE)).startsWith("End date:").endsWith("no such day.");
    }

    @Test
    void aDateMoreThanFiveYearsAheadAsksForConfirmationWhateverItsPrecision() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(draft("2031-12-03", List.of("a"), "", "").confirmation(today)).isEmpty();
        assertThat(draft("2031-12", List.of("a"), "", "").confirmation(today)).isEmpty();
        assertThat(draft("2031-12-04", List.of("a"), "", "").confirmation(today))
                .hasValue("Date 2031-12-04 is more than 5 years ahead. Save it anyway?");
        assertThat(draft("2032", List.of("a"), "", "").confirmation(today)).isPresent();
        EventDraft farEnd = new EventDraft("x", EventType.MOU, "2026", "2040", List.of("a"), List.of(), "", "", "", "");
        assertThat(farEnd.confirmation(today)).hasValueSatisfying(question -> assertThat(question).startsWith("End date 2040"));
    }

    @Test
    void aTextLongerThanItsColumnIsNamedWithItsLimitBeforeSaving() {
        EventDraft longTitle = new EventDraft("x".repeat(1001), EventType.MOU, "2025", "", List.of("a"), List.of(), "", "",
                "p".repeat(500), "d".repeat(8001));
        assertThat(longTitle.problems()).containsOnlyKeys(Field.TITLE, Field.DESCRIPTION);
        assertThat(longTitle.problems().get(Field.TITLE)).isEqualTo("Title: 1,001 characters — at most 1,000.");
        assertThat(longTitle.problems().get(Field.DESCRIPTION)).isEqualTo("Description: 8,001 characters — at most 8,000.");
    }

    @Test
    void aDealValueNeedsAThreeLetterCurrencyAndTheEndMayNotPrecedeTheStart() {
        assertThat(draft("2025", List.of("a"), "12.5", "").problems()).containsOnlyKeys(Field.CURRENCY);
        assertThat(draft("2025", List.of("a"), "", "dollars").problems()).containsOnlyKeys(Field.CURRENCY);
        EventDraft backwards = new EventDraft("x", EventType.MOU, "2025-04-10", "2025-03", List.of("a"), List.of(), "", "",
                "", "");
        assertThat(backwards.problems()).containsOnlyKeys(Field.END_DATE);
    }

    @Test
    void editingABundledEventKeepsItsIdRolesCitationsAndOriginAndMarksTheEdit() {
        CollaborationEvent original = TestEvents.event("evt-1", EventType.LICENSING, "2025-04", List.of("TW"), "tw1", "jp1");
        original = new CollaborationEvent(original.id(), original.type(), original.title(), original.date(), null,
                List.of(new EventParticipant("tw1", "licensor"), new EventParticipant("jp1", "licensee")),
                original.countryCodes(), null, null, null, null, "evt-parent",
                List.of(new org.cgtatlas.domain.Citation("src-1", "quote")), original.provenance());
        EventDraft draft = EventDraft.of(original);
        assertThat(draft.date()).isEqualTo("2025-04");
        CollaborationEvent edited = new EventDraft("Renamed", draft.type(), "2025-04-21", "", List.of("jp1", "kr1"),
                draft.countryCodes(), "", "", "", "").toEvent(original, "analyst");
        assertThat(edited.id()).isEqualTo("evt-1");
        assertThat(edited.participants()).containsExactly(new EventParticipant("jp1", "licensee"),
                new EventParticipant("kr1", null));
        assertThat(edited.parentEventId()).isEqualTo("evt-parent");
        assertThat(edited.citations()).hasSize(1);
        assertThat(edited.provenance().origin()).isEqualTo(RecordOrigin.BUNDLED);
        assertThat(edited.provenance().userEdited()).isTrue();
    }
}
