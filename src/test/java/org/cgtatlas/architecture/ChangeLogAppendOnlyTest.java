package org.cgtatlas.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The change log is append-only: only the history compaction deletes from it, and nothing updates it. */
class ChangeLogAppendOnlyTest {

    private static final Pattern REWRITES_THE_LOG = Pattern.compile(
            "(DELETE\\s+FROM|UPDATE|MERGE\\s+INTO|TRUNCATE\\s+TABLE|DROP\\s+TABLE|ALTER\\s+TABLE)\\s+change_log\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyTheHistoryCompactionRemovesRowsAndNoCodeUpdatesThem() throws IOException {
        List<String> rewriters;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            rewriters = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(ChangeLogAppendOnlyTest::rewritesTheLog)
                    .map(path -> path.getFileName().toString())
                    .toList();
        }
        assertThat(rewriters).containsExactly("HistoryCompaction.java");
        assertThat(Files.readString(Path.of("src/main/java/org/cgtatlas/data/HistoryCompaction.java")))
                .doesNotContainPattern("(?i)UPDATE\\s+change_log");
    }

    private static boolean rewritesTheLog(Path source) {
        try {
            return REWRITES_THE_LOG.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
