package org.cgtatlas.ui.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The subset of Symbola the app bundles (for its reports too), for the symbols JavaFX draws as boxes: it has no font
 * fallback for pictographs such as 📍 and 📆. Loaded once. A code point is drawn with it when the subset maps it and
 * the UI font does not draw a glyph of its own for it, which is asked once per code point.
 */
final class SymbolFont {

    static final String RESOURCE = "/org/cgtatlas/export/pdf/fonts/symbola-symbols.ttf";
    /** Unassigned in Unicode, so no font maps it: what the UI font draws for it is its "missing glyph" box. */
    private static final int UNASSIGNED = 0x0378;
    private static final SymbolFont INSTANCE = load();

    private final String family;
    private final BitSet mapped;
    private final Map<Integer, Boolean> uiFontDraws = new ConcurrentHashMap<>();
    private final Outline missingGlyph;

    private SymbolFont(String family, BitSet mapped) {
        this.family = family;
        this.mapped = mapped;
        this.missingGlyph = Outline.of(UNASSIGNED);
    }

    static SymbolFont get() {
        return INSTANCE;
    }

    /** The family name to draw symbols in. */
    String family() {
        return family;
    }

    /** Whether {@code codePoint} is drawn in the symbol font rather than the UI font. */
    boolean draws(int codePoint) {
        return mapped.get(codePoint) && !uiFontDraws.computeIfAbsent(codePoint, this::uiFontHasGlyph);
    }

    private boolean uiFontHasGlyph(int codePoint) {
        Outline outline = Outline.of(codePoint);
        return !outline.isEmpty() && !outline.equals(missingGlyph);
    }

    private static SymbolFont load() {
        byte[] bytes;
        try (InputStream in = SymbolFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The symbol font " + RESOURCE + " is missing from the application");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the symbol font " + RESOURCE, e);
        }
        Font font = Font.loadFont(new ByteArrayInputStream(bytes), Font.getDefault().getSize());
        if (font == null) {
            throw new IllegalStateException("JavaFX cannot load the symbol font " + RESOURCE);
        }
        return new SymbolFont(font.getFamily(), mappedCodePoints(bytes));
    }

    private static BitSet mappedCodePoints(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet mapped = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codePoints = cmap.getCharCodes(glyph);
                if (codePoints != null) {
                    codePoints.forEach(mapped::set);
                }
            }
            return mapped;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the character map of the symbol font " + RESOURCE, e);
        }
    }

    /** What the UI font draws for one code point, told apart by its path's size and number of elements. */
    private record Outline(int elements, double width, double height) {

        static Outline of(int codePoint) {
            Text text = new Text(Character.toString(codePoint));
            Path path = (Path) Shape.union(text, text);
            return new Outline(path.getElements().size(), path.getLayoutBounds().getWidth(),
                    path.getLayoutBounds().getHeight());
        }

        boolean isEmpty() {
            return elements == 0;
        }
    }
}
