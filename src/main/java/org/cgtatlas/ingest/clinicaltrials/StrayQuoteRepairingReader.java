package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through unchanged, except a quoted field with text after its closing quote that itself ends with
 * a quote: the legacy site writes {@code "Expanded Access":Treatment IND/Protocol"}. Like Python's csv module, it
 * reads that as one field ({@code Expanded Access:Treatment IND/Protocol"}) and re-quotes it properly, so the strict
 * CSV parser behind it sees well-formed input. Any other text after a closing quote is a malformed quoted field:
 * reading stops with {@link MalformedQuoteException}. Line breaks are kept, so line numbers stay right; it counts them,
 * so a decoding error of the text below can be placed on its line.
 */
final class StrayQuoteRepairingReader extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

    private final Reader in;
    private final char[] input = new char[64 * 1024];
    private char[] output = new char[2 * input.length + 2];
    private int outputStart;
    private int outputEnd;
    private State state = State.FIELD_START;
    private boolean ended;
    private long lineBreaks;
    private char previous;

    StrayQuoteRepairingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (outputStart == outputEnd) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, outputEnd - outputStart);
        System.arraycopy(output, outputStart, buffer, offset, n);
        outputStart += n;
        return n;
    }

    /** A quoted field followed by other text than a comma or a line break, which cannot be repaired. */
    static final class MalformedQuoteException extends IOException {

        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedQuoteException(long line) {
            super("text after the closing quote of a quoted field, on line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private void fill() throws IOException {
        outputStart = 0;
        outputEnd = 0;
        int n = in.read(input, 0, input.length);
        if (n < 0) {
            ended = true;
            if (state == State.QUOTE_IN_QUOTED || state == State.AFTER_CLOSING_QUOTE) {
                output[outputEnd++] = '"';
            }
            return;
        }
        int i = 0;
        while (i < n) {
            i = copyPlainRun(i, n);
            if (i < n) {
                transform(input[i++]);
            }
        }
    }

    /**
     * Copies characters that change nothing (no quote, comma or line break) inside a field in one go: the fast path
     * for the bulk of the text. Returns the index of the first character that needs {@link #transform}.
     */
    private int copyPlainRun(int from, int to) {
        if (state != State.UNQUOTED && state != State.QUOTED) {
            return from;
        }
        int i = from;
        while (i < to) {
            char c = input[i];
            if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        int length = i - from;
        if (length > 0) {
            System.arraycopy(input, from, output, outputEnd, length);
            outputEnd += length;
            previous = input[i - 1];
        }
        return i;
    }

    /** The line the text read so far ends on, counting from 1. */
    long currentLine() {
        return lineBreaks + 1;
    }

    private void transform(char c) throws MalformedQuoteException {
        transformOne(c);
        if (c == '\n') {
            lineBreaks++;
        }
        previous = c;
    }

    private void transformOne(char c) throws MalformedQuoteException {
        boolean endsField = c == ',' || c == '\n' || c == '\r';
        switch (state) {
            case FIELD_START -> {
                emit(c);
                state = c == '"' ? State.QUOTED : endsField ? State.FIELD_START : State.UNQUOTED;
            }
            case UNQUOTED -> {
                emit(c);
                if (endsField) {
                    state = State.FIELD_START;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    emit(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    emit('"');
                    emit('"');
                    state = State.QUOTED;
                } else if (endsField) {
                    emit('"');
                    emit(c);
                    state = State.FIELD_START;
                } else {
                    emit(c);
                    state = State.AFTER_CLOSING_QUOTE;
                }
            }
            case AFTER_CLOSING_QUOTE -> {
                if (c == '"') {
                    emit('"');
                    emit('"');
                } else if (endsField) {
                    if (previous != '"') {
                        throw new MalformedQuoteException(currentLine());
                    }
                    emit('"');
                    emit(c);
                    state = State.FIELD_START;
                } else {
                    emit(c);
                }
            }
        }
    }

    private void emit(char c) {
        output[outputEnd++] = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
