package org.cgtatlas.ingest.clinicaltrials.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than {@code limit} bytes were read: a response may not grow without bound. */
final class BoundedInputStream extends FilterInputStream {

    /** The response is larger than the client accepts. */
    static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the response is larger than " + limit / (1024 * 1024) + " MB, the most a page may be");
        }
    }

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted((int) Math.min(skipped, Integer.MAX_VALUE));
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
