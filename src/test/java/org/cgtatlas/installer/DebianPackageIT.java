package org.cgtatlas.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb built by {@code mvn -Pinstaller verify} (run by failsafe after the package phase), unpacked with
 * {@code dpkg -x} into a temporary root: its own runtime runs the launcher's command line, and the package keeps to
 * its size goals.
 */
class DebianPackageIT {

    private static final long MEGABYTE = 1024 * 1024;
    private static final Path INSTALLER = Path.of(System.getProperty("installer.dir", "target/installer"));

    @TempDir
    static Path work;
    private static Path deb;
    private static Path root;

    @BeforeAll
    static void unpack() throws Exception {
        try (Stream<Path> files = Files.list(INSTALLER)) {
            deb = files.filter(file -> file.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("No .deb in " + INSTALLER.toAbsolutePath()));
        }
        root = work.resolve("root");
        Run unpacked = run(List.of("dpkg", "-x", deb.toString(), root.toString()));
        assertThat(unpacked.exit()).as(unpacked.output()).isZero();
    }

    @Test
    void theLauncherPrintsItsVersionWithItsOwnRuntime() throws Exception {
        Run version = run(List.of(launcher().toString(), "--version"));

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("CGT Atlas " + System.getProperty("project.version", ""))
                .contains("Java 17");
    }

    @Test
    void infoOpensADataFolderWithTheBundledData() throws Exception {
        Path data = work.resolve("data");

        Run info = run(List.of(launcher().toString(), "info", "--data-dir", data.toString()));

        assertThat(info.exit()).as(info.output()).isZero();
        assertThat(info.output()).contains("Data folder:     " + data).containsPattern("Schema version:\\s+\\d+")
                .containsPattern("organization\\s+[1-9]\\d*");
        assertThat(Files.exists(data.resolve("atlas.mv.db"))).isTrue();
    }

    @Test
    void aDamagedInstallationIsToldInOneSentenceWithoutAStackTrace() throws Exception {
        Path damaged = work.resolve("damaged");
        assertThat(run(List.of("dpkg", "-x", deb.toString(), damaged.toString())).exit()).isZero();
        Path h2;
        try (Stream<Path> jars = Files.list(damaged.resolve("opt/cgt-atlas/lib/app"))) {
            h2 = jars.filter(jar -> jar.getFileName().toString().startsWith("h2-")).findFirst().orElseThrow();
        }
        Files.delete(h2);

        Run info = run(List.of(damaged.resolve("opt/cgt-atlas/bin/cgt-atlas").toString(), "info",
                "--data-dir", work.resolve("damaged-data").toString()));

        assertThat(info.exit()).isEqualTo(4);
        assertThat(info.output()).contains("CGT Atlas's installation is damaged: " + h2 + " is missing. Reinstall CGT Atlas")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theMenuEntryNamesTheAppAndItsIconIsInThePackage() throws IOException {
        Path desktop = root.resolve("opt/cgt-atlas/lib/cgt-atlas-cgt-atlas.desktop");
        String entry = Files.readString(desktop, StandardCharsets.UTF_8);

        assertThat(entry).contains("Name=CGT Atlas").contains("Exec=/opt/cgt-atlas/bin/cgt-atlas");
        String icon = entry.lines().filter(line -> line.startsWith("Icon=")).findFirst().orElseThrow().substring(5);
        assertThat(root.resolve(icon.substring(1))).isRegularFile();
    }

    @Test
    void thePackageKeepsToItsSizeGoals() throws IOException {
        assertThat(Files.size(deb) / MEGABYTE).as(".deb MB").isLessThanOrEqualTo(80);
        long installed;
        try (Stream<Path> files = Files.walk(root)) {
            installed = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        // Room is left for the class-data archive postinst makes (about 60 MB): installed, at most 180 MB.
        assertThat(installed / MEGABYTE).as("installed MB, before the class-data archive").isLessThanOrEqualTo(120);
    }

    @Test
    void thePortableArchiveIsBuiltToo() throws IOException {
        try (Stream<Path> files = Files.list(INSTALLER)) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.endsWith("-linux-x64.tar.gz"));
        }
    }

    private static Path launcher() {
        return root.resolve("opt/cgt-atlas/bin/cgt-atlas");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Run(process.exitValue(), output);
    }
}
