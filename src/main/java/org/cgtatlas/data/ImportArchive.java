package org.cgtatlas.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.cgtatlas.domain.SourceSpan;

/**
 * The copies of imported ClinicalTrials.gov exports kept in the data folder's {@code imports/} folder. A stored trial
 * points into the copy of its latest import ({@link SourceSpan}), so its raw record can be shown exactly as the
 * registry wrote it without storing every record's text a second time in the database.
 */
public final class ImportArchive {

    public static final String FOLDER = "imports";
    /** Longest excerpt returned, in bytes: a guard against a damaged span, far above any real record. */
    static final int MAX_EXCERPT_BYTES = 16 * 1024 * 1024;
    private static final String PART = ".part";
    private static final byte[] CRLF = {'\r', '\n'};

    private final Path folder;

    public ImportArchive(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Starts the copy of one import's file, written to a hidden temporary file until {@link Copy#keep}.
     * Temporary files left by an import that was interrupted are removed first.
     */
    public Copy begin(long importId, String fileName) throws IOException {
        Files.createDirectories(folder);
        removeLeftovers();
        String name = "import-" + importId + "-" + safe(fileName);
        return new Copy(folder.resolve(name), folder.resolve("." + name + PART));
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static String safe(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }

    /** How many copies are kept and their size in bytes; none when no import has kept one yet. */
    public record Usage(long files, long bytes) {
    }

    public Usage usage() throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Usage(0, 0);
        }
        long files = 0;
        long bytes = 0;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "import-*")) {
            for (Path copy : copies) {
                files++;
                bytes += Files.size(copy);
            }
        }
        return new Usage(files, bytes);
    }

    /** Lines {@code first} to {@code last} (counting from 1; CR, LF and CRLF each end a line) of a kept copy. */
    public String lines(String archiveFile, long first, long last) throws IOException {
        ByteArrayOutputStream excerpt = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(folder.resolve(archiveFile)), 64 * 1024)) {
            long line = 1;
            int b;
            while (line <= last && excerpt.size() < MAX_EXCERPT_BYTES && (b = in.read()) >= 0) {
                boolean inSpan = line >= first;
                if (b != '\r' && b != '\n') {
                    if (inSpan) {
                        excerpt.write(b);
                    }
                    continue;
                }
                byte[] lineBreak = b == '\r' && nextIsLineFeed(in) ? CRLF : new byte[] {(byte) b};
                if (inSpan && line < last) {
                    excerpt.writeBytes(lineBreak);
                }
                line++;
            }
        }
        return excerpt.toString(StandardCharsets.UTF_8);
    }

    private static boolean nextIsLineFeed(InputStream in) throws IOException {
        in.mark(1);
        if (in.read() == '\n') {
            return true;
        }
        in.reset();
        return false;
    }

    /** Characters {@code from} (inclusive) to {@code to} (exclusive) of a kept copy decoded as UTF-8. */
    public String chars(String archiveFile, long from, long to) throws IOException {
        int length = (int) Math.min(to - from, MAX_EXCERPT_BYTES);
        try (Reader in = Channels.newReader(FileChannel.open(folder.resolve(archiveFile)), StandardCharsets.UTF_8)) {
            char[] passed = new char[8192];
            long skipped = 0;
            int n = 0;
            while (skipped < from && n >= 0) {
                n = in.read(passed, 0, (int) Math.min(passed.length, from - skipped));
                skipped += Math.max(n, 0);
            }
            char[] excerpt = new char[length];
            int read = 0;
            n = 0;
            while (read < length && n >= 0) {
                n = in.read(excerpt, read, length - read);
                read += Math.max(n, 0);
            }
            return new String(excerpt, 0, read);
        }
    }

    /** One import's copy in the making. */
    public static final class Copy implements AutoCloseable {

        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final OutputStream output;
        private boolean kept;

        private Copy(Path target, Path temporary) throws IOException {
            this.target = target;
            this.temporary = temporary;
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.output = new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024);
        }

        public OutputStream output() {
            return output;
        }

        /** Makes the copy durable under its final name, which the import then records; returns that name. */
        public String keep() throws IOException {
            output.flush();
            channel.force(true);
            output.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            kept = true;
            return target.getFileName().toString();
        }

        /** Removes the kept copy again: the import that recorded it did not commit. */
        public void discard() throws IOException {
            Files.deleteIfExists(target);
        }

        /** Removes the temporary file unless the copy was kept. */
        @Override
        public void close() throws IOException {
            if (!kept) {
                output.close();
                Files.deleteIfExists(temporary);
            }
        }
    }
}
