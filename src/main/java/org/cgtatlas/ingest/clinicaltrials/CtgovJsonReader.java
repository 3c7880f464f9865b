package org.cgtatlas.ingest.clinicaltrials;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.CharacterCodingException;
import org.cgtatlas.ingest.StrictUtf8Reader;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.JsonSyntax;

/**
 * Streams API v2 study objects, from a bare array of studies or an object with a {@code studies} array
 * (unknown keys are ignored), reading one study object at a time with Jackson's streaming parser.
 * Reading a page of the API ({@link #page}), it also hands over the page's {@code nextPageToken} and
 * {@code totalCount}, requires the page's object and nothing after it, and places the studies' spans after what
 * the copy held before the page.
 */
final class CtgovJsonReader implements StudyReader {

    /** What an API page says besides its studies. */
    interface PageFields {

        void nextPageToken(String token);

        void totalCount(long count);

        /** The page is read: it was {@code chars} characters long. */
        void end(long chars);
    }

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_CHARS = 1024 * 1024;

    private final String fileName;
    private final InputStream in;
    private final CountryMatcher countries;
    private final ObjectMapper mapper;
    private final long charOffset;
    private final PageFields page;

    CtgovJsonReader(String fileName, InputStream in, CountryMatcher countries) {
        this(fileName, in, countries, 0, null);
    }

    private CtgovJsonReader(String fileName, InputStream in, CountryMatcher countries, long charOffset, PageFields page) {
        this.fileName = fileName;
        this.in = in;
        this.countries = countries;
        this.charOffset = charOffset;
        this.page = page;
        this.mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .build());
    }

    /** A reader of one API page, whose text starts {@code charOffset} characters into the import's copy. */
    static CtgovJsonReader page(String pageName, InputStream in, CountryMatcher countries, long charOffset, PageFields fields) {
        return new CtgovJsonReader(pageName, in, countries, charOffset, fields);
    }

    @Override
    public void read(StudySink sink) throws IOException {
        // Exports are UTF-8; decoding strictly here stops Jackson guessing UTF-16/32 from the first bytes.
        try (JsonParser parser = mapper.createParser(new StrictUtf8Reader(in))) {
            try {
                readDocument(parser, sink);
                if (page != null) {
                    endPage(parser);
                }
            } catch (CharacterCodingException e) {
                throw problem(parser, "the file is not valid UTF-8 text; save it as UTF-8 and import it again", e);
            } catch (StreamConstraintsException e) {
                throw problem(parser, "a limit is exceeded: " + e.getOriginalMessage(), e);
            } catch (JsonProcessingException e) {
                throw problem(parser, "malformed JSON: " + JsonSyntax.problem(e.getOriginalMessage()), e);
            }
        }
    }

    private void readDocument(JsonParser parser, StudySink sink) throws IOException {
        JsonToken first = parser.nextToken();
        if (page != null && first != JsonToken.START_OBJECT) {
            throw problem(parser, "this is not a ClinicalTrials.gov API v2 page, which is a JSON object with \"studies\"", null);
        }
        if (first == JsonToken.START_ARRAY) {
            readStudies(parser, sink, "");
        } else if (first == JsonToken.START_OBJECT) {
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("studies") && value == JsonToken.START_ARRAY) {
                    readStudies(parser, sink, "/studies");
                    found = true;
                } else if (page != null && name.equals("nextPageToken") && value == JsonToken.VALUE_STRING) {
                    page.nextPageToken(parser.getText());
                } else if (page != null && name.equals("totalCount") && value == JsonToken.VALUE_NUMBER_INT) {
                    page.totalCount(parser.getLongValue());
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
                throw problem(parser, "this JSON object has no \"studies\" array, so it is not a ClinicalTrials.gov export", null);
            }
        } else {
            throw problem(parser, "a ClinicalTrials.gov JSON export is an array of studies or an object with \"studies\"", null);
        }
    }

    private void endPage(JsonParser parser) throws IOException {
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw problem(parser, "unexpected " + after + " after the page's JSON object", null);
        }
        page.end(parser.currentLocation().getCharOffset());
    }

    private void readStudies(JsonParser parser, StudySink sink, String arrayPath) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            long start = parser.currentTokenLocation().getCharOffset();
            JsonNode study = mapper.readTree(parser);
            SourceSpan span = new SourceSpan(charOffset + start, charOffset + parser.currentLocation().getCharOffset());
            sink.accept(study(study, arrayPath + "/" + index, span));
            index++;
        }
        if (token != JsonToken.END_ARRAY) {
            throw problem(parser, "expected a study object at " + arrayPath + "/" + index + " but found " + token, null);
        }
    }

    private StudyRecord study(JsonNode study, String path, SourceSpan span) {
        JsonNode protocol = study.path("protocolSection");
        JsonNode identification = protocol.path("identificationModule");
        JsonNode status = protocol.path("statusModule");
        JsonNode sponsor = protocol.path("sponsorCollaboratorsModule").path("leadSponsor");
        JsonNode design = protocol.path("designModule");
        List<String> unrecognised = new ArrayList<>(0);
        Set<String> countryCodes = new HashSet<>();
        for (JsonNode location : protocol.path("contactsLocationsModule").path("locations")) {
            String country = location.path("country").asText("");
            countries.codeOf(country).ifPresentOrElse(countryCodes::add,
                    () -> unrecognised.add(location.path("facility").asText("") + ", " + country));
        }
        List<Intervention> interventions = new ArrayList<>();
        StringBuilder interventionDetails = new StringBuilder();
        for (JsonNode intervention : protocol.path("armsInterventionsModule").path("interventions")) {
            interventions.add(RegistryValues.intervention(intervention.path("type").asText(""), intervention.path("name").asText("")));
            interventionDetails.append(intervention.path("description").asText("")).append(" | ");
            for (String otherName : texts(intervention.path("otherNames"))) {
                interventionDetails.append(otherName).append(" | ");
            }
        }
        String title = identification.path("briefTitle").asText("");
        Trial trial = new Trial(
                identification.path("nctId").asText("").strip(),
                title.isEmpty() ? identification.path("officialTitle").asText("") : title,
                RegistryValues.status(status.path("overallStatus").asText("")),
                RegistryValues.phases(texts(design.path("phases"))),
                texts(protocol.path("conditionsModule").path("conditions")),
                interventions,
                sponsor.path("name").asText(""),
                RegistryValues.funderType(sponsor.path("class").asText("")),
                RegistryDates.parse(status.path("startDateStruct").path("date").asText("")),
                RegistryDates.parse(status.path("completionDateStruct").path("date").asText("")),
                design.path("enrollmentInfo").path("count").canConvertToInt()
                        ? design.path("enrollmentInfo").path("count").intValue() : null,
                countryCodes);
        TrialDetails details = new TrialDetails(identification.path("officialTitle").asText(""),
                protocol.path("descriptionModule").path("briefSummary").asText(""), interventionDetails.toString());
        return new StudyRecord(trial, details, path, span, unrecognised);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : array) {
            String text = value.asText("").strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private ImportFileException problem(JsonParser parser, String problem, Exception cause) {
        JsonLocation location = parser.currentLocation();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String where = "line " + location.getLineNr() + ", column " + location.getColumnNr()
                + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
        return new ImportFileException(fileName, where, problem, cause);
    }
}
