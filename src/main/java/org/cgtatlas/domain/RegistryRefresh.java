package org.cgtatlas.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One completed refresh from a registry's API.
 *
 * @param updatedSince  only studies updated on or after this date were asked for; null for a full refresh
 * @param dataTimestamp the registry's data timestamp as its API stated it ("registry data as of")
 * @param importId      the import that stored the returned studies; null when none came back
 */
public record RegistryRefresh(String registry, String apiUrl, String query, LocalDate updatedSince, String dataTimestamp,
                              Instant refreshedAt, int pages, long studiesReturned, Long importId) {

    public static final String CTGOV = "CTGOV";

    public boolean full() {
        return updatedSince == null;
    }
}
