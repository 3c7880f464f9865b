package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayQuoteRepairingReaderTest {

    private static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(new StrayQuoteRepairingReader(new StringReader(csv)))) {
            reader.forEach(record -> rows.add(record.getFields()));
        }
        return rows;
    }

    @Test
    void textAfterAClosingQuoteStaysInTheField() throws IOException {
        assertThat(parse("a,\"Expanded Access\":Treatment IND/Protocol\",\"\",\"KTE\"\n"))
                .containsExactly(List.of("a", "Expanded Access:Treatment IND/Protocol\"", "", "KTE"));
    }

    @Test
    void wellFormedCsvPassesUnchanged() throws IOException {
        assertThat(parse("x,\"q \"\"y\"\", z\",\"multi\r\nline\"\r\n1,,3\n"))
                .containsExactly(List.of("x", "q \"y\", z", "multi\r\nline"), List.of("1", "", "3"));
    }

    @Test
    void otherTextAfterAClosingQuoteIsAMalformedQuoteOnItsLine() {
        assertThatThrownBy(() -> new StrayQuoteRepairingReader(new StringReader("a,b\nc,\"x\"y,z\n")).transferTo(Writer.nullWriter()))
                .isInstanceOf(StrayQuoteRepairingReader.MalformedQuoteException.class)
                .hasMessage("text after the closing quote of a quoted field, on line 2");
    }
}
