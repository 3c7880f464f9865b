package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.TrialClassification;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trials imported before version 4 (join-table rows, raw text in the database) survive the move to one row each. */
class TrialsOneRowMigrationTest {

    @TempDir
    Path folder;

    private void createVersion3WithTwoTrials() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Database.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "atlas", "").locations("classpath:org/cgtatlas/core/db/migration")
                .target("3").loggers("slf4j").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "atlas", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO trial_import (id, file_name, format, imported_at) "
                    + "VALUES (1, 'old.csv', 'CTGOV_CSV_MODERN', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00')");
            statement.execute("INSERT INTO trial VALUES ('NCT00000042', 'CAR-T study', 'RECRUITING', 'PHASE1|PHASE2', "
                    + "'Lymphoma|Leukemia', 'Sponsor', 'INDUSTRY', DATE '2021-03-01', 'MONTH', NULL, NULL, 40, 'CAR_T', "
                    + "'car-t', 'interventions', 'car-t', 'CAR-T cells given as an intervention', 'NCT00000042,CAR-T study', 1, 1)");
            statement.execute("INSERT INTO trial VALUES ('NCT00000007', 'Aspirin', 'COMPLETED', '', '', 'Uni', 'OTHER', "
                    + "NULL, NULL, NULL, NULL, NULL, NULL, '', '', '', 'none matched', 'NCT00000007,Aspirin', 1, 1)");
            statement.execute("INSERT INTO trial_country VALUES ('NCT00000042', 'KR'), ('NCT00000042', 'CN')");
            statement.execute("INSERT INTO trial_intervention VALUES ('NCT00000042', 0, 'BIOLOGICAL', 'CD19 CAR-T'), "
                    + "('NCT00000042', 1, 'DRUG', 'Fludarabine')");
        }
    }

    @Test
    void everyTrialKeepsItsCountriesInterventionsClassificationAndRawText() throws SQLException {
        createVersion3WithTwoTrials();

        try (Database database = Database.open(folder)) {
            TrialRepository trials = new TrialRepository(database);
            List<ClassifiedTrial> all = trials.findAll();

            assertThat(Integer.parseInt(database.schemaVersion())).as("migrated past version 3").isGreaterThanOrEqualTo(4);
            assertThat(all).extracting(trial -> trial.trial().nctId()).containsExactly("NCT00000007", "NCT00000042");
            ClassifiedTrial carT = all.get(1);
            assertThat(carT.trial().countryCodes()).containsExactlyInAnyOrder("KR", "CN");
            assertThat(carT.trial().interventions()).containsExactly(
                    new Intervention("BIOLOGICAL", "CD19 CAR-T"), new Intervention("DRUG", "Fludarabine"));
            assertThat(carT.trial().phases()).containsExactly("PHASE1", "PHASE2");
            assertThat(carT.classification()).isEqualTo(new TrialClassification(Modality.CAR_T, "car-t", "interventions",
                    "car-t", "CAR-T cells given as an intervention", Confidence.HIGH));
            assertThat(all.get(0).trial().countryCodes()).isEmpty();
            assertThat(all.get(0).classification()).isEqualTo(TrialClassification.notCgt());
            assertThat(trials.source("NCT00000042").orElseThrow().rawSource()).isEqualTo("NCT00000042,CAR-T study");
            assertThat(trials.countsByCountry().country("KR").orElseThrow().count(Modality.CAR_T)).isEqualTo(1);
        }
    }
}
