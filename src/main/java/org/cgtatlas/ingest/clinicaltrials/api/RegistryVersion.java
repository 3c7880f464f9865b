package org.cgtatlas.ingest.clinicaltrials.api;

/**
 * What {@code GET /version} says: the API's version and when the registry's data was last updated
 * ({@code dataTimestamp}, e.g. {@code 2026-09-04T09:00:06}, the registry's own clock), shown as "registry data as of".
 */
public record RegistryVersion(String apiVersion, String dataTimestamp) {
}
