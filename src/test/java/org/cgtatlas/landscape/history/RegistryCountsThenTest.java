package org.cgtatlas.landscape.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.data.RegistryRunRepository;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.history.RegistryCountsThen.Cell;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;
import org.cgtatlas.landscape.trials.TrialCountsByCountry;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry counts at a past change, rebuilt from the trials now and the runs since, against what the app showed then. */
class RegistryCountsThenTest {

    private static final String HEADER = "NCT Number,Study Title,Study Status,Phases,Interventions,Locations\n";

    @TempDir
    Path folder;

    private AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theCountsThenAreTheCountsTheAppShowedRightAfterTheFirstImport() {
        services.trialImporter().importFile(Samples.of("ctgov-api-v2-100.json"), Progress.NONE);
        services.dataRevision().changed();
        Landscape afterFirst = services.landscape().current();
        TrialCountsByCountry shownThen = TrialCountsByCountry.of(afterFirst);
        services.trialImporter().importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
        services.dataRevision().changed();
        TrialCountsByCountry shownNow = TrialCountsByCountry.of(services.landscape().current());

        RegistryCountsThen counts = RegistryCountsThen.of(
                new RegistryRunRepository(services.database()).since(afterFirst.changeLogRevision()));

        long compared = 0;
        for (TrialCountsByCountry.Column column : shownThen.columns()) {
            if (column.kind() != TrialCountsByCountry.Kind.COUNTRY) {
                continue;
            }
            for (Modality modality : Modality.values()) {
                assertThat(counts.then(column.countryCode(), modality)).as("then " + column.countryCode() + " " + modality)
                        .isEqualTo(count(shownThen, column.countryCode(), modality));
                assertThat(counts.now(column.countryCode(), modality)).as("now " + column.countryCode() + " " + modality)
                        .isEqualTo(count(shownNow, column.countryCode(), modality));
                compared += counts.then(column.countryCode(), modality);
            }
        }
        assertThat(compared).as("the first file has CGT trials in the region").isPositive();
        for (TrialCountsByCountry.CountryCount leader : shownThen.restOfWorldLeaders()) {
            assertThat(Arrays.stream(Modality.values()).mapToLong(modality -> counts.then(leader.countryCode(), modality)).sum())
                    .as("then " + leader.countryCode()).isEqualTo(leader.trials());
        }
        assertThat(counts.differences()).isNotEmpty().allSatisfy(difference ->
                assertThat(difference.now() - difference.then())
                        .isEqualTo(difference.entered().size() - (long) difference.left().size()));
    }

    @Test
    void eachDifferenceListsTheTrialsBehindIt() throws IOException {
        services.trialImporter().importFile(file("first.csv", HEADER
                + "NCT00000001,Stays,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
                + "NCT00000002,Moves to China too,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
                + "NCT00000003,Becomes CGT,RECRUITING,PHASE1,DRUG: aspirin,\"A, Seoul, Korea, Republic of\"\n"), Progress.NONE);
        services.dataRevision().changed();
        long then = services.landscape().current().changeLogRevision();
        services.trialImporter().importFile(file("second.csv", HEADER
                + "NCT00000002,Moves to China too,COMPLETED,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan|B, Beijing, China\"\n"
                + "NCT00000003,Becomes CGT,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Seoul, Korea, Republic of\"\n"
                + "NCT00000004,New,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"), Progress.NONE);

        RegistryCountsThen counts = RegistryCountsThen.of(new RegistryRunRepository(services.database()).since(then));

        assertThat(counts.then("JP", Modality.CAR_T)).isEqualTo(2);
        assertThat(counts.now("JP", Modality.CAR_T)).isEqualTo(3);
        assertThat(counts.differences()).containsExactly(
                new Difference(new Cell("CN", Modality.CAR_T), 0, 1, List.of("NCT00000002"), List.of()),
                new Difference(new Cell("JP", Modality.CAR_T), 2, 3, List.of("NCT00000004"), List.of()),
                new Difference(new Cell("KR", Modality.CAR_T), 0, 1, List.of("NCT00000003"), List.of()));
        assertThat(RegistryCountsThen.of(new RegistryRunRepository(services.database()).since(0)).differences())
                .as("before any run, every trial now is a difference").hasSize(3)
                .allSatisfy(difference -> assertThat(difference.then()).isZero());
    }

    private static long count(TrialCountsByCountry counts, String countryCode, Modality modality) {
        return counts.byModality().stream().filter(row -> row.label().equals(modality.label()))
                .mapToLong(row -> counts.count(row, countryCode)).sum();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
