package org.cgtatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a CGT Atlas process with SIGKILL at random moments while it edits and imports, then reopens its data
 * folder: the database opens, every committed edit is there, every import is whole or absent, nothing is doubled,
 * and the change log holds exactly one row for each organization committed (and none for work a kill cut off).
 * {@code -Dcrash.kills=N} sets the number of kills (20 in a normal build, 500 with {@code -Pstress}).
 */
class CrashSafetyTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.HOURS)
    void committedWorkSurvivesKillsAndImportsAreAllOrNothing() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        Path data = folder.resolve("data");
        Set<Integer> committedEdits = new HashSet<>();
        Set<Integer> startedImports = new HashSet<>();
        Set<Integer> committedImports = new HashSet<>();
        Set<Integer> startedTrialImports = new HashSet<>();
        Set<Integer> committedTrialImports = new HashSet<>();
        for (int kill = 0; kill < kills; kill++) {
            Set<Integer> trialImportsThisRun = new HashSet<>();
            Path log = folder.resolve("run-" + kill + ".log");
            Process child = start(data, log);
            waitForReady(child, log);
            Thread.sleep(50 + random.nextInt(1500));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("EDIT ")) {
                    committedEdits.add(Integer.parseInt(line.substring(5)));
                } else if (line.startsWith("IMPORTING ")) {
                    startedImports.add(Integer.parseInt(line.substring(10)));
                } else if (line.startsWith("IMPORTED ")) {
                    committedImports.add(Integer.parseInt(line.substring(9)));
                } else if (line.startsWith("TRIALS-IMPORTING ")) {
                    startedTrialImports.add(Integer.parseInt(line.substring(17)));
                    trialImportsThisRun.add(Integer.parseInt(line.substring(17)));
                } else if (line.startsWith("TRIALS-IMPORTED ")) {
                    committedTrialImports.add(Integer.parseInt(line.substring(16)));
                }
            }
            verify(data, committedEdits, startedImports, committedImports);
            verifyTrials(data, startedTrialImports, committedTrialImports, trialImportsThisRun);
            if ((kill + 1) % 50 == 0) {
                System.out.printf("Crash safety: %d of %d kills survived so far%n", kill + 1, kills);
            }
        }
        long interruptedImports = startedImports.stream().filter(number -> !committedImports.contains(number)).count()
                + startedTrialImports.stream().filter(number -> !committedTrialImports.contains(number)).count();
        System.out.printf("Crash safety: %d kills survived; %d committed edits, %d committed dataset imports and %d committed "
                + "registry imports all present; %d imports interrupted by a kill were entirely absent or entirely present%n",
                kills, committedEdits.size(), committedImports.size(), committedTrialImports.size(), interruptedImports);
        assertThat(committedEdits).isNotEmpty();
    }

    /** Checks the folder after a kill: it opens, committed work is there, every started import is whole or absent. */
    private void verify(Path data, Set<Integer> edits, Set<Integer> started, Set<Integer> committed) {
        try (AppServices services = AppServices.open(data)) {
            List<Organization> organizations = services.organizations().findAll();
            Set<String> ids = new HashSet<>();
            for (Organization organization : organizations) {
                assertThat(ids.add(organization.id())).as("no duplicate %s", organization.id()).isTrue();
            }
            for (int edit : edits) {
                assertThat(ids).as("committed edit %d", edit).contains("org-edit-" + edit);
            }
            assertWholeOrAbsent("import", ids, CrashWorkload::importedId, started, committed);
            Set<String> logged = new HashSet<>();
            ChangeLogRepository log = services.changeLog();
            for (RecordChange change : log.between(0, log.revision())) {
                if (change.kind() == RecordKind.ORGANIZATION) {
                    assertThat(logged.add(change.recordId())).as("one log row for %s", change.recordId()).isTrue();
                }
            }
            for (String id : ids) {
                assertThat(logged).as("the change log has the stored organization %s", id).contains(id);
            }
            assertThat(ids).as("the log names no organization that was not committed").containsAll(logged);
        }
    }

    /**
     * Every started registry import is whole or absent, and the raw record of every stored trial of the imports started
     * in the last run (the ones a kill may have cut) reads back from its copy.
     */
    private void verifyTrials(Path data, Set<Integer> started, Set<Integer> committed, Set<Integer> startedInLastRun) {
        try (AppServices services = AppServices.open(data)) {
            TrialRepository trials = services.trialRepository();
            Set<String> ids = new HashSet<>();
            trials.findAll().forEach(trial -> ids.add(trial.trial().nctId()));
            assertWholeOrAbsent("registry import", ids, CrashWorkload::trialId, started, committed);
            for (int importNumber : startedInLastRun) {
                for (int record = 0; record < CrashWorkload.RECORDS_PER_IMPORT; record++) {
                    String id = CrashWorkload.trialId(importNumber, record);
                    if (ids.contains(id)) {
                        assertThat(trials.source(id).orElseThrow().rawSource()).as("raw record of %s", id)
                                .isEqualTo(id + ",\"Crash test trial,\nover two lines\",\"A, Seoul, Korea, Republic of\"");
                    }
                }
            }
        }
    }

    /** Each started import's records are all stored or none; a committed import's are all stored. */
    private static void assertWholeOrAbsent(String kind, Set<String> storedIds, BiFunction<Integer, Integer, String> recordId,
                                            Set<Integer> started, Set<Integer> committed) {
        for (int importNumber : started) {
            long present = IntStream.range(0, CrashWorkload.RECORDS_PER_IMPORT)
                    .filter(record -> storedIds.contains(recordId.apply(importNumber, record))).count();
            assertThat(present).as("%s %d is whole or absent", kind, importNumber).isIn(0L, (long) CrashWorkload.RECORDS_PER_IMPORT);
            if (committed.contains(importNumber)) {
                assertThat(present).as("committed %s %d", kind, importNumber).isEqualTo(CrashWorkload.RECORDS_PER_IMPORT);
            }
        }
    }

    private static Process start(Path data, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(), data.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitForReady(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains("READY")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the workload did not start: " + Files.readString(log, StandardCharsets.UTF_8));
    }
}
