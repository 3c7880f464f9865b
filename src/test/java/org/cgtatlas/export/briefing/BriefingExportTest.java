package org.cgtatlas.export.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.export.ExportFailure;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF export pins a briefing of exactly what it wrote, and a failed one pins nothing. */
class BriefingExportTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final SnapshotRequest JAPAN_TRIALS = new SnapshotRequest(
            EnumSet.of(ReportSection.TRIALS, ReportSection.OVERVIEW), ReportPageSize.A4, new ReportFilter("JP", Modality.CAR_T), true);

    @TempDir
    Path folder;

    private AppServices services;
    private BriefingRepository briefings;

    @BeforeEach
    void open() {
        services = AppServices.open(folder.resolve("data"));
        briefings = new BriefingRepository(services.database());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBriefingKeepsTheFilesSha256TheSnapshotsRevisionAndWhatWasAsked() throws Exception {
        services.trialImporter().importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
        Landscape landscape = services.landscape().current();
        assertThat(landscape.changeLogRevision()).as("the import's run is in the log").isPositive();
        Path target = folder.resolve("japan.pdf");

        Briefing pinned = services.briefingExport().export(landscape, JAPAN_TRIALS, target, NOW, Progress.NONE);

        assertThat(pinned.sha256()).isEqualTo(sha256(Files.readAllBytes(target)));
        assertThat(briefings.findAll()).containsExactly(pinned);
        assertThat(pinned.id()).isPositive();
        assertThat(pinned.createdAt()).isEqualTo(NOW.toInstant());
        assertThat(pinned.createdBy()).isEqualTo(RecordIds.currentUser());
        assertThat(pinned.title()).isEqualTo("East Asia Cell & Gene Therapy Snapshot");
        assertThat(pinned.filters()).isEqualTo("{\"country\":\"JP\",\"modality\":\"CAR_T\"}");
        assertThat(pinned.sections()).containsExactly("overview", "trials");
        assertThat(pinned.dataRevision()).isEqualTo(landscape.changeLogRevision());
        assertThat(pinned.filePath()).isEqualTo(target.toAbsolutePath().toString());
        assertThat(pinned.pages()).isPositive();
    }

    @Test
    void theRevisionIsTheSnapshotsEvenWhenTheLogHasGrownSince() throws IOException {
        Landscape before = services.landscape().current();
        services.trialImporter().importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);

        Briefing pinned = services.briefingExport().export(before, SnapshotRequest.everything(ReportPageSize.A4),
                folder.resolve("before.pdf"), NOW, Progress.NONE);

        assertThat(pinned.dataRevision()).isZero();
        assertThat(pinned.filters()).isEqualTo("{}");
    }

    @Test
    void aWriteThatFailsPinsNothing() {
        Path unwritable = folder.resolve("no-such-folder").resolve("snapshot.pdf");

        assertThatThrownBy(() -> services.briefingExport().export(services.landscape().current(), JAPAN_TRIALS, unwritable,
                NOW, Progress.NONE)).isInstanceOf(ExportFailure.class);

        assertThat(briefings.findAll()).isEmpty();
    }

    @Test
    void aCancelledWritePinsNothing() {
        assertThatThrownBy(() -> services.briefingExport().export(services.landscape().current(),
                SnapshotRequest.everything(ReportPageSize.A4), folder.resolve("cancelled.pdf"), NOW,
                CancellingProgress.afterChecks(3))).isInstanceOf(CancelledException.class);

        assertThat(briefings.findAll()).isEmpty();
    }

    @Test
    void theListTellsWhetherEachFileIsStillTheOneWritten() throws IOException {
        Landscape landscape = services.landscape().current();
        Path kept = folder.resolve("kept.pdf");
        Path edited = folder.resolve("edited.pdf");
        Path moved = folder.resolve("moved.pdf");
        for (Path file : new Path[] {kept, edited, moved}) {
            services.briefingExport().export(landscape, JAPAN_TRIALS, file, NOW, Progress.NONE);
        }
        Files.writeString(edited, "another file");
        Files.move(moved, folder.resolve("elsewhere.pdf"));

        assertThat(services.briefings().read()).extracting(listed -> listed.briefing().filePath(), ListedBriefing::file)
                .as("newest first").containsExactly(
                        tuple(moved.toAbsolutePath().toString(), ListedBriefing.FileState.MISSING),
                        tuple(edited.toAbsolutePath().toString(), ListedBriefing.FileState.CHANGED),
                        tuple(kept.toAbsolutePath().toString(), ListedBriefing.FileState.PRESENT));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
