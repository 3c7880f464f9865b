package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventRepositoryTest {

    private static final String NETWORKING = "evt-first-tw-jp-investment-networking";
    private static final String LICENCE = "evt-duogenic-a-and-i-ai-cells-licence";

    @TempDir
    Path folder;

    private AppServices services;
    private EventRepository events;

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        events = services.events();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CollaborationEvent stored(String id) {
        return services.database().read(connection -> events.find(connection, id)).orElseThrow();
    }

    private boolean exists(String id) {
        return services.database().read(connection -> events.find(connection, id).isPresent());
    }

    private int tombstones(String id) {
        return services.database().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM deleted_bundled_record WHERE subject_type = 'EVENT' AND subject_id = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Test
    void aNewEventIsSavedWithItsPartiesAndCountries() {
        CollaborationEvent event = new CollaborationEvent(RecordIds.newUserId("evt"), EventType.MOU, "New MOU",
                PartialDate.parse("2026-05"), null, List.of(new EventParticipant("org-duogenic", null)), List.of("TW"),
                new java.math.BigDecimal("1500000.00"), "USD", "Taipei", "A test MOU", null, List.of(),
                Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        events.save(event);
        CollaborationEvent stored = stored(event.id());
        assertThat(stored.participants()).containsExactly(new EventParticipant("org-duogenic", null));
        assertThat(stored.date()).isEqualTo(PartialDate.ofMonth(2026, 5));
        assertThat(stored.dealValue()).isEqualByComparingTo("1500000");
        assertThat(stored.provenance().origin()).isEqualTo(RecordOrigin.USER);
    }

    @Test
    void deletingABundledEventLeavesATombstoneAndUndoRestoresEverything() {
        CollaborationEvent before = stored(NETWORKING);
        assertThat(stored(LICENCE).parentEventId()).isEqualTo(NETWORKING);

        EventRemoval removal = events.delete(NETWORKING, "analyst");
        assertThat(exists(NETWORKING)).isFalse();
        assertThat(stored(LICENCE).parentEventId()).isNull();
        assertThat(tombstones(NETWORKING)).isEqualTo(1);
        assertThat(removal.childEventIds()).contains(LICENCE);

        events.restore(removal);
        assertThat(stored(NETWORKING)).isEqualTo(before);
        assertThat(stored(LICENCE).parentEventId()).isEqualTo(NETWORKING);
        assertThat(tombstones(NETWORKING)).isZero();
    }

    @Test
    void aFailedSaveWritesNothing() {
        CollaborationEvent broken = new CollaborationEvent("evt-user-broken", EventType.MOU, "Broken",
                PartialDate.parse("2026"), null, List.of(new EventParticipant("org-duogenic", null),
                new EventParticipant("org-that-does-not-exist", null)), List.of("TW"), null, null, null, null, null,
                List.of(), Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        assertThatThrownBy(() -> events.save(broken)).isInstanceOf(RuntimeException.class);
        assertThat(exists("evt-user-broken")).isFalse();
    }

    @Test
    void anEventKeepsItsAnalystsSourcesInOrderThroughEditDeleteAndUndo() {
        AnalystSource web = new AnalystSource("https://www.example.com/mou", null, "Example News",
                PartialDate.ofDay(2026, 5, 2), "signed an MOU in Taipei", LocalDate.of(2026, 5, 3));
        AnalystSource document = new AnalystSource(null, "Duogenic press kit", null, null, null, LocalDate.of(2026, 5, 4));
        CollaborationEvent event = new CollaborationEvent(RecordIds.newUserId("evt"), EventType.MOU, "Sourced MOU",
                PartialDate.parse("2026-05"), null, List.of(new EventParticipant("org-duogenic", null)), List.of("TW"),
                null, null, null, null, null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "analyst"), List.of(),
                List.of(document, web));
        events.save(event);
        assertThat(stored(event.id()).analystSources()).containsExactly(document, web);

        events.save(event.withAnalystSources(List.of(web)));
        assertThat(stored(event.id()).analystSources()).containsExactly(web);

        EventRemoval removal = events.delete(event.id(), "analyst");
        assertThat(analystSourceRows(event.id())).isZero();
        events.restore(removal);
        assertThat(stored(event.id()).analystSources()).containsExactly(web);
        assertThat(stored(event.id()).hasNoSource()).isFalse();
    }

    private int analystSourceRows(String id) {
        return services.database().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM analyst_source WHERE subject_id = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
