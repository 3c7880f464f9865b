package org.cgtatlas.export.pdf.layout;

/** Horizontal alignment of text in a box. */
public enum Align {
    LEFT, CENTER, RIGHT
}
