package org.cgtatlas.export.pdf.layout;

/** Size, weight and colour of a run of text; bold is drawn by stroking the outline, as the font has one weight. */
public record TextStyle(float size, boolean bold, Rgb color) {

    public static final TextStyle TITLE = new TextStyle(24, true, Rgb.BLACK);
    public static final TextStyle HEADING = new TextStyle(16, true, Rgb.BLACK);
    public static final TextStyle SUBHEADING = new TextStyle(11.5f, true, Rgb.BLACK);
    public static final TextStyle BODY = new TextStyle(9.5f, false, Rgb.BLACK);
    public static final TextStyle NOTE = new TextStyle(8, false, Rgb.MUTED);

    public float leading() {
        return size * 1.3f;
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, color);
    }

    public TextStyle withColor(Rgb newColor) {
        return new TextStyle(size, bold, newColor);
    }

    public TextStyle asBold() {
        return new TextStyle(size, true, color);
    }
}
