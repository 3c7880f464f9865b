package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeRepositoryTest {

    @TempDir
    Path folder;

    private AppServices services;
    private ProgrammeRepository programmes;

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        programmes = services.programmes();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewProgrammeIsSavedChangedDeletedAndRestored() {
        Programme created = newProgramme(" Test-cel ", "org-jw-therapeutics", List.of("org-fosun-kite"));
        programmes.save(created);
        assertThat(find(created.id())).contains(created);

        Programme changed = new Programme(created.id(), "Test-cel 2", created.organizationId(), "CN", Modality.CAR_NK,
                "CD19", "Lymphoma", DevelopmentStage.PHASE_2, null, List.of(), "changed", List.of(),
                Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        programmes.save(changed);
        assertThat(find(created.id())).contains(changed);

        programmes.delete(changed);
        assertThat(find(created.id())).isEmpty();
        assertThat(tombstones(created.id())).isZero();

        programmes.restore(changed);
        assertThat(find(created.id())).contains(changed);
    }

    @Test
    void aDuplicateNameForTheSameCompanyIsRefusedAndNothingIsWritten() {
        Programme relma = find("prog-relma-cel").orElseThrow();
        Programme duplicate = newProgramme("  RELMA-cel ", relma.organizationId(), List.of("org-fosun-kite"));
        int before = programmes.findAll().size();

        assertThatThrownBy(() -> programmes.save(duplicate))
                .isInstanceOf(DuplicateProgrammeException.class)
                .hasMessageContaining("already has a programme named 'RELMA-cel'");

        assertThat(programmes.findAll()).hasSize(before);
        assertThat(rowsFor("programme_partner", "programme_id", duplicate.id())).isZero();
        assertThat(rowsFor("citation", "subject_id", duplicate.id())).isZero();
    }

    @Test
    void theSameNameAtAnotherCompanyIsFine() {
        Programme other = newProgramme("Relma-cel", "org-fosun-kite", List.of());
        programmes.save(other);
        assertThat(find(other.id())).isPresent();
    }

    @Test
    void aFailureHalfwayRollsBackTheWholeSave() {
        Programme relma = find("prog-relma-cel").orElseThrow();
        Programme broken = new Programme(relma.id(), relma.name(), relma.organizationId(), relma.countryCode(),
                relma.modality(), relma.target(), "a new indication", relma.stage(), relma.statusText(),
                List.of("org-that-does-not-exist"), relma.description(), relma.citations(), relma.provenance());

        assertThatThrownBy(() -> programmes.save(broken)).isInstanceOf(DatabaseException.class)
                .isNotInstanceOf(DuplicateProgrammeException.class);

        assertThat(find(relma.id())).contains(relma);
    }

    @Test
    void deletingABundledProgrammeRemembersItUntilUndone() {
        Programme relma = find("prog-relma-cel").orElseThrow();
        programmes.delete(relma);
        assertThat(tombstones(relma.id())).isOne();
        assertThat(rowsFor("citation", "subject_id", relma.id())).isZero();

        programmes.restore(relma);
        assertThat(tombstones(relma.id())).isZero();
        assertThat(find(relma.id())).contains(relma);
    }

    @Test
    void aProgrammesAnalystSourcesAreStoredInOrderReplacedOnEditAndGoWithIt() {
        AnalystSource web = new AnalystSource("https://www.example.com/test-cel", "Test-cel enters phase 1", "Example News",
                PartialDate.ofDay(2026, 11, 20), "Test-cel dosed its first patient", LocalDate.of(2026, 11, 21));
        AnalystSource document = new AnalystSource(null, "JW Therapeutics investor deck", "JW Therapeutics",
                PartialDate.ofYear(2026), null, LocalDate.of(2026, 11, 22));
        Programme created = newProgramme("Test-cel", "org-jw-therapeutics", List.of()).withAnalystSources(List.of(web, document));
        programmes.save(created);
        assertThat(find(created.id()).orElseThrow().analystSources()).containsExactly(web, document);

        programmes.save(created.withAnalystSources(List.of(document)));
        assertThat(find(created.id()).orElseThrow().analystSources()).containsExactly(document);
        assertThat(rowsFor("analyst_source", "subject_id", created.id())).isEqualTo(1);

        programmes.delete(created);
        assertThat(rowsFor("analyst_source", "subject_id", created.id())).isZero();
        programmes.restore(created);
        assertThat(find(created.id())).contains(created);
    }

    @Test
    void aProgrammeWithoutCitationsOrAnalystsSourcesHasNoSource() {
        Programme bare = new Programme(RecordIds.newUserId("prog"), "Bare-cel", "org-jw-therapeutics", "CN", null, null,
                null, null, null, List.of(), null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        programmes.save(bare);

        assertThat(find(bare.id()).orElseThrow().hasNoSource()).isTrue();
        assertThat(find("prog-relma-cel").orElseThrow().hasNoSource()).isFalse();
    }

    private static Programme newProgramme(String name, String organizationId, List<String> partners) {
        return new Programme(RecordIds.newUserId("prog"), name, organizationId, "CN", Modality.CAR_T, null, "Myeloma",
                DevelopmentStage.PHASE_1, null, partners, null,
                List.of(new Citation("src-east-asia-cgt-landscape-ebook", "CAR-T Leadership: As of 2024")),
                Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
    }

    private Optional<Programme> find(String id) {
        return programmes.findAll().stream().filter(programme -> programme.id().equals(id)).findFirst();
    }

    private int tombstones(String id) {
        return rowsFor("deleted_bundled_record", "subject_id", id);
    }

    private int rowsFor(String table, String column, String id) {
        return services.database().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
