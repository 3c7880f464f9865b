package org.cgtatlas.ingest.clinicaltrials;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.cgtatlas.ingest.ImportFileException;

/**
 * Hostile ClinicalTrials.gov exports: whatever the bytes, the CSV and JSON readers (and the classifier behind them)
 * either read studies or stop with the importer's own {@link ImportFileException} — never another exception,
 * a hang or running out of memory. The first byte chooses the reader (odd: JSON, even: CSV). A normal build replays the committed inputs; the fuzz execution searches for new ones.
 */
class RegistryExportFuzzTest {

    private static final CountryMatcher COUNTRIES = CountryMatcher.standard();
    private static final CgtClassifier CLASSIFIER = CgtClassifier.standard();

    @FuzzTest(maxDuration = "30s")
    void readingAnyExportFailsOnlyWithAClearMessage(byte[] input) throws IOException {
        boolean json = input.length > 0 && (input[0] & 1) == 1;
        byte[] bytes = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        StudyReader reader = json
                ? new CtgovJsonReader("fuzz.json", new ByteArrayInputStream(bytes), COUNTRIES)
                : new CtgovCsvReader("fuzz.csv", TrialImporter.strictUtf8(new ByteArrayInputStream(bytes)), COUNTRIES);
        try {
            reader.read(study -> CLASSIFIER.classify(study.trial()));
        } catch (ImportFileException expected) {
            if (!expected.getMessage().startsWith("fuzz.")) {
                throw new AssertionError("an import error must name the file", expected);
            }
        }
    }
}
