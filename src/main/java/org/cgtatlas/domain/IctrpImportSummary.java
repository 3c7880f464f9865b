package org.cgtatlas.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What one import of a WHO ICTRP export did: the counts every registry import reports (its country counts count the
 * file's trials, records linked through secondary ids once), plus what only ICTRP exports have.
 *
 * @param trials             the counts; {@code countryCounts} include the inferred ones
 * @param inferredByCountry  of those, trials counted for a country only because their {@code Countries} was blank
 * @param recordsByRegister  records read per source register
 * @param exportedAt         the export date the file states; null when it states none
 */
public record IctrpImportSummary(TrialImportSummary trials, Map<String, Long> inferredByCountry,
                                 Map<String, Long> recordsByRegister, Instant exportedAt) {

    public IctrpImportSummary {
        inferredByCountry = Map.copyOf(inferredByCountry);
        recordsByRegister = Map.copyOf(recordsByRegister);
    }
}
