package org.cgtatlas.domain;

/**
 * Where one record is in the copy of the file it was imported from: for a CSV export its first and last line
 * (counting from 1; a quoted field may span lines), for a JSON export the character offset of the study object's
 * opening brace and the offset just after its closing brace.
 */
public record SourceSpan(long start, long end) {

    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: " + start + ".." + end);
        }
    }
}
