package org.cgtatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CGT Atlas opens no listening socket and never loads H2's TCP, PG or web console servers. */
class NoOpenDoorsTest {

    @TempDir
    Path folder;

    @Test
    void aWholeSessionListensOnNothingAndLoadsNoServerClass() throws Exception {
        assumeTrue(ListeningSockets.supported(), "needs Linux /proc");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("testfx.robot", "testfx.headless", "glass.platform", "monocle.platform",
                "prism.order", "prism.text", "java.awt.headless", "headless.geometry")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(HeadlessSession.class.getName(), folder.resolve("data").toString()));
        Path log = folder.resolve("session.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the session finished in time").isTrue();

        assertThat(output).as("the session ran to the end").contains("LISTENING=");
        assertThat(output).contains("LISTENING=[]");
        assertThat(output).contains("org.h2.engine.Database ").contains("org.cgtatlas.feature.sources.SourcesView");
        assertThat(output).doesNotContain("org.h2.tools.Server ").doesNotContain("org.h2.server.");
    }
}
