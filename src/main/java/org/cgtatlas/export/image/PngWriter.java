package org.cgtatlas.export.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cgtatlas.core.files.AtomicFileWriter;
import org.cgtatlas.export.ExportFailure;

/** Writes a screen image as a PNG file, all or nothing. */
public final class PngWriter {

    private PngWriter() {
    }

    /** Throws {@link ExportFailure} with a message saying what and where when the file cannot be written. */
    public static void write(BufferedImage image, Path target) {
        try {
            AtomicFileWriter.write(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer is available");
                }
            });
        } catch (IOException e) {
            throw ExportFailure.cannotWrite(target, e);
        }
    }
}
