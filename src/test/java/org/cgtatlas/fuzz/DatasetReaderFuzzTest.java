package org.cgtatlas.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.ingest.dataset.DatasetFormatException;
import org.cgtatlas.ingest.dataset.DatasetReader;
import org.cgtatlas.ingest.dataset.DatasetValidator;

/**
 * Hostile dataset files: whatever the bytes, reading and checking ends in a dataset or in the reader's own
 * {@link DatasetFormatException} — never another exception, a hang or running out of memory.
 * In a normal build it replays the committed inputs; the fuzz profile searches for new ones for a bounded time.
 */
class DatasetReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readingAnyBytesFailsOnlyWithAClearMessage(byte[] bytes) {
        try {
            Dataset dataset = new DatasetReader().read(new ByteArrayInputStream(bytes), "fuzz.json");
            new DatasetValidator().problems(dataset);
        } catch (DatasetFormatException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("fuzz.json: ")) {
                throw new AssertionError("a format error must name the file", expected);
            }
        }
    }
}
