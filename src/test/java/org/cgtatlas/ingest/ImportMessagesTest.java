package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.testing.LibraryText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A file that cannot be imported is refused in words for the user: where and what, never a library's own text. */
class ImportMessagesTest {

    /** Broken files as analysts meet them: cut off, hand-edited, saved from the wrong program. */
    enum BadFile {
        DATASET_WITH_A_STRAY_COMMA("bad.json", "{\"format\": \"cgt-atlas-dataset\", \"version\": 1,\n  \"countries\": [ , ]\n}",
                "bad.json", "line 2"),
        DATASET_WITH_AN_UNQUOTED_WORD("bad.json", "{\"format\": \"cgt-atlas-dataset\", \"version\": 1, \"countries\": [ china ]}",
                "bad.json", "china"),
        DATASET_CUT_OFF("cut.json", "{\"format\": \"cgt-atlas-dataset\", \"version\": 1, \"countries\": [",
                "cut.json", "truncated"),
        DATASET_WITH_A_LINE_BREAK_IN_A_TEXT("text.json", "{\"format\": \"cgt-atlas-dataset\", \"version\": 1, \"notes\": \"a\nb\"}",
                "text.json", "line 1"),
        DATASET_WITH_A_WRONG_TYPE("type.json", "{\"format\": \"cgt-atlas-dataset\", \"version\": 1, \"countries\": {\"a\": 1}}",
                "type.json", "countries"),
        CTGOV_JSON_CUT_OFF("studies.json", "{\"studies\": [ {\"protocolSection\": {\"identificationModule\": ",
                "studies.json", ""),
        CTGOV_JSON_WITH_A_STRAY_BRACKET("studies.json", "{\"studies\": [ {\"protocolSection\": ] } ]}",
                "studies.json", ""),
        CSV_WITH_AN_UNCLOSED_QUOTE("trials.csv", "NCT Number,Study Title,Conditions\nNCT01234567,\"A study,Cancer\n",
                "trials.csv", ""),
        CSV_HEADER_WITH_AN_UNCLOSED_QUOTE("trials.csv", "\"NCT Number,Study Title\nNCT01234567,A\n", "trials.csv", "line 1"),
        ICTRP_XML_BROKEN("ictrp.xml", "<Trials_downloaded_from_ICTRP><Trial><TrialID>ChiCTR1</Trial>", "ictrp.xml", ""),
        ICTRP_CSV_WITH_AN_UNCLOSED_QUOTE("ictrp.csv", "TrialID,Public_title\nChiCTR1,\"A study\n", "ictrp.csv", "");

        private final String fileName;
        private final String content;
        private final String[] mentions;

        BadFile(String fileName, String content, String... mentions) {
            this.fileName = fileName;
            this.content = content;
            this.mentions = mentions;
        }
    }

    @TempDir
    Path folder;

    private Database database;
    private FileImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        importer = StandardFileImporter.on(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(BadFile.class)
    void aBadFileIsRefusedInTheUsersWords(BadFile bad) throws IOException {
        Path file = folder.resolve(bad.fileName);
        Files.writeString(file, bad.content, StandardCharsets.UTF_8);

        Throwable refusal = catchThrowable(() -> importer.importFile(file, Progress.NONE));

        String message = ErrorWording.forUser(refusal);
        assertThat(LibraryText.findIn(message)).as("library text in: %s", message).isNull();
        assertThat(message).contains(bad.mentions);
    }
}
