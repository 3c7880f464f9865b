package org.cgtatlas.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces for Latin text, between any two characters of
 * Chinese, Japanese or Korean text (which has no spaces), and inside a word only when the word alone is too wide.
 */
public final class TextWrapper {

    private final ReportFont font;

    public TextWrapper(ReportFont font) {
        this.font = font;
    }

    /** The lines of {@code text} (already printable) at {@code size} within {@code width}; an explicit '\n' breaks. */
    public List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens(paragraph)) {
            float tokenWidth = font.width(token, size);
            if (lineWidth + tokenWidth <= width || line.length() == 0 && tokenWidth <= width) {
                line.append(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            String rest = token.stripLeading();
            while (font.width(rest, size) > width && rest.length() > 1) {
                int fit = fittingPrefix(rest, size, width);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
            lineWidth = font.width(rest, size);
        }
        lines.add(line.toString().stripTrailing());
    }

    private int fittingPrefix(String text, float size, float width) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (font.width(text.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Words with their leading space; every CJK character is a token of its own. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == ' ' && current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                tokens.add(current.toString());
                current.setLength(0);
            }
            if (isCjk(codePoint)) {
                if (current.length() > 0 && !current.toString().isBlank()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                current.appendCodePoint(codePoint);
                tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.appendCodePoint(codePoint);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }
}
