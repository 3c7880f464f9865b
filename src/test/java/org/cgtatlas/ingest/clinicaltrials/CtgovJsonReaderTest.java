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
import org.cgtatlas.ingest.ImportFileException;
import org.junit.jupiter.api.Test;

class CtgovJsonReaderTest {

    private static List<StudyRecord> read(byte[] json) throws IOException {
        List<StudyRecord> studies = new ArrayList<>();
        new CtgovJsonReader("test.json", new ByteArrayInputStream(json), CountryMatcher.standard()).read(studies::add);
        return studies;
    }

    private static List<StudyRecord> read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnObjectWithStudiesIgnoringUnknownKeys() throws IOException {
        byte[] json;
        try (InputStream in = getClass().getResourceAsStream("api-v2-excerpt.json")) {
            json = in.readAllBytes();
        }
        List<StudyRecord> studies = read(json);
        assertThat(studies).extracting(study -> study.trial().nctId()).containsExactly("NCT05277701", "NCT01998425");
        assertThat(studies.get(0).trial().countryCodes()).contains("KR");
        assertThat(studies.get(1).trial().countryCodes()).contains("TW");
        assertThat(studies.get(0).location()).isEqualTo("/studies/0");
        String text = new String(json, StandardCharsets.UTF_8);
        SourceSpan first = studies.get(0).span();
        assertThat(text.substring((int) first.start(), (int) first.end())).startsWith("{").endsWith("}")
                .contains("\"NCT05277701\"").contains("unknownKeyForTest").doesNotContain("NCT01998425");
    }

    @Test
    void readsABareArrayWithDatesAndInterventions() throws IOException {
        List<StudyRecord> studies = read("[{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000021\","
                + "\"briefTitle\":\"CAR-T\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\",\"startDateStruct\":{\"date\":\"2023-05\"}},"
                + "\"armsInterventionsModule\":{\"interventions\":[{\"type\":\"OTHER\",\"name\":\"CD19 CAR-T\"}]},"
                + "\"designModule\":{\"phases\":[\"PHASE1\"],\"enrollmentInfo\":{\"count\":12}},"
                + "\"contactsLocationsModule\":{\"locations\":[{\"country\":\"South Korea\"},{\"country\":\"Hong Kong\"}]}}}]");

        var trial = studies.get(0).trial();
        assertThat(trial.startDate().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(trial.enrollment()).isEqualTo(12);
        assertThat(trial.phases()).containsExactly("PHASE1");
        assertThat(trial.countryCodes()).containsExactlyInAnyOrder("KR", "HK");
        assertThat(studies.get(0).location()).isEqualTo("/0");
    }

    @Test
    void aCutOffFileIsAnErrorNamingWhereItEnds() {
        assertThatThrownBy(() -> read("[{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT0000"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("test.json, line 1, column")
                .hasMessageContaining("(at /0/protocolSection/identificationModule/nctId)")
                .hasMessageContaining("malformed JSON: the file ends too early; it looks cut off");
    }

    @Test
    void somethingElseThanAStudyInTheArrayIsAnError() {
        assertThatThrownBy(() -> read("{\"studies\":[{\"protocolSection\":{}}, 42]}"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("expected a study object at /studies/1 but found VALUE_NUMBER_INT");
    }

    @Test
    void tooDeepNestingIsAnErrorNamingTheLimit() {
        String deep = "[".repeat(CtgovJsonReader.MAX_NESTING_DEPTH + 5);
        assertThatThrownBy(() -> read("[{\"a\":" + deep))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("a limit is exceeded: Document nesting depth")
                .hasMessageContaining("exceeds the maximum allowed (64");
    }

    @Test
    void tooLongAStringIsAnErrorNamingTheLimit() {
        String huge = "x".repeat(CtgovJsonReader.MAX_STRING_CHARS + 10);
        assertThatThrownBy(() -> read("[{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"" + huge + "\"}}}]"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("a limit is exceeded: String value length")
                .hasMessageContaining("briefTitle");
    }

    @Test
    void anObjectWithoutStudiesIsNotAnExport() {
        assertThatThrownBy(() -> read("{\"nextPageToken\":\"x\"}"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("no \"studies\" array");
    }
}
