package org.cgtatlas.ingest;

/** Counts line breaks as FastCSV and the kept copies count lines: CR, LF and CRLF each once. */
public final class LineBreaks {

    private LineBreaks() {
    }

    public static int in(char[] buffer, int offset, int length) {
        int breaks = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n') {
                breaks++;
                if (c == '\r' && i + 1 < end && buffer[i + 1] == '\n') {
                    i++;
                }
            }
        }
        return breaks;
    }
}
