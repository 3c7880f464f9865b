package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's modality wins over the classifier's in the list and every count, and survives a re-import. */
class TrialOverridesTest {

    private static final Path MODERN = Samples.of("ctgov-modern-1000.csv");
    /** A compression garment: not CGT for the classifier. */
    private static final String GARMENT = "NCT06964828";

    @TempDir
    Path folder;

    private Database database;
    private TrialRepository trials;
    private TrialOverrides overrides;

    @BeforeEach
    void importSample() {
        database = Database.open(folder);
        trials = new TrialRepository(database);
        overrides = new TrialOverrides(trials, new TrialOverrideRepository(database),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
        TrialImporter.standard(database).importFile(MODERN, Progress.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anOverrideIsShownAndCountedAndSurvivesAReimport() {
        assertThat(classification(GARMENT).isCgt()).isFalse();
        long mscBefore = trials.countsByModality().getOrDefault(Modality.MSC, 0L);

        overrides.set(GARMENT, "MSC", "Checked the protocol: the garment arm also gets MSCs");
        TrialImporter.standard(database).importFile(MODERN, Progress.NONE);

        TrialClassification shown = classification(GARMENT);
        assertThat(shown.isOverride()).isTrue();
        assertThat(shown.modality()).isEqualTo(Modality.MSC);
        assertThat(shown.matchedText()).isEqualTo("Checked the protocol: the garment arm also gets MSCs");
        assertThat(shown.explanation()).contains("the classifier said Not CGT");
        assertThat(trials.countsByModality().get(Modality.MSC)).isEqualTo(mscBefore + 1);
        String country = trial(GARMENT).trial().countryCodes().iterator().next();
        assertThat(trials.countsByCountry().countries()).filteredOn(counts -> counts.countryCode().equals(country))
                .singleElement().satisfies(counts -> assertThat(counts.byModality()).containsKey(Modality.MSC));
    }

    @Test
    void notCgtTakesATrialOutOfTheCountsUntilTheOverrideIsRemoved() {
        ClassifiedTrial cgt = trials.findAll().stream().filter(trial -> trial.classification().isCgt()).findFirst().orElseThrow();
        Map<Modality, Long> before = trials.countsByModality();

        overrides.set(cgt.trial().nctId(), "not_cgt", "Measures cells only");
        assertThat(classification(cgt.trial().nctId()).isCgt()).isFalse();
        assertThat(trials.countsByModality().getOrDefault(cgt.classification().modality(), 0L))
                .isEqualTo(before.get(cgt.classification().modality()) - 1);

        assertThat(overrides.remove(cgt.trial().nctId())).isTrue();
        assertThat(classification(cgt.trial().nctId())).isEqualTo(cgt.classification());
        assertThat(trials.countsByModality()).isEqualTo(before);
    }

    @Test
    void badRequestsAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> overrides.set("NCT99999999", "MSC", "note")).hasMessageContaining("No trial NCT99999999 is stored");
        assertThatThrownBy(() -> overrides.set("ChiCTR-nonsense", "MSC", "note")).hasMessageContaining("No trial");
        assertThatThrownBy(() -> overrides.set(GARMENT, "Magic", "note")).hasMessageContaining("'Magic' is not a modality");
        assertThatThrownBy(() -> overrides.set(GARMENT, "MSC", "  ")).hasMessageContaining("note");
        assertThat(new TrialOverrideRepository(database).findAll()).isEmpty();
    }

    private TrialClassification classification(String id) {
        return trial(id).classification();
    }

    private ClassifiedTrial trial(String id) {
        return trials.findAll().stream().filter(trial -> trial.trial().nctId().equals(id)).findFirst().orElseThrow();
    }
}
