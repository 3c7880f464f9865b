package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds the change log; restoring it brings back the log as it was, and only that. */
class ChangeLogBackupTest {

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupBringsBackTheLogAsItWasWhenTheBackupWasTaken() {
        Path backup = folder.resolve("backup.zip");
        try (AppServices services = AppServices.open(folder.resolve("data"))) {
            ChangeLogRepository log = services.changeLog();
            Programme relma = services.programmes().findAll().stream()
                    .filter(programme -> programme.id().equals("prog-relma-cel")).findFirst().orElseThrow();
            services.programmes().save(withStage(relma, DevelopmentStage.PHASE_3));
            List<RecordChange> backedUp = log.history(RecordKind.PROGRAMME, relma.id());
            long revision = log.revision();
            services.backups().backupTo(backup);

            services.programmes().delete(relma);
            assertThat(log.revision()).isGreaterThan(revision);

            services.database().restoreFrom(backup);

            assertThat(log.revision()).isEqualTo(revision);
            assertThat(log.history(RecordKind.PROGRAMME, relma.id())).isEqualTo(backedUp)
                    .extracting(RecordChange::cause).startsWith(ChangeCause.EDIT);
        }
    }

    private static Programme withStage(Programme p, DevelopmentStage stage) {
        return new Programme(p.id(), p.name(), p.organizationId(), p.countryCode(), p.modality(), p.target(),
                p.indication(), stage, p.statusText(), p.partnerIds(), p.description(), p.citations(), p.provenance(),
                p.inferred(), p.analystSources());
    }
}
