package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.ingest.ImportFileException;
import org.junit.jupiter.api.Test;

class CtgovCsvReaderTest {

    private static List<StudyRecord> read(byte[] csv) throws IOException {
        List<StudyRecord> studies = new ArrayList<>();
        new CtgovCsvReader("test.csv", TrialImporter.strictUtf8(new ByteArrayInputStream(csv)), CountryMatcher.standard())
                .read(studies::add);
        return studies;
    }

    private static List<StudyRecord> read(String csv) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<StudyRecord> resource(String name) throws IOException {
        try (InputStream in = CtgovCsvReaderTest.class.getResourceAsStream(name)) {
            return read(in.readAllBytes());
        }
    }

    @Test
    void readsAModernExcerptWithItsCountriesAndMultiLineCells() throws IOException {
        List<StudyRecord> studies = resource("modern-excerpt.csv");

        assertThat(studies).extracting(study -> study.trial().nctId())
                .containsExactly("NCT06964113", "NCT06964711", "NCT06962293", "NCT06964477", "NCT06964737");
        assertThat(studies.get(0).trial().countryCodes()).contains("KR");
        assertThat(studies.get(1).trial().countryCodes()).contains("CN");
        assertThat(studies.get(2).trial().countryCodes()).contains("HK").doesNotContain("CN");
        assertThat(studies.get(3).trial().countryCodes()).contains("TW");
        assertThat(studies.get(0).location()).isEqualTo("line 2");
        assertThat(studies.get(0).span().start()).isEqualTo(2);
        for (int i = 1; i < studies.size(); i++) {
            assertThat(studies.get(i).span().start()).isEqualTo(studies.get(i - 1).span().end() + 1);
        }
        assertThat(studies.get(3).span().end()).isGreaterThan(studies.get(3).span().start());
    }

    @Test
    void readsTheLegacyExcerptWithItsStrayQuote() throws IOException {
        List<StudyRecord> studies = resource("legacy-excerpt.csv");

        assertThat(studies).hasSize(2);
        var expandedAccess = studies.get(0).trial();
        assertThat(expandedAccess.nctId()).isEqualTo("NCT03153462");
        assertThat(expandedAccess.status()).isEqualTo("AVAILABLE");
        assertThat(expandedAccess.interventions()).containsExactly(new Intervention("BIOLOGICAL", "Axicabtagene Ciloleucel"));
        assertThat(expandedAccess.sponsor()).isEqualTo("Kite, A Gilead Company");
        assertThat(expandedAccess.funderType()).isEqualTo("INDUSTRY");
        assertThat(studies.get(1).trial().countryCodes()).contains("KR");
    }

    @Test
    void acceptsAnySubsetOfColumnsInAnyOrderWithBomCrlfAndExcelDates() throws IOException {
        List<StudyRecord> studies = read("\uFEFFLocations,Interventions,NCT Number,Start Date,Study Title,,\r\n"
                + "\"Hospital A, Seoul, Korea, Republic of|Hospital B, Taipei, Taiwan\",DRUG: Axicabtagene ciloleucel,"
                + "NCT00000011,3/15/2021,\"Multi\r\nline title\",,\r\n");

        var trial = studies.get(0).trial();
        assertThat(trial.nctId()).isEqualTo("NCT00000011");
        assertThat(trial.countryCodes()).containsExactlyInAnyOrder("KR", "TW");
        assertThat(trial.startDate().toString()).isEqualTo("2021-03-15");
        assertThat(trial.startDate().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(trial.title()).isEqualTo("Multi\r\nline title");
        assertThat(trial.status()).isEmpty();
        assertThat(trial.completionDate()).isNull();
    }

    @Test
    void eachRecordSpansItsLinesWhateverTheLineBreaksInsideItsQuotes() throws IOException {
        List<StudyRecord> studies = read("NCT Number,Study Title\r\n"
                + "NCT00000001,\"One\r\ntwo\ninto three\rlines\"\r\n"
                + "\r\n"
                + "NCT00000002,\"He said \"\"CAR-T\"\", then left\"\n"
                + "NCT00000003,last\n");

        assertThat(studies).extracting(StudyRecord::span).containsExactly(
                new SourceSpan(2, 5), new SourceSpan(7, 7), new SourceSpan(8, 8));
        assertThat(studies.get(1).trial().title()).isEqualTo("He said \"CAR-T\", then left");
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> read("NCT Number,Study Title,Study Status\nNCT00000001,A,RECRUITING\nNCT00000002,B\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("test.csv, line 3: the row has 2 fields but the header has 3 (a ragged row or a cut-off file)");
    }

    @Test
    void aQuoteThatNeverClosesIsAnErrorNamingTheLineItOpensOn() {
        assertThatThrownBy(() -> read("NCT Number,Study Title,Study Status\nNCT00000001,\"A title,RECRUITING\n"
                + "NCT00000002,B,COMPLETED\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("test.csv, line 2: a quoted field is not closed before the end of the file");
    }

    @Test
    void aFieldLongerThanTheLimitIsAnError() {
        String huge = "x".repeat(CtgovCsvReader.MAX_FIELD_CHARS + 10);
        assertThatThrownBy(() -> read("NCT Number,Study Title\nNCT00000001,\"" + huge + "\"\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("test.csv, line 2: a field is longer than the limit of 1048576 characters");
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        byte[] start = "NCT Number,Study Title\nNCT00000001,Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] csv = new byte[start.length + 3];
        System.arraycopy(start, 0, csv, 0, start.length);
        csv[start.length] = (byte) 0xC3;
        csv[start.length + 1] = (byte) 0x28;
        csv[start.length + 2] = '\n';
        assertThatThrownBy(() -> read(csv))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("test.csv, line 2: invalid UTF-8 bytes");
    }
}
