package org.cgtatlas.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;

/** Renders the pages of a finished report to images, one at a time, so printing shows exactly the PDF's layout. */
public final class ReportPages {

    /** Receives each page image; {@code landscape} when the page is wider than tall. */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(BufferedImage page, boolean landscape) throws IOException;
    }

    private ReportPages() {
    }

    /** Returns the number of pages rendered; checks for cancellation before each page. */
    public static int render(byte[] pdf, float dpi, PageConsumer consumer, Progress progress) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = document.getNumberOfPages();
            for (int index = 0; index < pages; index++) {
                progress.checkCancelled();
                progress.message(Messages.get("export.progress.printing", index + 1, pages));
                var box = document.getPage(index).getMediaBox();
                consumer.accept(renderer.renderImageWithDPI(index, dpi, ImageType.RGB), box.getWidth() > box.getHeight());
                progress.update(index + 1L, pages);
            }
            return pages;
        }
    }
}
