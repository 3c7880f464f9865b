package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

    @TempDir
    Path folder;

    @Test
    void anErrorSayingTheDiskIsFullOnAnyOfTheSystemsCounts() {
        for (String message : new String[] {"No space left on device", "There is not enough space on the disk",
                "Disk full", "Disk quota exceeded"}) {
            RuntimeException error = new IllegalStateException("store failed", new UncheckedIOException(new IOException(message)));
            assertThat(DiskSpace.isFull(folder, error)).as(message).isTrue();
        }
    }

    @Test
    void aDamagedFileOnADiskWithRoomIsNotAFullDisk() {
        assertThat(DiskSpace.isFull(folder, new IllegalStateException("File corrupted while reading record"))).isFalse();
        assertThat(DiskSpace.usableText(folder)).endsWith(" MB");
    }
}
