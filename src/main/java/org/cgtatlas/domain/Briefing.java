package org.cgtatlas.domain;

import java.time.Instant;
import java.util.List;

/**
 * A PDF export pinned when it was written (issue 18): when and by whom, its title, filters (a JSON object) and
 * sections (short names, in report order), the change-log revision of the data it showed, where the file went, the
 * SHA-256 of its bytes (lower-case hex) and its pages. {@code id} is 0 until stored.
 */
public record Briefing(long id, Instant createdAt, String createdBy, String title, String filters, List<String> sections,
                       long dataRevision, String filePath, String sha256, int pages) {

    public Briefing {
        sections = List.copyOf(sections);
    }

    public Briefing withId(long storedId) {
        return new Briefing(storedId, createdAt, createdBy, title, filters, sections, dataRevision, filePath, sha256, pages);
    }
}
