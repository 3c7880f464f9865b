package org.cgtatlas.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    @TempDir
    Path app;

    @Test
    void aCompleteClassPathIsFine() throws Exception {
        Path jar = Files.write(app.resolve("a.jar"), new byte[] {1});
        Path classes = Files.createDirectory(app.resolve("classes"));

        assertThat(Installation.damage(jar + File.pathSeparator + classes)).isEmpty();
        assertThat(Installation.damage(System.getProperty("java.class.path"))).isEmpty();
    }

    @Test
    void aMissingJarIsNamedWithWhatToDo() throws Exception {
        Path jar = Files.write(app.resolve("a.jar"), new byte[] {1});
        Path missing = app.resolve("h2.jar");

        assertThat(Installation.damage(jar + File.pathSeparator + missing)).hasValue("CGT Atlas's installation is damaged: "
                + missing + " is missing. Reinstall CGT Atlas; your data folder is not affected.");
    }

    @Test
    void anEmptiedJarIsDamageToo() throws Exception {
        Path empty = Files.createFile(app.resolve("empty.jar"));

        assertThat(Installation.damage(empty.toString())).hasValueSatisfying(message -> assertThat(message)
                .contains(empty + " is empty"));
    }

    @Test
    void aClassThatCannotBeLoadedIsToldAsDamage() {
        String message = Installation.damaged(new NoClassDefFoundError("org/h2/jdbcx/JdbcConnectionPool"));

        assertThat(message).startsWith("CGT Atlas's installation is damaged: a part of it cannot be loaded (")
                .contains("org/h2/jdbcx/JdbcConnectionPool").endsWith("your data folder is not affected.");
    }
}
