package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.export.changes.ChangesSinceOutput;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSince.RecordDiff;
import org.cgtatlas.landscape.history.ChangesSinceReader;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas changes}: what an edit, an addition and a registry import since a briefing did, in each format, exactly. */
class ChangesCommandTest {

    private static final String HEADER = "NCT Number,Study Title,Study Status,Phases,Interventions,Locations\n";

    @TempDir
    Path folder;

    private String data;
    private String briefingDay;
    private long revisionThen;
    private long revisionNow;

    @BeforeEach
    void briefThenChange() throws Exception {
        data = folder.resolve("data").toString();
        assertThat(run("--data-dir", data, "import", csv("first.csv",
                "NCT00000001,Stays,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n")).exit()).isZero();
        CliRun export = run("--data-dir", data, "export", "--format", "pdf", "--out", folder.resolve("brief.pdf").toString(),
                "--sections", "overview");
        assertThat(export.exit()).isZero();
        briefingDay = LocalDate.now(ZoneOffset.UTC).toString();
        try (AppServices services = AppServices.open(folder.resolve("data"))) {
            revisionThen = services.changesSince().briefings().get(0).dataRevision();
            Programme relma = services.programmes().findAll().stream()
                    .filter(programme -> programme.id().equals("prog-relma-cel")).findFirst().orElseThrow();
            services.programmes().save(new Programme(relma.id(), relma.name(), relma.organizationId(), relma.countryCode(),
                    relma.modality(), relma.target(), relma.indication(), DevelopmentStage.PHASE_2, "label expansion",
                    relma.partnerIds(), relma.description(), relma.citations(), relma.provenance(), relma.inferred(),
                    relma.analystSources()));
            services.programmes().save(new Programme("prog-new", "New-cel", "org-jw-therapeutics", "JP", Modality.CAR_T,
                    "CD19", "Lymphoma", DevelopmentStage.PHASE_1, null, List.of(), null, List.of(),
                    Provenance.editedNowBy(RecordOrigin.USER, "analyst")));
        }
        assertThat(run("--data-dir", data, "import", csv("second.csv",
                "NCT00000001,Stays,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
                        + "NCT00000002,New,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan|B, Seoul, Korea, Republic of\"\n"))
                .exit()).isZero();
        try (AppServices services = AppServices.open(folder.resolve("data"))) {
            revisionNow = services.changeLog().revision();
        }
    }

    @Test
    void text() {
        CliRun changes = run("--data-dir", data, "changes", "--since", "1");

        assertThat(changes.exit()).as(changes.err()).isZero();
        assertThat(changes.out()).isEqualTo("What changed since briefing #1 'East Asia Cell & Gene Therapy Snapshot', "
                + briefingDay + " (data revision " + revisionThen + " → " + revisionNow + ")\n"
                + "Records: 1 added, 0 removed, 1 changed\n"
                + "\n"
                + "By country\n"
                + "CN\n"
                + "  changed  programme   Relma-cel  (prog-relma-cel)\n"
                + "      stage: APPROVED → PHASE_2\n"
                + "      statusText: approved (among China's CAR-T approvals) → label expansion\n"
                + "JP\n"
                + "  added    programme   New-cel  (prog-new)\n"
                + "\n"
                + "By kind\n"
                + "  programme        1 added, 0 removed, 1 changed\n"
                + "\n"
                + "Registry: CGT trials per country × modality that differ (2)\n"
                + "  JP  CAR-T                                then     1  now     2  +1\n"
                + "      in:  NCT00000002\n"
                + "  KR  CAR-T                                then     0  now     1  +1\n"
                + "      in:  NCT00000002\n");
    }

