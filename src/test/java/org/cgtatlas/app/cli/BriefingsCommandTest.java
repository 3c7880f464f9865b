package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas briefings}: the briefings two PDF exports pinned, in each format, exactly. */
class BriefingsCommandTest {

    @TempDir
    Path folder;

    private Path data;
    private Briefing older;
    private Briefing newer;

    @BeforeEach
    void exportTwice() throws Exception {
        data = folder.resolve("data");
        CliRun first = run("--data-dir", data.toString(), "export", "--format", "pdf", "--out", folder.resolve("all.pdf").toString(),
                "--sections", "overview");
        CliRun second = run("--data-dir", data.toString(), "export", "--format", "pdf", "--out",
                folder.resolve("japan.pdf").toString(), "--sections", "trials,overview", "--country", "jp", "--modality", "CAR-T");
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(second.out()).containsPattern("Pinned as briefing #2 \\(data revision 0, SHA-256 [0-9a-f]{64}\\)");
        try (Database database = Database.open(data)) {
            List<Briefing> stored = new BriefingRepository(database).findAll();
            assertThat(stored).hasSize(2);
            newer = stored.get(0);
            older = stored.get(1);
        }
        Files.delete(folder.resolve("all.pdf"));
    }

    @Test
    void text() {
        CliRun listed = run("--data-dir", data.toString(), "briefings");

        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).isEqualTo("Briefings: 2 (newest first)\n"
                + "#2  " + shown(newer) + "  East Asia Cell & Gene Therapy Snapshot  by " + newer.createdBy() + "\n"
                + "    sections: overview, trials; filters: {\"country\":\"JP\",\"modality\":\"CAR_T\"}; data revision 0; "
                + newer.pages() + " pages\n"
                + "    " + folder.resolve("japan.pdf").toAbsolutePath() + " (file present)\n"
                + "#1  " + shown(older) + "  East Asia Cell & Gene Therapy Snapshot  by " + older.createdBy() + "\n"
                + "    sections: overview; filters: {}; data revision 0; " + older.pages() + " pages\n"
                + "    " + folder.resolve("all.pdf").toAbsolutePath() + " (file moved or deleted)\n");
    }

    @Test
    void csv() {
        CliRun listed = run("--data-dir", data.toString(), "briefings", "--format", "csv");

        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).isEqualTo("id,created_at,created_by,title,sections,filters,data_revision,pages,file,sha256,file_state\n"
                + "2," + newer.createdAt() + "," + newer.createdBy() + ",East Asia Cell & Gene Therapy Snapshot,\"overview,trials\","
                + "\"{\"\"country\"\":\"\"JP\"\",\"\"modality\"\":\"\"CAR_T\"\"}\",0," + newer.pages() + ","
                + folder.resolve("japan.pdf").toAbsolutePath() + "," + newer.sha256() + ",present\n"
                + "1," + older.createdAt() + "," + older.createdBy() + ",East Asia Cell & Gene Therapy Snapshot,overview,{},0,"
                + older.pages() + "," + folder.resolve("all.pdf").toAbsolutePath() + "," + older.sha256() + ",missing\n");
    }

    @Test
    void json() {
        CliRun listed = run("--data-dir", data.toString(), "briefings", "--format", "json");

        assertThat(listed.exit()).isZero();
        assertThat(listed.out().replace("\r\n", "\n")).isEqualTo("[ " + json(newer, "{\\\"country\\\":\\\"JP\\\",\\\"modality\\\":\\\"CAR_T\\\"}",
                "overview,trials", "japan.pdf", "present") + ", " + json(older, "{}", "overview", "all.pdf", "missing") + " ]\n");
    }

    @Test
    void noBriefingYet() {
        CliRun listed = run("--data-dir", folder.resolve("empty").toString(), "briefings", "--format", "json");

        assertThat(listed.out().strip()).isEqualTo("[ ]");
        assertThat(run("--data-dir", folder.resolve("empty").toString(), "briefings").out()).isEqualTo("Briefings: 0 (newest first)\n");
    }

    private static String shown(Briefing briefing) {
        return briefing.createdAt().toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    private String json(Briefing briefing, String filters, String sections, String file, String state) {
        return "{\n  \"id\" : " + briefing.id() + ",\n  \"created_at\" : \"" + briefing.createdAt() + "\",\n"
                + "  \"created_by\" : \"" + briefing.createdBy() + "\",\n"
                + "  \"title\" : \"East Asia Cell & Gene Therapy Snapshot\",\n  \"sections\" : \"" + sections + "\",\n"
                + "  \"filters\" : \"" + filters + "\",\n  \"data_revision\" : 0,\n  \"pages\" : " + briefing.pages() + ",\n"
                + "  \"file\" : \"" + folder.resolve(file).toAbsolutePath() + "\",\n  \"sha256\" : \"" + briefing.sha256() + "\",\n"
                + "  \"file_state\" : \"" + state + "\"\n}";
    }
}
