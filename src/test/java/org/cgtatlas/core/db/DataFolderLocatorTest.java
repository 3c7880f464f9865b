package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderLocatorTest {

    private final Path home = Path.of("/home/analyst");

    @Test
    void anExplicitFolderWinsOverEverything() {
        var locator = new DataFolderLocator(Map.of("CGT_ATLAS_HOME", "/env/atlas"), "Linux", home);
        assertThat(locator.locate(Path.of("/explicit"))).isEqualTo(Path.of("/explicit"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        var locator = new DataFolderLocator(Map.of("CGT_ATLAS_HOME", "/env/atlas", "XDG_DATA_HOME", "/xdg"), "Linux", home);
        assertThat(locator.locate(null)).isEqualTo(Path.of("/env/atlas"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(new DataFolderLocator(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home).locate(null))
                .isEqualTo(Path.of("/xdg/cgt-atlas"));
        assertThat(new DataFolderLocator(Map.of(), "Linux", home).locate(null))
                .isEqualTo(Path.of("/home/analyst/.local/share/cgt-atlas"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(new DataFolderLocator(Map.of(), "Mac OS X", home).locate(null))
                .isEqualTo(home.resolve("Library/Application Support/CGT Atlas"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(new DataFolderLocator(Map.of("APPDATA", "/appdata"), "Windows 11", home).locate(null))
                .isEqualTo(Path.of("/appdata").resolve("CGT Atlas"));
    }
}
