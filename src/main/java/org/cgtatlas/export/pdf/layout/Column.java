package org.cgtatlas.export.pdf.layout;

/**
 * A table column. {@code maxShare} caps the column's natural width as a share of the table width,
 * so one long text column cannot starve the others; {@code bold} marks a row-header column.
 */
public record Column(String header, Align align, float maxShare, boolean bold) {

    public static Column text(String header) {
        return new Column(header, Align.LEFT, 0.45f, false);
    }

    public static Column number(String header) {
        return new Column(header, Align.RIGHT, 0.2f, false);
    }

    public Column withMaxShare(float share) {
        return new Column(header, align, share, bold);
    }

    public Column asBold() {
        return new Column(header, align, maxShare, true);
    }
}
