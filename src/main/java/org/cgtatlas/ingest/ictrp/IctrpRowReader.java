package org.cgtatlas.ingest.ictrp;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams the trial records of one ICTRP export, one at a time. A file that is not well-formed stops the reading with
 * an {@link org.cgtatlas.ingest.ImportFileException} naming the file, where and what.
 */
interface IctrpRowReader {

    void read(Consumer<IctrpRow> sink) throws IOException;
}
