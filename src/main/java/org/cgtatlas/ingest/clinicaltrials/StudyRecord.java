package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Trial;

/**
 * One study as read from an export, before it is checked and stored.
 *
 * @param details              texts read for its classification only
 * @param location             where it is in the file, e.g. "line 12" or "/studies/3"
 * @param span                 where the record is in the file: its lines (CSV) or characters (JSON)
 * @param unrecognisedLocations site locations whose country is not known
 */
record StudyRecord(Trial trial, TrialDetails details, String location, SourceSpan span, List<String> unrecognisedLocations) {
}
