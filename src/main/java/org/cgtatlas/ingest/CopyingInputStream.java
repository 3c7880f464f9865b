package org.cgtatlas.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Writes every byte read through it to a copy, so a file is kept while it is read, without reading it twice. */
public final class CopyingInputStream extends FilterInputStream {

    private final OutputStream copy;

    public CopyingInputStream(InputStream in, OutputStream copy) {
        super(in);
        this.copy = copy;
    }

    /** Writing the copy failed (a full disk, say): reading the file itself was fine. */
    public static final class CopyFailedException extends IOException {

        private static final long serialVersionUID = 1L;

        CopyFailedException(IOException cause) {
            super("cannot keep a copy of it in the data folder (" + cause.getMessage() + ")", cause);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            try {
                copy.write(b);
            } catch (IOException e) {
                throw new CopyFailedException(e);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            try {
                copy.write(buffer, offset, n);
            } catch (IOException e) {
                throw new CopyFailedException(e);
            }
        }
        return n;
    }

    /** Reads what is skipped, so the copy stays whole. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
