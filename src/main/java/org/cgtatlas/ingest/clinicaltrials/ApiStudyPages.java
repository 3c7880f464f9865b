package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.clinicaltrials.api.CtgovApiClient;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshQuery;

/**
 * The studies of a query, page after page of {@code GET /studies} ({@code nextPageToken} to {@code pageToken} until a
 * page has none; a page may hold fewer studies than asked, or none), each page streamed through the JSON reader
 * while its text is written, as the server sent it, to the import's copy: a JSON array of the pages.
 */
final class ApiStudyPages implements StudyReader {

    private final CtgovApiClient client;
    private final RefreshQuery query;
    private final OutputStream copy;
    private final CountryMatcher countries;
    private final RefreshProgress progress;
    private final Progress task;
    private long copiedChars;

    ApiStudyPages(CtgovApiClient client, RefreshQuery query, OutputStream copy, CountryMatcher countries,
                  RefreshProgress progress, Progress task) {
        this.client = client;
        this.query = query;
        this.copy = copy;
        this.countries = countries;
        this.progress = progress;
        this.task = task;
    }

    @Override
    public void read(StudySink sink) throws IOException {
        String token = null;
        int page = 0;
        do {
            task.checkCancelled();
            page++;
            progress.pageStarted(page);
            write(page == 1 ? "[\n" : ",\n");
            String previous = token;
            PageEnvelope envelope = readPage(page, token, sink);
            token = envelope.nextPageToken;
            if (token != null && token.equals(previous)) {
                throw new ImportFileException(client.source(), "page " + page,
                        "the server gave the same nextPageToken again, so the paging would never end");
            }
        } while (token != null);
        write("\n]\n");
        progress.pagesDone(page);
    }

    private PageEnvelope readPage(int page, String token, StudySink sink) throws IOException {
        PageEnvelope envelope = new PageEnvelope();
        String what = "page " + page;
        try (InputStream body = new CopyingInputStream(client.studies(query.pageParameters(token), page), copy)) {
            CtgovJsonReader.page(client.source() + ", " + what, body, countries, copiedChars, envelope).read(sink);
        } catch (CopyingInputStream.CopyFailedException e) {
            throw new ImportFileException(client.source(), what, e.getMessage(), e);
        } catch (IOException e) {
            throw client.failure(what, e);
        }
        copiedChars += envelope.chars;
        return envelope;
    }

    private void write(String text) throws IOException {
        try {
            copy.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new ImportFileException(client.source(), "", "cannot keep a copy of it in the data folder ("
                    + e.getMessage() + ")", e);
        }
        copiedChars += text.length();
    }

    private final class PageEnvelope implements CtgovJsonReader.PageFields {

        private String nextPageToken;
        private long chars;

        @Override
        public void nextPageToken(String token) {
            nextPageToken = token;
        }

        @Override
        public void totalCount(long count) {
            progress.totalCount(count);
        }

        @Override
        public void end(long pageChars) {
            chars = pageChars;
        }
    }
}
