package org.cgtatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails on bytes that are not UTF-8 (a decoder set to REPORT) instead of replacing them.
 * Unlike {@link java.io.InputStreamReader}, it first hands out every character before the bad bytes, so whoever
 * reads it knows exactly where the problem is.
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (error != null) {
                throw new MalformedInputException(error.length());
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result;
            } else if (result.isUnderflow() && out.position() == offset) {
                if (endOfInput) {
                    return finish(out, offset);
                }
                fill();
            }
        }
        return out.position() - offset;
    }

    private int finish(CharBuffer out, int offset) {
        if (!flushed) {
            decoder.flush(out);
            flushed = true;
        }
        return out.position() > offset ? out.position() - offset : -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
