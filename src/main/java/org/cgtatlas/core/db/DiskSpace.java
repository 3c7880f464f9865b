package org.cgtatlas.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a full disk from a damaged file: H2 reports both as a failing store, but only a damaged file should be moved
 * aside. The disk counts as full when little space is left on it or an error on the way says so (Linux, macOS and
 * Windows word it differently).
 */
final class DiskSpace {

    /** Below this, opening and migrating a database may fail for want of space. */
    static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;
    private static final Pattern OUT_OF_SPACE = Pattern.compile(
            "no space left|not enough space|disk (is )?full|quota exceeded", Pattern.CASE_INSENSITIVE);

    private DiskSpace() {
    }

    static boolean isFull(Path folder, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && OUT_OF_SPACE.matcher(cause.getMessage()).find()) {
                return true;
            }
        }
        long usable = usableBytes(folder);
        return usable >= 0 && usable < NEARLY_FULL_BYTES;
    }

    static String usableText(Path folder) {
        long usable = usableBytes(folder);
        return usable < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f MB", usable / 1e6);
    }

    /** The bytes left for this process on the disk holding the folder; -1 when the system cannot tell. */
    private static long usableBytes(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
