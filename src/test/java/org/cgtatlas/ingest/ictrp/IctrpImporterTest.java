package org.cgtatlas.ingest.ictrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The newer ICTRP layout (every value padded with whitespace and line breaks, Secondary_ID, Date_registration3,
 * free-text phases, JPRN records with blank or regional Countries) read from XML and CSV alike; all or nothing.
 */
class IctrpImporterTest {

    @TempDir
    Path folder;

    private Database database;
    private IctrpImporter importer;
    private TrialRepository trials;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        importer = IctrpImporter.standard(database);
        trials = new TrialRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    enum Layout {
        XML("ictrp-2024-layout.xml", ImportFormat.ICTRP_XML),
        CSV("ictrp-2024-layout.csv", ImportFormat.ICTRP_CSV);

        final String file;
        final ImportFormat format;

        Layout(String file, ImportFormat format) {
            this.file = file;
            this.format = format;
        }
    }

    private Path copy(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path file = folder.resolve(resource);
            Files.copy(in, file);
            return file;
        }
    }

    private IctrpImportSummary importLayout(Layout layout) throws IOException {
        return importer.importFile(copy(layout.file), layout.format, Progress.NONE);
    }

    private ClassifiedTrial trial(String id) {
        return trials.findAll().stream().filter(trial -> trial.trial().nctId().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void readsEveryValueOfTheNewerLayoutTrimmedAndNormalised(Layout layout) throws IOException {
        IctrpImportSummary summary = importLayout(layout);

        assertThat(summary.trials().added()).isEqualTo(5);
        assertThat(summary.exportedAt()).hasToString("2024-11-02T15:05:10Z");
        assertThat(summary.recordsByRegister()).containsEntry("JPRN", 2L).containsEntry("CRiS", 1L);
        ClassifiedTrial jrct = trial("JPRN-jRCT2053210001");
        assertThat(jrct.trial().title()).isEqualTo("A phase 1/2 study of CD19 CAR-T cells in relapsed B-cell lymphoma");
        assertThat(jrct.trial().phases()).containsExactly("PHASE1", "PHASE2");
        assertThat(jrct.trial().status()).isEqualTo("RECRUITING");
        assertThat(jrct.trial().conditions()).containsExactly("Diffuse large B-cell lymphoma", "Follicular lymphoma");
        assertThat(jrct.trial().startDate()).isEqualTo(PartialDate.ofDay(2021, 5, 1));
        assertThat(jrct.trial().enrollment()).isEqualTo(30);
        assertThat(jrct.classification().modality()).isEqualTo(Modality.CAR_T);
        assertThat(jrct.registration().registry()).isEqualTo("JPRN");
        assertThat(jrct.registration().webAddress()).isEqualTo("https://jrct.niph.go.jp/latest-detail/jRCT2053210001");
        assertThat(jrct.registration().alsoRegisteredAs()).containsExactly("ChiCTR2300070001 (ChiCTR)");
        assertThat(jrct.trial().countryCodes()).as("its own Japan;Asia except Japan and the ChiCTR record's China")
                .containsExactlyInAnyOrder("JP", "CN");
        assertThat(jrct.registration().inferredCountries()).isEmpty();

        ClassifiedTrial umin = trial("JPRN-UMIN000040002");
        assertThat(umin.trial().phases()).containsExactly("NA");
        assertThat(umin.trial().startDate()).as("01/07/2020 is day first").isEqualTo(PartialDate.ofDay(2020, 7, 1));
        assertThat(umin.registration().inferredCountries()).containsExactly("JP");
        assertThat(trial("KCT0009001").registration().inferredCountries()).containsExactly("KR");
        assertThat(trial("KCT0009001").trial().startDate()).isEqualTo(new PartialDate(LocalDate.of(2023, 3, 1), DatePrecision.MONTH));
        assertThat(trial("KCT0009001").trial().phases()).containsExactly("PHASE3");
        assertThat(trial("EUCTR2020-001234-56-DE").trial().phases()).containsExactly("PHASE2", "PHASE3");
        assertThat(trial("EUCTR2020-001234-56-DE").trial().status()).isEqualTo("AUTHORISED");
        assertThat(trial("EUCTR2020-001234-56-DE").trial().countryCodes()).containsExactlyInAnyOrder("DE", "TW");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void recordsLinkedThroughSecondaryIdsCountOnceForTheUnionOfTheirCountries(Layout layout) throws IOException {
        IctrpImportSummary summary = importLayout(layout);

        Map<String, Long> expected = Map.of("JP", 2L, "CN", 1L, "KR", 1L, "TW", 1L, "DE", 1L);
        assertThat(summary.trials().countryCounts()).isEqualTo(expected);
        assertThat(summary.inferredByCountry()).isEqualTo(Map.of("JP", 1L, "KR", 1L));
        List<TrialCountryCounts> stored = trials.countsByCountry().countries();
        assertThat(stored).extracting(TrialCountryCounts::countryCode, TrialCountryCounts::allTrials)
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                        .map(entry -> org.assertj.core.groups.Tuple.tuple(entry.getKey(), entry.getValue())).toList());
        assertThat(trials.countsByCountry().country("JP").orElseThrow().inferredTrials()).isEqualTo(1);
        assertThat(trials.findAll()).hasSize(4);
        assertThat(trials.count()).isEqualTo(4);
    }

    @Test
    void bothLayoutsStoreTheSameTrials() throws IOException {
        importLayout(Layout.XML);
        List<ClassifiedTrial> fromXml = trials.findAll();
        importLayout(Layout.CSV);

        assertThat(trials.findAll()).isEqualTo(fromXml);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void eachTrialsRawRecordIsReadBackFromTheKeptCopy(Layout layout) throws IOException {
        importLayout(layout);

        String raw = trials.source("JPRN-UMIN000040002").orElseThrow().rawSource();

        assertThat(raw).contains("JPRN-UMIN000040002").contains("Kobe City Eye Hospital")
                .doesNotContain("jRCT2053210001").doesNotContain("KCT0009001");
        if (layout == Layout.XML) {
            assertThat(raw).startsWith("  <Trial>").endsWith("</Trial>");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNoTrial() throws IOException {
        importLayout(Layout.XML);
        String before = DatabaseSnapshot.withoutImports(database);

        IctrpImportSummary again = importer.importFile(folder.resolve(Layout.XML.file), ImportFormat.ICTRP_XML, Progress.NONE);

        assertThat(again.trials().updated()).isEqualTo(5);
        assertThat(DatabaseSnapshot.withoutImports(database)).isEqualTo(before);
    }

    static Stream<String[]> badFiles() {
        return Stream.of(
                new String[] {"cut.xml", "<?xml version='1.0'?>\n<Trials_downloaded_from_ICTRP>\n  <Trial>\n    <TrialID>ChiCTR1</TrialID>\n  </Trial>\n  <Trial>\n    <TrialID>Chi",
                        "cut.xml, line 7, column 17: malformed XML (the file is cut off or was changed)"},
                new String[] {"ragged.csv", "TrialID,Source Register,Countries\nChiCTR1,ChiCTR,China\nChiCTR2,ChiCTR\n",
                        "ragged.csv, line 3: the row has 2 fields but the header has 3"},
                new String[] {"unclosed.csv", "TrialID,Source Register\nChiCTR1,\"ChiCTR\nChiCTR2,ChiCTR\n",
                        "unclosed.csv, after line 1: malformed CSV"},
                new String[] {"entity.xml", "<?xml version='1.0'?>\n<!DOCTYPE t [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                        + "<Trials_downloaded_from_ICTRP><Trial><TrialID>&x;</TrialID></Trial></Trials_downloaded_from_ICTRP>",
                        "entity.xml, line "},
                new String[] {"empty.xml", "<?xml version='1.0'?>\n<Trials_downloaded_from_ICTRP>\n</Trials_downloaded_from_ICTRP>\n",
                        "empty.xml: this ICTRP XML export holds no <Trial> records"});
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badFiles")
    void aBadFileIsNamedWithWhereAndLeavesTheDatabaseAsItWas(String name, String content, String message)
            throws IOException {
        importLayout(Layout.XML);
        String before = DatabaseSnapshot.of(database);
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        ImportFormat format = name.endsWith(".xml") ? ImportFormat.ICTRP_XML : ImportFormat.ICTRP_CSV;

        assertThatThrownBy(() -> importer.importFile(file, format, Progress.NONE))
                .isInstanceOf(ImportFileException.class).hasMessageStartingWith(message);

        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
        assertThat(keptCopies()).hasSize(1);
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws IOException {
        String before = DatabaseSnapshot.of(database);
        Path file = copy(Layout.CSV.file);

        assertThatThrownBy(() -> importer.importFile(file, ImportFormat.ICTRP_CSV, CancellingProgress.atOnce()))
                .isInstanceOf(CancelledException.class);

        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
        assertThat(keptCopies()).isEmpty();
    }

    private List<Path> keptCopies() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("data").resolve("imports"))) {
            return files.toList();
        }
    }
}