    @Test
    void csvAndJsonAndAFilter() {
        CliRun csv = run("--data-dir", data, "changes", "--since", "1", "--format", "csv");
        CliRun json = run("--data-dir", data, "changes", "--since", "1", "--format", "json", "--country", "kr");

        assertThat(csv.out()).isEqualTo(
                "section,countries,kind,record_id,name,change,field,before,after,modality,then,now,trials_entered,trials_left\n"
                + "record,JP,programme,prog-new,New-cel,added,,,,CAR-T,,,,\n"
                + "record,CN,programme,prog-relma-cel,Relma-cel,changed,stage,APPROVED,PHASE_2,CAR-T,,,,\n"
                + "record,CN,programme,prog-relma-cel,Relma-cel,changed,statusText,approved (among China's CAR-T approvals),"
                + "label expansion,CAR-T,,,,\n"
                + "registry,JP,,,,,,,,CAR-T,1,2,NCT00000002,\n"
                + "registry,KR,,,,,,,,CAR-T,0,1,NCT00000002,\n");
        assertThat(json.out()).isEqualTo("{\n"
                + "  \"since\" : \"briefing #1 'East Asia Cell & Gene Therapy Snapshot', " + briefingDay + "\",\n"
                + "  \"revision_then\" : " + revisionThen + ",\n"
                + "  \"revision_now\" : " + revisionNow + ",\n"
                + "  \"filters\" : \"country KR\",\n"
                + "  \"added\" : 0,\n"
                + "  \"removed\" : 0,\n"
                + "  \"changed\" : 0,\n"
                + "  \"records\" : [ ],\n"
                + "  \"by_country\" : { },\n"
                + "  \"by_kind\" : { },\n"
                + "  \"registry\" : [ {\n"
                + "    \"country\" : \"KR\",\n"
                + "    \"modality\" : \"CAR-T\",\n"
                + "    \"then\" : 0,\n"
                + "    \"now\" : 1,\n"
                + "    \"difference\" : 1,\n"
                + "    \"trials_entered\" : [ \"NCT00000002\" ],\n"
                + "    \"trials_left\" : [ ]\n"
                + "  } ]\n"
                + "}\n");
    }

    @Test
    void thePdfSectionShowsTheFiguresOfTheSameComputation() throws Exception {
        Path pdf = folder.resolve("since.pdf");
        CliRun export = run("--data-dir", data, "export", "--format", "pdf", "--out", pdf.toString(), "--sections", "overview",
                "--since", "1");
        assertThat(export.exit()).as(export.err()).isZero();
        ChangesSince changes;
        try (AppServices services = AppServices.open(folder.resolve("data"))) {
            ChangesSinceReader reader = services.changesSince();
            changes = reader.read(reader.start("1", ZoneId.systemDefault()), ChangesSince.Filter.ALL);
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        assertThat(changes.records()).hasSize(2);
        assertThat(changes.registry()).hasSize(2);
        assertThat(text).contains(ChangesSinceOutput.title(changes))
                .contains("Records: " + ChangesSinceOutput.totals(changes))
                .contains("China (CN) — 0 added, 0 removed, 1 changed", "Japan (JP) — 1 added, 0 removed, 0 changed");
        for (RecordDiff diff : changes.records()) {
            assertThat(text).contains(ChangesSinceOutput.recordLine(diff));
            if (diff.change() == ChangesSince.Change.CHANGED) {
                diff.fields().forEach(field -> assertThat(text).contains(ChangesSinceOutput.fieldLine(field)));
            }
        }
        for (Difference difference : changes.registry()) {
            assertThat(text).contains(ChangesSinceOutput.registryLine(difference) + " in: "
                    + String.join(", ", difference.entered()));
        }
        assertThat(run("--data-dir", data, "export", "--format", "pdf", "--out", pdf.toString(), "--since", "someday").err())
                .contains("'someday' names no briefing and is not a date");
    }

    @Test
    void toAFile() throws Exception {
        Path out = folder.resolve("changes.txt");
        CliRun written = run("--data-dir", data, "changes", "--since", "1", "--out", out.toString());

        assertThat(written.out()).isEqualTo("Wrote " + out + "\n");
        assertThat(Files.readString(out)).isEqualTo(run("--data-dir", data, "changes", "--since", "1").out());
    }

    @Test
    void aWrongSinceListsTheValidFormsAndAnOldDaySaysHowFarBackTheHistoryGoes() {
        CliRun wrong = run("--data-dir", data, "changes", "--since", "yesterday");
        CliRun old = run("--data-dir", data, "changes", "--since", "2001-01-01");

        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("'yesterday' names no briefing and is not a date. Use a briefing's id "
                + "(cgt-atlas briefings lists them, e.g. 3) or a day as YYYY-MM-DD (e.g. 2026-11-30).");
        assertThat(old.exit()).isEqualTo(2);
        assertThat(old.err()).contains("The history goes back to ");
    }

    private String csv(String name, String rows) throws Exception {
        return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8).toString();
    }
}
