package org.cgtatlas.export.pdf.layout;

/** A colour for drawing, 0..1 per channel (kept free of AWT and JavaFX). */
public record Rgb(float red, float green, float blue) {

    public static final Rgb BLACK = of(0x1f2328);
    public static final Rgb MUTED = of(0x59636e);
    public static final Rgb RULE = of(0xd0d7de);
    public static final Rgb HEADER_FILL = of(0xe6edf5);
    public static final Rgb STRIPE_FILL = of(0xf6f8fa);
    public static final Rgb ACCENT = of(0x0969da);
    public static final Rgb WHITE = of(0xffffff);

    /** From 0xRRGGBB. */
    public static Rgb of(int hex) {
        return new Rgb(((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f);
    }

    /** This colour mixed with white: 0 keeps it, 1 gives white. */
    public Rgb lighter(float amount) {
        return new Rgb(red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount);
    }
}
