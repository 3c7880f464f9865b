package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.domain.TrialOverride;
import org.cgtatlas.landscape.trials.TrialCountsByCountry;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Kind;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real exports imported and one trial's modality overridden by an analyst: the briefing's breakdown shows the
 * figures {@code cgt-atlas stats} prints.
 */
class TrialBreakdownRepositoryTest {

    private static final Instant CSV_SAVED = Instant.parse("2026-11-18T10:00:00Z");
    private static final Instant JSON_SAVED = Instant.parse("2026-11-19T16:30:00Z");

    @TempDir
    static Path folder;

    private static AppServices services;
    private static TrialCountsByCountry counts;
    private static RegistryTrialCounts stats;

    @BeforeAll
    static void importTwoExports() throws IOException {
        services = AppServices.open(folder.resolve("data"));
        services.trialImporter().importFile(saved("ctgov-modern-1000.csv", "ctg-studies.csv", CSV_SAVED), Progress.NONE);
        services.trialImporter().importFile(saved("ctgov-api-v2-100.json", "studies.json", JSON_SAVED), Progress.NONE);
        String notCgtInChina = services.trialRepository().findAll().stream()
                .filter(trial -> !trial.classification().isCgt() && trial.trial().countryCodes().contains("CN"))
                .findFirst().orElseThrow().trial().nctId();
        new TrialOverrideRepository(services.database()).save(
                new TrialOverride(notCgtInChina, Modality.NK, "an analyst's verdict", Instant.parse("2026-11-21T09:00:00Z")));
        counts = TrialCountsByCountry.of(services.landscape().current());
        stats = services.trialRepository().countsByCountry();
    }

    private static Path saved(String sample, String name, Instant savedAt) throws IOException {
        Path file = Files.copy(Samples.of(sample), folder.resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(savedAt));
        return file;
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void everyCountryColumnShowsTheCgtTrialsAndModalitiesTheStatsCommandCounts() {
        assertThat(counts.isEmpty()).isFalse();
        for (TrialCountsByCountry.Column column : counts.columns()) {
            if (column.kind() != Kind.COUNTRY) {
                continue;
            }
            TrialCountryCounts country = stats.country(column.countryCode())
                    .orElse(new TrialCountryCounts(column.countryCode(), 0, 0, Map.of()));
            assertThat(counts.count(counts.totals(), column.countryCode())).as(column.label()).isEqualTo(country.cgtTrials());
            for (Modality modality : Modality.values()) {
                long shown = counts.byModality().stream().filter(row -> row.label().equals(modality.label()))
                        .mapToLong(row -> counts.count(row, column.countryCode())).sum();
                assertThat(shown).as(column.label() + " " + modality).isEqualTo(country.count(modality));
            }
        }
        for (TrialCountsByCountry.CountryCount leader : counts.restOfWorldLeaders()) {
            assertThat(leader.trials()).as(leader.name()).isEqualTo(stats.country(leader.countryCode()).orElseThrow().cgtTrials());
        }
    }

    @Test
    void theRegionAndRestOfWorldColumnsCountEachTrialOnce() {
        var region = services.landscape().current().region();
        var cgt = services.trialRepository().findAll().stream().filter(trial -> trial.classification().isCgt()).toList();
        long inRegion = cgt.stream().filter(trial -> trial.trial().countryCodes().stream().anyMatch(region::contains)).count();
        long elsewhere = cgt.stream().filter(trial -> trial.trial().countryCodes().stream()
                .anyMatch(code -> !region.contains(code) && !code.equals("HK"))).count();
        assertThat(counts.count(counts.totals(), Kind.REGION)).isEqualTo(inRegion).isPositive();
        assertThat(counts.count(counts.totals(), Kind.REST_OF_WORLD)).isEqualTo(elsewhere).isPositive();
        assertThat(counts.byPhase().stream().mapToLong(row -> counts.count(row, Kind.REGION)).sum()).isEqualTo(inRegion);
    }

    @Test
    void theFilesCountedAreNamedWithTheirImportAndDataDates() {
        assertThat(counts.files()).extracting(RegistryFile::fileName).containsExactly("ctg-studies.csv", "studies.json");
        assertThat(counts.files()).extracting(RegistryFile::fileDate).containsExactly(CSV_SAVED, JSON_SAVED);
        assertThat(counts.files()).allSatisfy(file -> assertThat(file.importedAt()).isAfter(JSON_SAVED));
        assertThat(counts.files().stream().mapToLong(RegistryFile::trials).sum()).isEqualTo(services.trialRepository().count());
    }
}
