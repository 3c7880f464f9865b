package org.cgtatlas.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogConfiguratorTest {

    @TempDir
    Path folder;

    @Test
    void infoAndAboveGoToTheDataFoldersLogWithTheLoggerAndThread() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        FileLogConfigurator.configure(context, folder);
        context.getLogger("org.cgtatlas.Example").info("Opened database {}", "atlas");
        context.getLogger("org.cgtatlas.Example").debug("not kept");
        context.getLogger("org.flywaydb.core.Flyway").info("Flyway's chatter is not kept");
        context.getLogger("org.flywaydb.core.Flyway").warn("but its warnings are");
        context.stop();

        String log = Files.readString(folder.resolve("cgt-atlas.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+] org.cgtatlas.Example - Opened database atlas")
                .contains("but its warnings are").doesNotContain("not kept");
    }

    @Test
    void theTestsOwnConfigurationIsLeftToLogback() {
        assertThat(new FileLogConfigurator().configure(new LoggerContext()))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
