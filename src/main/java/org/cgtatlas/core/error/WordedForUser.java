package org.cgtatlas.core.error;

/**
 * Marks an exception whose message is already a whole sentence for the user, saying what went wrong and where
 * (e.g. "people.csv, line 1: this is not a ClinicalTrials.gov export"); {@link ErrorWording} shows it as it is.
 */
public interface WordedForUser {
}
