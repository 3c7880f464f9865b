package org.cgtatlas.feature.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.cgtatlas.core.db.AutomaticBackup;
import org.cgtatlas.core.db.BackupTier;
import org.junit.jupiter.api.Test;

class RestoreDialogTest {

    @Test
    void eachBackupSaysWhichTiersKeepItInTierOrder() {
        AutomaticBackup daily = new AutomaticBackup(Path.of("a.zip"), LocalDateTime.of(2026, 12, 1, 9, 0), "daily",
                Set.of(BackupTier.MONTHLY, BackupTier.DAILY, BackupTier.WEEKLY));
        AutomaticBackup first = new AutomaticBackup(Path.of("b.zip"), LocalDateTime.of(2026, 1, 1, 9, 0),
                "before-first-import", Set.of(BackupTier.BEFORE_FIRST_IMPORT));

        assertThat(RestoreDialog.tiers(daily)).isEqualTo("daily, weekly, monthly");
        assertThat(RestoreDialog.tiers(first)).isEqualTo("before the first import");
    }
}
