package org.cgtatlas.export.pdf.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;

/**
 * A small flow layout over PDFBox: a cursor moves down the page, blocks that do not fit start a new page
 * (portrait or landscape), sections get outline bookmarks, and {@link #finish} stamps "page n of N" footers
 * and the document metadata once the page count is known. Cancellation is checked at every new page.
 */
public final class ReportLayout implements AutoCloseable {

    public static final float MARGIN = 40f;
    private static final float FOOTER_HEIGHT = 26f;

    private final PDDocument document = new PDDocument();
    private final ReportFont font;
    private final TextWrapper wrapper;
    private final PDRectangle paper;
    private final Progress progress;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;
    private Canvas canvas;
    private boolean landscape;
    private float cursor;

    public ReportLayout(PDRectangle paper, Progress progress) {
        this.paper = paper;
        this.progress = progress;
        this.font = ReportFont.load(document);
        this.wrapper = new TextWrapper(font);
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    public ReportFont font() {
        return font;
    }

    public TextWrapper wrapper() {
        return wrapper;
    }

    public Canvas canvas() {
        return canvas;
    }

    public void newPage(boolean wantLandscape) {
        progress.checkCancelled();
        closeStream();
        landscape = wantLandscape;
        page = new PDPage(landscape ? new PDRectangle(paper.getHeight(), paper.getWidth()) : paper);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas = new Canvas(stream, font, page.getMediaBox().getHeight());
        cursor = MARGIN;
        progress.message(Messages.get("export.progress.page", document.getNumberOfPages()));
    }

    public boolean landscape() {
        return landscape;
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    /** The distance from the top of the page to where the next block goes. */
    public float cursor() {
        return cursor;
    }

    public float bottom() {
        return page.getMediaBox().getHeight() - MARGIN - FOOTER_HEIGHT;
    }

    public float remaining() {
        return bottom() - cursor;
    }

    /** Usable height of an empty page of the current orientation. */
    public float pageContentHeight() {
        return bottom() - MARGIN;
    }

    public void advance(float height) {
        cursor += height;
    }

    /** Starts a new page of the same orientation unless {@code height} still fits. */
    public void ensure(float height) {
        if (remaining() < height) {
            newPage(landscape);
        }
    }

    /** Wrapped text across the content width, breaking pages between lines. */
    public void paragraph(String text, TextStyle style) {
        List<String> lines = wrapper.wrap(font.printable(text), style.size(), width());
        for (String line : lines) {
            ensure(style.leading());
            canvas.text(line, left(), cursor + style.size(), style, Align.LEFT);
            cursor += style.leading();
        }
    }

    /** A heading kept together with at least {@code keepWithNext} points of what follows it. */
    public void heading(String text, TextStyle style, float keepWithNext) {
        ensure(style.leading() + keepWithNext);
        paragraph(text, style);
        cursor += style.size() * 0.4f;
    }

    /** A top-level outline entry pointing at the current position. */
    public void bookmark(String title) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(page.getMediaBox().getHeight() - cursor + 10));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
        bookmarks.add(new Bookmark(title, document.getNumberOfPages()));
    }

    /** An outline entry and the page (from 1) it points at. */
    public record Bookmark(String title, int page) {
    }

    public List<Bookmark> bookmarks() {
        return List.copyOf(bookmarks);
    }

    /** Draws over an earlier page, e.g. a table of contents once the sections' pages are known. */
    public void drawOn(int pageNumber, Consumer<Canvas> drawing) {
        PDPage target = document.getPage(pageNumber - 1);
        if (target == page) {
            closeStream();
        }
        try (PDPageContentStream over = new PDPageContentStream(document, target, PDPageContentStream.AppendMode.APPEND, true, true)) {
            drawing.accept(new Canvas(over, font, target.getMediaBox().getHeight()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Adds the footer "CGT Atlas — title — page n of N" to every page and sets the metadata.
     * Returns the finished document, still owned by this layout.
     */
    public PDDocument finish(String title, String subject, Calendar created) {
        closeStream();
        int total = document.getNumberOfPages();
        for (int index = 0; index < total; index++) {
            progress.checkCancelled();
            PDRectangle box = document.getPage(index).getMediaBox();
            String footer = "CGT Atlas — " + title + " — page " + (index + 1) + " of " + total;
            drawOn(index + 1, canvas -> {
                float rule = box.getHeight() - MARGIN - FOOTER_HEIGHT / 2;
                canvas.line(MARGIN, rule, box.getWidth() - MARGIN, rule, Rgb.RULE, 0.5f);
                canvas.text(footer, box.getWidth() / 2, box.getHeight() - MARGIN, TextStyle.NOTE, Align.CENTER);
            });
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("CGT Atlas");
        info.setCreationDate(created);
        outline.openNode();
        return document;
    }

    public void save(OutputStream out) throws IOException {
        document.save(out);
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            font.close();
        }
    }
}
