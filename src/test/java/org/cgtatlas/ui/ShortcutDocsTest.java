package org.cgtatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/keyboard.md is the same list as the app's: a shortcut added, changed or dropped in one fails here. */
class ShortcutDocsTest {

    private static final Path DOCS = Path.of("docs", "keyboard.md");

    @Test
    void theDocsListEveryShortcutWithItsKeysAndDescriptionAndNoOther() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);

        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(docs).as("docs/keyboard.md lists %s", shortcut)
                    .contains("| " + shortcut.keys().replace("|", "\\|") + " | " + shortcut.description() + " |");
        }
        long rows = docs.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| keys |")).count();
        assertThat(rows).isEqualTo(Shortcut.values().length);
    }

    @Test
    void noTwoShortcutsShareAnAccelerator() {
        assertThat(Arrays.stream(Shortcut.values()).filter(Shortcut::isAccelerator).map(Shortcut::combination))
                .doesNotHaveDuplicates();
    }
}
