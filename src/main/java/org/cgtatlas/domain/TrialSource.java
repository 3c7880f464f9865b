package org.cgtatlas.domain;

import java.time.Instant;

/**
 * Where a stored trial's data came from: the file and format of its latest import, when, and the CSV line (re-quoted)
 * or JSON object it was read from.
 */
public record TrialSource(String fileName, String format, Instant importedAt, String rawSource) {
}
