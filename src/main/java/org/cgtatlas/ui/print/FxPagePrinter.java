package org.cgtatlas.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Paper;
import javafx.print.PrintResolution;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.cgtatlas.export.pdf.PagePrinter;
import org.cgtatlas.export.pdf.ReportPageSize;

/**
 * Prints rendered report pages through a JavaFX print job the user has set up: each page image is scaled to the
 * printable area, and turned a quarter when a landscape page meets portrait paper (or the other way round).
 */
public final class FxPagePrinter implements PagePrinter {

    private static final float MIN_DPI = 150;
    private static final float MAX_DPI = 300;

    private final PrinterJob job;

    public FxPagePrinter(PrinterJob job) {
        this.job = job;
    }

    /** The report paper closest to the printer's: US Letter for North American letter paper, A4 otherwise. */
    public static ReportPageSize paperOf(PrinterJob job) {
        Paper paper = job.getJobSettings().getPageLayout().getPaper();
        return paper.equals(Paper.NA_LETTER) || paper.equals(Paper.LEGAL) ? ReportPageSize.LETTER : ReportPageSize.A4;
    }

    @Override
    public float dpi() {
        PrintResolution resolution = job.getJobSettings().getPrintResolution();
        float dpi = resolution == null ? MIN_DPI : Math.min(resolution.getFeedResolution(), resolution.getCrossFeedResolution());
        return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    }

    @Override
    public void print(BufferedImage page, boolean landscape) throws IOException {
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        boolean turn = landscape != width > height;
        ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(turn ? height : width);
        view.setFitHeight(turn ? width : height);
        if (turn) {
            double turnedWidth = view.getBoundsInLocal().getHeight();
            view.getTransforms().addAll(new Translate(turnedWidth, 0), new Rotate(90));
        }
        if (!job.printPage(view)) {
            throw new IOException("The printer did not accept a page (" + job.getJobStatus() + ")");
        }
    }

    @Override
    public void finish() throws IOException {
        if (!job.endJob()) {
            throw new IOException("The print job could not be completed (" + job.getJobStatus() + ")");
        }
    }

    @Override
    public void abort() {
        job.cancelJob();
    }
}
