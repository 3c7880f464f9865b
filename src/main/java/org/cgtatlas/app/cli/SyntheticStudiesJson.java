package org.cgtatlas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The made-up studies of {@link SyntheticStudiesCsv} as ClinicalTrials.gov API v2 study objects (the same fields, in
 * the API's modules), for the refresh benchmark: served by a stand-in server, or written as an API JSON file.
 */
final class SyntheticStudiesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SyntheticStudiesJson() {
    }

    static List<String> studies(int count, long seed) {
        Random random = new Random(seed);
        String[] row = new String[SyntheticStudiesCsv.HEADER.length];
        List<String> studies = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                SyntheticStudiesCsv.fill(row, i, random);
                studies.add(MAPPER.writeValueAsString(study(row)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a synthetic study as JSON", e);
        }
        return studies;
    }

    /** An API v2 JSON file ({@code {"studies": [...]}}) of these studies, as an analyst would download it. */
    static void write(Path file, List<String> studies) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"studies\":[");
            for (int i = 0; i < studies.size(); i++) {
                out.write(i == 0 ? "\n" : ",\n");
                out.write(studies.get(i));
            }
            out.write("\n]}\n");
        }
    }

    private static ObjectNode study(String[] row) {
        ObjectNode study = MAPPER.createObjectNode();
        ObjectNode protocol = study.putObject("protocolSection");
        protocol.putObject("identificationModule").put("nctId", row[0]).put("briefTitle", row[1]).put("acronym", row[3]);
        ObjectNode status = protocol.putObject("statusModule").put("overallStatus", row[4]);
        status.putObject("startDateStruct").put("date", row[22]);
        status.putObject("primaryCompletionDateStruct").put("date", row[23]);
        status.putObject("completionDateStruct").put("date", row[24]);
        status.putObject("studyFirstPostDateStruct").put("date", row[25]);
        status.putObject("lastUpdatePostDateStruct").put("date", row[27]);
        ObjectNode sponsors = protocol.putObject("sponsorCollaboratorsModule");
        sponsors.putObject("leadSponsor").put("name", row[12]).put("class", row[18]);
        protocol.putObject("descriptionModule").put("briefSummary", row[5]);
        strings(protocol.putObject("conditionsModule").putArray("conditions"), row[7]);
        ObjectNode design = protocol.putObject("designModule").put("studyType", row[19]);
        strings(design.putArray("phases"), row[16]);
        design.putObject("enrollmentInfo").put("count", Integer.parseInt(row[17]));
        ArrayNode interventions = protocol.putObject("armsInterventionsModule").putArray("interventions");
        for (String intervention : row[8].split("\\|")) {
            int colon = intervention.indexOf(": ");
            interventions.addObject().put("type", intervention.substring(0, colon)).put("name", intervention.substring(colon + 2));
        }
        ObjectNode outcomes = protocol.putObject("outcomesModule");
        outcomes.putArray("primaryOutcomes").addObject().put("measure", row[9]);
        outcomes.putArray("secondaryOutcomes").addObject().put("measure", row[10]);
        ArrayNode locations = protocol.putObject("contactsLocationsModule").putArray("locations");
        for (String site : row[28].split("\\|")) {
            String[] parts = site.split(", ");
            String country = parts[parts.length - 1];
            if (country.endsWith("Republic of")) {
                country = parts[parts.length - 2] + ", " + country;
            }
            locations.addObject().put("facility", parts[0]).put("city", parts[1]).put("country", country);
        }
        study.put("hasResults", false);
        return study;
    }

    private static void strings(ArrayNode array, String joined) {
        for (String value : joined.split("\\|")) {
            if (!value.isEmpty()) {
                array.add(value);
            }
        }
    }
}
