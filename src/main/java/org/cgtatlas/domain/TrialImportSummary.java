package org.cgtatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one import of a ClinicalTrials.gov export did.
 *
 * @param studiesRead        records read from the file, skipped ones included
 * @param skippedByReason    how many records were skipped for each reason
 * @param skippedExamples    the first few skipped records with where they were
 * @param countryCounts      studies of this file per ISO country code (a study counts once per country of its sites)
 * @param unknownLocations   site locations whose country was not recognised
 * @param unknownLocationExamples the first few of them
 */
public record TrialImportSummary(long importId, String fileName, String format, Instant importedAt, long studiesRead,
                                 long added, long updated, long skipped, Map<String, Long> skippedByReason,
                                 List<SkippedStudy> skippedExamples, Map<String, Long> countryCounts,
                                 long unknownLocations, List<String> unknownLocationExamples) {

    public TrialImportSummary {
        skippedByReason = Map.copyOf(skippedByReason);
        skippedExamples = List.copyOf(skippedExamples);
        countryCounts = Map.copyOf(countryCounts);
        unknownLocationExamples = List.copyOf(unknownLocationExamples);
    }

    public long countFor(String countryCode) {
        return countryCounts.getOrDefault(countryCode, 0L);
    }
}
