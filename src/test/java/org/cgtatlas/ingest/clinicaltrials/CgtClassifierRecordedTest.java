package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every trial of the sample exports and of the test excerpts is classified exactly as recorded in {@value #RECORDED}:
 * the same modality, rule or product, field, matched words and confidence, also when all its texts are upper-cased.
 * Guards the speed work on the classifier, which must change no result. When the rules or the dictionary change on
 * purpose, the test writes what it got to {@code target/} to be reviewed and copied over the recording.
 */
class CgtClassifierRecordedTest {

    private static final String RECORDED = "recorded-classifications.csv";
    private static final List<String> SAMPLES = List.of("ctgov-modern-1000.csv", "ctgov-legacy-searchresults-1000.csv",
            "ctgov-api-v2-100.json");
    private static final List<String> EXCERPTS = List.of("modern-excerpt.csv", "legacy-excerpt.csv", "api-v2-excerpt.json");
    private static final String HEADER = "export,nct_id,modality,rule,field,confidence,matched_text";
    private static final int SHOWN = 20;

    @Test
    void everyTrialOfTheSamplesIsClassifiedAsRecorded() throws IOException {
        CgtClassifier classifier = CgtClassifier.standard();
        List<String> actual = new ArrayList<>();
        List<String> actualUpperCased = new ArrayList<>();
        actual.add(HEADER);
        actualUpperCased.add(HEADER);
        for (String sample : SAMPLES) {
            addClassifications(actual, actualUpperCased, sample, Samples.of(sample), classifier);
        }
        for (String excerpt : EXCERPTS) {
            addClassifications(actual, actualUpperCased, excerpt, excerptFile(excerpt), classifier);
        }

        List<String> recorded = recorded();
        if (!actual.equals(recorded)) {
            Path written = Path.of("target", "actual-" + RECORDED);
            Files.createDirectories(written.getParent());
            Files.write(written, actual, StandardCharsets.UTF_8);
            assertThat(differing(actual, recorded)).as("classified otherwise than recorded in %s (all of this run's "
                    + "classifications are in %s)", RECORDED, written).isEmpty();
            assertThat(differing(recorded, actual)).as("recorded in %s but classified otherwise", RECORDED).isEmpty();
            assertThat(actual).as("the trials' order").isEqualTo(recorded);
        }
        assertThat(differing(actualUpperCased, recorded)).as("upper-cased, classified otherwise than recorded").isEmpty();
        assertThat(recorded).hasSizeGreaterThan(2100);
    }

    /** Up to {@value #SHOWN} lines of {@code lines} that {@code others} lacks. */
    private static List<String> differing(List<String> lines, List<String> others) {
        Set<String> known = new HashSet<>(others);
        return lines.stream().filter(line -> !known.contains(line)).limit(SHOWN).toList();
    }

    private static void addClassifications(List<String> lines, List<String> upperCasedLines, String export, Path file,
                                           CgtClassifier classifier) throws IOException {
        for (ExportedTrial trial : RegistryExports.readTrials(file)) {
            lines.add(line(export, trial.trial().nctId(), classifier.classify(trial.trial(), trial.details())));
            ExportedTrial upper = upperCased(trial);
            upperCasedLines.add(line(export, trial.trial().nctId(), classifier.classify(upper.trial(), upper.details())));
        }
    }

    private static String line(String export, String nctId, TrialClassification classification) {
        return String.join(",", export, nctId, classification.modalityLabel(), classification.ruleId(),
                classification.field(), classification.confidence().name(), quoted(classification.matchedText()));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }

    private static ExportedTrial upperCased(ExportedTrial exported) {
        UnaryOperator<String> upper = text -> text.toUpperCase(Locale.ROOT);
        Trial trial = exported.trial();
        TrialDetails details = exported.details();
        return new ExportedTrial(new Trial(trial.nctId(), upper.apply(trial.title()), trial.status(), trial.phases(),
                trial.conditions().stream().map(upper).toList(),
                trial.interventions().stream().map(i -> new Intervention(upper.apply(i.type()), upper.apply(i.name()))).toList(),
                trial.sponsor(), trial.funderType(), trial.startDate(), trial.completionDate(), trial.enrollment(),
                trial.countryCodes()),
                new TrialDetails(upper.apply(details.officialTitle()), upper.apply(details.summary()),
                        upper.apply(details.interventionDetails())));
    }

    private static Path excerptFile(String excerpt) throws IOException {
        Path file = Files.createTempDirectory("cgt-atlas-excerpt-").resolve(excerpt);
        try (InputStream in = Objects.requireNonNull(CgtClassifierRecordedTest.class.getResourceAsStream(excerpt), excerpt)) {
            Files.copy(in, file);
        }
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = CgtClassifierRecordedTest.class.getResourceAsStream(RECORDED)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
