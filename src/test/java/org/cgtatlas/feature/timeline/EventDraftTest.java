package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
