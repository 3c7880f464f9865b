package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas products add} stores an analyst's product, which {@code products list} then shows. */
class ProductsCommandTest {

    @TempDir
    Path folder;

    @Test
    void anAddedProductIsListedBesideTheBundledOnes() {
        CliRun added = run("--data-dir", folder.toString(), "products", "add", "--id", "zetastem", "--name", "Zetastem",
                "--aliases", "Zetastem|ZS-01", "--modality", "MSC", "--developer", "A developer", "--country", "kr",
                "--reference", "press release");
        CliRun listed = run("--data-dir", folder.toString(), "products", "list");

        assertThat(added.exit()).isZero();
        assertThat(listed.out()).contains("Cartistem").contains("Added by analysts: 1").contains("zetastem")
                .contains("Zetastem | ZS-01");
    }

    @Test
    void anUnknownModalityIsRefusedWithTheChoices() {
        CliRun refused = run("--data-dir", folder.toString(), "products", "add", "--id", "x", "--name", "X", "--aliases", "X",
                "--modality", "Magic", "--developer", "D", "--country", "KR", "--reference", "R");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("'Magic' is not a modality");
    }
}
