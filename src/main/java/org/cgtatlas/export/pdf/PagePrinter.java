package org.cgtatlas.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** A print job the user has set up, fed one rendered report page at a time from the background thread. */
public interface PagePrinter {

    /** The resolution to render pages at, in dots per inch. */
    float dpi();

    void print(BufferedImage page, boolean landscape) throws IOException;

    /** Sends the job to the printer. */
    void finish() throws IOException;

    /** Drops the job after a failure or a cancel. */
    void abort();
}
