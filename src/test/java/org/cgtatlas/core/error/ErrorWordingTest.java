package org.cgtatlas.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.export.ExportFailure;
import org.cgtatlas.ingest.ImportFileException;
import org.junit.jupiter.api.Test;

/** The same failure reads the same in the window, its forms and on the command line. */
class ErrorWordingTest {

    @Test
    void anExceptionWordedForTheUserIsShownAsItIsEvenWhenWrapped() {
        ImportFileException bad = new ImportFileException("people.csv", "line 1", "this is not a ClinicalTrials.gov export",
                new IOException("unexpected header"));

        assertThat(ErrorWording.forUser(bad)).isEqualTo("people.csv, line 1: this is not a ClinicalTrials.gov export");
        assertThat(ErrorWording.forUser(new RuntimeException(bad)))
                .isEqualTo("people.csv, line 1: this is not a ClinicalTrials.gov export");
        assertThat(ErrorWording.forUser(new DatabaseException("The backup folder is full.", new SQLException("IO error"))))
                .isEqualTo("The backup folder is full.");
        assertThat(ErrorWording.forUser(ExportFailure.cannotWrite(Path.of("/no/such/folder/out.pdf"),
                new java.nio.file.NoSuchFileException("/no/such/folder/out.pdf"))))
                .startsWith("Could not write ").contains("does not exist").endsWith("Nothing was written.");
    }

    @Test
    void anotherFailureGivesItsOwnWordsAndTheRootCauseWhenThatAddsSomething() {
        UncheckedIOException wrapped = new UncheckedIOException("Cannot save settings to settings.properties",
                new IOException("No space left on device"));

        assertThat(ErrorWording.forUser(wrapped))
                .isEqualTo("Cannot save settings to settings.properties (No space left on device)");
        assertThat(ErrorWording.forUser(new IllegalStateException("Cannot save: disk gone", new IOException("disk gone"))))
                .isEqualTo("Cannot save: disk gone");
    }

    @Test
    void wrappersThatOnlyRepeatTheirCauseAndBlankMessagesAreSkipped() {
        assertThat(ErrorWording.forUser(new RuntimeException(new IOException("disk gone")))).isEqualTo("disk gone");
        assertThat(ErrorWording.forUser(new RuntimeException(" ", new IllegalArgumentException("bad date 2025-13"))))
                .isEqualTo("bad date 2025-13");
    }

    @Test
    void aFailureWithoutWordsIsCalledUnexpectedNotByItsClassName() {
        assertThat(ErrorWording.forUser(new NullPointerException())).isEqualTo("an unexpected internal problem");
        assertThat(ErrorWording.forUser(new IllegalStateException("Cannot read the file", new java.io.EOFException())))
                .isEqualTo("Cannot read the file");
    }

    @Test
    void theRootCauseIsTheInnermostMessage() {
        assertThat(ErrorWording.rootCause(new RuntimeException("outer", new SQLException("inner", new IOException("root")))))
                .isEqualTo("root");
        assertThat(ErrorWording.rootCause(new RuntimeException("outer", new java.io.EOFException())))
                .isEqualTo("an unexpected internal problem");
    }

    @Test
    void aLibrarysInputLocationCodesAndClassNamesAreLeftOut() {
        var jackson = new IllegalStateException("Cannot read settings", new IOException(
                "Unexpected end-of-input\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]"));
        var h2 = new RuntimeException("Cannot open", new SQLException("File corrupted while reading record [2.3.232/6]"));
        var wrapped = new IllegalStateException("Cannot copy: java.nio.file.AccessDeniedException: /data/x");

        assertThat(ErrorWording.forUser(jackson)).isEqualTo("Cannot read settings (Unexpected end-of-input)");
        assertThat(ErrorWording.forUser(h2)).isEqualTo("Cannot open (File corrupted while reading record)");
        assertThat(ErrorWording.forUser(wrapped)).isEqualTo("Cannot copy: /data/x");
    }

    @Test
    void theTechnicalDetailsNameEachExceptionButHoldNoStackTrace() {
        var error = new IllegalStateException("Cannot save", new IOException("disk gone [Source: REDACTED; line: 1]"));

        String details = ErrorWording.technicalDetails(error);

        assertThat(details).contains("java.lang.IllegalStateException: Cannot save")
                .contains("caused by java.io.IOException: disk gone")
                .doesNotContain("\tat ", "ErrorWordingTest", "REDACTED");
    }
}
