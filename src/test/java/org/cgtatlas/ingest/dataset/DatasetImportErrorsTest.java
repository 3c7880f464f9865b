package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.TableStatsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each malformed file gets its own message naming the place, and the database is left exactly as it was. */
class DatasetImportErrorsTest {

    private static final String V1 = "/org/cgtatlas/ingest/dataset/bundle-v1.json";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private Database database;
    private DatasetImporter importer;
    private String before;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db"));
        DatasetRepository repository = new DatasetRepository(database);
        new DatasetImporter(repository).loadBundleIfNewer();
        importer = new DatasetImporter(repository);
        before = snapshot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarly() throws Exception {
        String whole = validDocument().toString();
        Path file = write(whole.substring(0, whole.length() / 2));
        assertRejected(file, "ends too early");
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("programmes").get(0)).putArray("name"));
        assertRejected(file, "programmes[0].name");
    }

    @Test
    void anUnknownStageNamesThePlaceAndTheValue() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("programmes").get(0)).put("stage", "Phase 7"));
        assertRejected(file, "programmes[0].stage: unknown stage 'Phase 7'");
    }

    @Test
    void aDuplicateIdIsReportedWithBothPlaces() throws Exception {
        Path file = modified(root -> {
            ArrayNode organizations = (ArrayNode) root.get("organizations");
            organizations.add(organizations.get(0).deepCopy());
        });
        assertRejected(file, "organizations[2].id: duplicate id 'org-acme' (also organizations[0])");
    }

    @Test
    void aQuoteThatIsNotInItsSourceIsRefused() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("events").get(0).get("citations").get(0))
                .put("quote", "a sentence nobody wrote"));
        assertRejected(file, "events[0].citations[0].quote: does not occur verbatim in source 'src-test'");
    }

    @Test
    void anUnknownFieldAndAWrongFormatAreRefused() throws Exception {
        assertRejected(modified(root -> ((ObjectNode) root).put("colour", "blue")), "unknown field 'colour'");
        assertRejected(modified(root -> ((ObjectNode) root).put("format", "something-else")), "format: expected");
    }

    @Test
    void aDanglingReferenceIsRefused() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("programmes").get(0)).put("organizationId", "org-nobody"));
        assertRejected(file, "programmes[0].organizationId: unknown organization 'org-nobody'");
    }

    @Test
    void anInferenceMarkerOnAFieldTheRecordDoesNotHaveIsRefusedNamingRecordAndField() throws Exception {
        Path file = modified(root -> marker(root.get("programmes").get(0), "colour", "looked red"));
        assertRejected(file, "programmes[0].inferred[0].field: record 'prog-acme-cart': 'colour' is not a field of a programme");
    }

    @Test
    void anInferenceMarkerWithoutAReasonIsRefusedNamingRecordAndField() throws Exception {
        Path file = modified(root -> marker(root.get("events").get(0), "place", " "));
        assertRejected(file, "events[0].inferred[0].reason: record 'evt-plant': the marker on field 'place' needs a reason");
    }

    @Test
    void aFieldMarkedTwiceIsRefused() throws Exception {
        Path file = modified(root -> {
            marker(root.get("organizations").get(1), "countryCode", "from the name");
            marker(root.get("organizations").get(1), "countryCode", "again");
        });
        assertRejected(file, "organizations[1].inferred[1].field: record 'org-beta': field 'countryCode' is marked twice");
    }

    @Test
    void anEventDatedBeyond2100IsRefusedNamingRecordAndFieldAndNothingIsImported() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("events").get(0)).put("date", "9999-12-31"));
        assertRejected(file, "events[0].date: record 'evt-plant': '9999-12-31' is outside the years 1900–2100");
    }

    @Test
    void datesBefore1900AndFarEndDatesAreRefusedToo() throws Exception {
        assertRejected(modified(root -> ((ObjectNode) root.get("events").get(0)).put("endDate", "2101")),
                "events[0].endDate: record 'evt-plant': '2101' is outside the years 1900–2100");
        assertRejected(modified(root -> ((ObjectNode) root).put("asOf", "1899-12")),
                "asOf: the dataset: '1899-12' is outside the years 1900–2100");
    }

    @Test
    void aDayThatDoesNotExistIsCalledThatAndNotAWrongForm() throws Exception {
        Path file = modified(root -> ((ObjectNode) root.get("events").get(0)).put("date", "2026-02-30"));
        assertRejected(file, "events[0].date: no such day: '2026-02-30'");
    }

    @Test
    void anAnalystsSourceNeedsAWebAddressOrATitleAndADayReadThatHasCome() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Consumer<JsonNode> withSources = root -> {
            ((ObjectNode) root).put("formatVersion", 3);
            ArrayNode sources = ((ObjectNode) root.get("programmes").get(0)).putArray("analystSources");
            sources.addObject().put("url", "ftp://example.org/x").put("accessedOn", "2026-12-01");
            sources.addObject().put("title", "Annual report").put("accessedOn", tomorrow);
            sources.addObject().put("publisher", "Nobody").put("accessedOn", "2026-12-01");
        };
        assertRejected(modified(withSources),
                "programmes[0].analystSources[0].url: 'ftp://example.org/x' is not a web address (http:// or https://)");
        assertRejected(modified(withSources), "programmes[0].analystSources[1].accessedOn: " + tomorrow + " is in the future");
        assertRejected(modified(withSources), "programmes[0].analystSources[2]: needs a url or a title");
    }

    @Test
    void onlyARecordTheAnalystEnteredMayComeWithoutAnySource() throws Exception {
        Consumer<JsonNode> uncited = root -> ((ObjectNode) root.get("programmes").get(0)).putArray("citations");
        assertRejected(modified(uncited), "programmes[0].citations: every fact needs at least one citation");

        Path entered = modified(uncited.andThen(root -> ((ObjectNode) root.get("programmes").get(0)).putObject("provenance")
                .put("origin", "USER").put("userEdited", true).put("updatedBy", "analyst")));
        importer.importFile(entered);
        assertThat(new DatasetRepository(database).load().programmes())
                .anySatisfy(programme -> assertThat(programme.hasNoSource()).isTrue());
    }

    private static void marker(JsonNode record, String field, String reason) {
        ObjectNode object = (ObjectNode) record;
        ArrayNode markers = object.has("inferred") ? (ArrayNode) object.get("inferred") : object.putArray("inferred");
        markers.addObject().put("field", field).put("reason", reason);
    }

    @Test
    void invalidUtf8AndNotJsonAreRefused() throws Exception {
        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertRejected(binary, "not valid JSON");
        assertRejected(write("NCT Number,Study Title\nNCT1,x\n"), "not valid JSON");
    }

    @Test
    void aDeeplyNestedDocumentHitsTheLimit() throws Exception {
        String deep = "{\"format\":" + "[".repeat(DatasetJson.MAX_NESTING_DEPTH + 10) + "]".repeat(DatasetJson.MAX_NESTING_DEPTH + 10) + "}";
        assertRejected(write(deep), "size limit");
    }

    private void assertRejected(Path file, String expectedMessage) {
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expectedMessage);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return new TableStatsRepository(database).rowCounts().toString()
                + new DatasetRepository(database).load().organizations();
    }

    private JsonNode validDocument() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(V1)) {
            return json.readTree(in);
        }
    }

    private Path modified(Consumer<JsonNode> change) throws Exception {
        JsonNode root = validDocument();
        change.accept(root);
        return write(json.writeValueAsString(root));
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(folder, "import", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
