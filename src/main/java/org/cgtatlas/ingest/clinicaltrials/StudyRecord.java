package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;
import org.cgtatlas.domain.Trial;

/**
 * One study as read from an export, before it is checked and stored.
 *
 * @param location             where it is in the file, e.g. "line 12" or "/studies/3"
 * @param rawSource            the CSV line (re-quoted) or the JSON object it was read from
 * @param unrecognisedLocations site locations whose country is not known
 */
record StudyRecord(Trial trial, String location, String rawSource, List<String> unrecognisedLocations) {
}
