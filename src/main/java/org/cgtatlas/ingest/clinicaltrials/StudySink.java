package org.cgtatlas.ingest.clinicaltrials;

/** Receives the studies of an export one at a time, so no reader holds more than one. */
interface StudySink {

    void accept(StudyRecord study);
}
