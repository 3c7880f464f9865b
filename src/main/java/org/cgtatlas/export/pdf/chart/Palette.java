package org.cgtatlas.export.pdf.chart;

import org.cgtatlas.export.pdf.layout.Rgb;

/** Distinct colours that print well in colour and stay apart in greyscale. */
public final class Palette {

    private static final Rgb[] COLOURS = {
        Rgb.of(0x0969da), Rgb.of(0xd1242f), Rgb.of(0x1a7f37), Rgb.of(0x9a6700), Rgb.of(0x8250df),
        Rgb.of(0x0a8a8a), Rgb.of(0xbf3989), Rgb.of(0x6e7781), Rgb.of(0xfb8500), Rgb.of(0x54aeff),
        Rgb.of(0x4ac26b), Rgb.of(0xff8182), Rgb.of(0xc297ff), Rgb.of(0x3d444d), Rgb.of(0xd4a72c), Rgb.of(0x2da44e),
    };

    public static final Rgb NOT_STATED = Rgb.of(0xafb8c1);

    private Palette() {
    }

    public static Rgb colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
