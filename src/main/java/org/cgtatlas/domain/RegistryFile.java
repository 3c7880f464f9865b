package org.cgtatlas.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * An imported registry export that the trial counts come from: at least one stored trial was last imported from it.
 *
 * @param fileName  the file's name when it was imported
 * @param format    how it was read (an {@code ImportFormat} name)
 * @param importedAt when it was imported
 * @param fileDate  the file's last-modified time when it was imported (when the export was saved from the registry);
 *                  null for files imported before CGT Atlas kept it
 * @param trials    the stored trials last imported from it
 */
public record RegistryFile(String fileName, String format, Instant importedAt, Instant fileDate, long trials) {

    public Optional<Instant> fileDateIfKnown() {
        return Optional.ofNullable(fileDate);
    }
}
