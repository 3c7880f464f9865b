package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through unchanged, except a quoted field with text after its closing quote: the legacy site
 * writes {@code "Expanded Access":Treatment IND/Protocol"}. Like Python's csv module and spreadsheet programs, it
 * reads that as one field ({@code Expanded Access:Treatment IND/Protocol"}) and re-quotes it properly, so the strict
 * CSV parser behind it sees well-formed input. Line breaks are kept, so line numbers stay right.
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
        for (int i = 0; i < n; i++) {
            transform(input[i]);
        }
    }

    private void transform(char c) {
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
