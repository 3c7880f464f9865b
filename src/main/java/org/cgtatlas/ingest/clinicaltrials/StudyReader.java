package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;

/**
 * Streams the studies of one export to a sink. A file that is not well-formed stops the reading with an
 * {@link org.cgtatlas.ingest.ImportFileException} naming the file, where and what.
 */
interface StudyReader {

    void read(StudySink sink) throws IOException;
}
