package org.cgtatlas.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void savedValuesAreReadBack() {
        Path file = folder.resolve("settings.properties");
        SettingsStore store = SettingsStore.load(file);
        store.put("window.theme", "DARK");
        store.put("window.zoom", "1.2");
        store.save();

        SettingsStore reloaded = SettingsStore.load(file);
        assertThat(reloaded.get("window.theme", "LIGHT")).isEqualTo("DARK");
        assertThat(reloaded.getDouble("window.zoom", 1.0)).isEqualTo(1.2);
    }

    @Test
    void aMissingOrDamagedFileGivesDefaults() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "window.zoom=\\uZZZZ broken");
        SettingsStore store = SettingsStore.load(file);
        assertThat(store.getDouble("window.zoom", 1.0)).isEqualTo(1.0);
        assertThat(SettingsStore.load(folder.resolve("none.properties")).get("x", "fallback")).isEqualTo("fallback");
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws Exception {
        SettingsStore store = SettingsStore.load(folder.resolve("settings.properties"));
        store.put("a", "b");
        store.save();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("settings.properties");
        }
    }
}
