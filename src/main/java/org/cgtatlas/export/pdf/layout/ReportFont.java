package org.cgtatlas.export.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of a report: WenQuanYi Micro Hei, shipped with the app so that Japanese, Chinese and Korean text prints on
 * machines without a CJK font, and for the symbols it lacks (📍, 📆, arrows, shapes) a subset of Symbola. Only the
 * glyphs a report uses are embedded (a subset), which keeps the PDF small.
 * Widths and glyph checks are cached per code point because a large pipeline table measures every cell.
 */
public final class ReportFont implements AutoCloseable {

    static final String RESOURCE = "/org/cgtatlas/export/pdf/fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";
    static final String SYMBOLS_RESOURCE = "/org/cgtatlas/export/pdf/fonts/symbola-symbols.ttf";
    private static final char REPLACEMENT = '?';
    /** The face draws curly quotes full-width (CJK style), which splits "Taiwan’s" apart in Latin text. */
    private static final Map<Integer, Integer> LATIN_PUNCTUATION = Map.of(0x2018, (int) '\'', 0x2019, (int) '\'',
            0x201C, (int) '"', 0x201D, (int) '"');

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final PDType0Font symbols;
    private static final byte UNKNOWN = 0;
    private static final byte HAS_GLYPH = 1;
    private static final byte NO_GLYPH = 2;
    private static final byte SYMBOL = 3;

    /** Per code point of the Basic Multilingual Plane (where all CJK text of the dataset lives); NaN = not measured. */
    private final float[] bmpWidths = new float[Character.MAX_VALUE + 1];
    private final byte[] bmpGlyphs = new byte[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> otherWidths = new HashMap<>();
    private final Map<Integer, Byte> otherGlyphs = new HashMap<>();

    /** A piece of a line drawn in one font. */
    public record Run(PDFont font, String text) {
    }

    private ReportFont(TrueTypeCollection collection, PDType0Font font, PDType0Font symbols) {
        this.collection = collection;
        this.font = font;
        this.symbols = symbols;
        Arrays.fill(bmpWidths, Float.NaN);
    }

    /** Loads the bundled face into {@code document}; close it only after the document is saved. */
    public static ReportFont load(PDDocument document) {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + RESOURCE + " is missing from the application");
            }
            TrueTypeCollection collection = new TrueTypeCollection(in);
            TrueTypeFont face = collection.getFontByName(FACE);
            return new ReportFont(collection, PDType0Font.load(document, face, true), symbols(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the report font", e);
        }
    }

    private static PDType0Font symbols(PDDocument document) throws IOException {
        try (InputStream in = ReportFont.class.getResourceAsStream(SYMBOLS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The report's symbol font " + SYMBOLS_RESOURCE + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** {@code text}, already {@link #printable(String)}, cut where it changes between the main font and the symbols. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont drawing = fontOf(codePoint);
            if (drawing != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = drawing;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /** The width of {@code text} in points at {@code size}; the text must already be {@link #printable(String)}. */
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += widthOf(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    /**
     * Replaces control characters with spaces, curly quotes with straight ones, and characters neither the font nor
     * the symbols have with '?', so drawing never fails.
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int latin = LATIN_PUNCTUATION.getOrDefault(codePoint, codePoint);
            if (latin != codePoint) {
                out.appendCodePoint(latin);
            } else if (codePoint == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (drawable(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(REPLACEMENT);
            }
        }
        return out.toString();
    }

    private float widthOf(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return otherWidths.computeIfAbsent(codePoint, this::measure);
        }
        float width = bmpWidths[codePoint];
        if (Float.isNaN(width)) {
            width = measure(codePoint);
            bmpWidths[codePoint] = width;
        }
        return width;
    }

    private PDFont fontOf(int codePoint) {
        return hasGlyphCached(codePoint) == HAS_GLYPH ? font : symbols;
    }

    private boolean drawable(int codePoint) {
        return hasGlyphCached(codePoint) != NO_GLYPH;
    }

    /** {@link #HAS_GLYPH} in the main font, {@link #SYMBOL} in the symbols, else {@link #NO_GLYPH}. */
    private byte hasGlyphCached(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return otherGlyphs.computeIfAbsent(codePoint, this::glyphIn);
        }
        if (bmpGlyphs[codePoint] == UNKNOWN) {
            bmpGlyphs[codePoint] = glyphIn(codePoint);
        }
        return bmpGlyphs[codePoint];
    }

    private byte glyphIn(int codePoint) {
        return encodes(font, codePoint) ? HAS_GLYPH : encodes(symbols, codePoint) ? SYMBOL : NO_GLYPH;
    }

    private static boolean encodes(PDType0Font face, int codePoint) {
        try {
            face.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float measure(int codePoint) {
        try {
            return fontOf(codePoint).getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            collection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
