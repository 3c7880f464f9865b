package org.cgtatlas.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a modern site CSV ({@code ctg-studies.csv}, all 30 columns) of made-up studies with field sizes like real
 * exports (about 3.5 KB a study: long summaries and outcome measures, one to twelve sites), for the import benchmark.
 * The same seed gives the same file.
 */
final class SyntheticStudiesCsv {

    static final String[] HEADER = {"NCT Number", "Study Title", "Study URL", "Acronym", "Study Status", "Brief Summary",
        "Study Results", "Conditions", "Interventions", "Primary Outcome Measures", "Secondary Outcome Measures",
        "Other Outcome Measures", "Sponsor", "Collaborators", "Sex", "Age", "Phases", "Enrollment", "Funder Type",
        "Study Type", "Study Design", "Other IDs", "Start Date", "Primary Completion Date", "Completion Date",
        "First Posted", "Results First Posted", "Last Update Posted", "Locations", "Study Documents"};

    private static final String[] WORDS = ("patients with relapsed refractory disease will receive the study treatment "
            + "and be followed for safety efficacy response rate overall survival progression free adverse events dose "
            + "escalation expansion cohort pharmacokinetics quality of life randomized open label multicenter phase "
            + "evaluate assess primary secondary outcome baseline week month year participants cells infusion therapy")
            .split(" ");
    private static final String[] CONDITIONS = {"B-cell Lymphoma", "Multiple Myeloma", "Acute Lymphoblastic Leukemia",
        "Non-small Cell Lung Cancer", "Hepatocellular Carcinoma", "Knee Osteoarthritis", "Type 2 Diabetes", "Heart Failure",
        "Parkinson Disease", "Hemophilia B", "Spinal Muscular Atrophy", "Crohn Disease"};
    private static final String[] INTERVENTIONS = {"DRUG: Pembrolizumab", "BIOLOGICAL: CD19 CAR-T cells",
        "DRUG: Axicabtagene ciloleucel", "BIOLOGICAL: Umbilical cord mesenchymal stem cells", "GENETIC: AAV9 gene transfer",
        "DRUG: Placebo", "PROCEDURE: Surgery", "DRUG: Cyclophosphamide", "BEHAVIORAL: Exercise program",
        "BIOLOGICAL: Allogeneic NK cells", "DEVICE: Glucose monitor", "DRUG: Fludarabine"};
    private static final String[] SITES = {"Peking University Cancer Hospital, Beijing, Beijing Municipality, 100142, China",
        "Ruijin Hospital, Shanghai, Shanghai Municipality, 200025, China", "National Cancer Center Hospital, Chuo-ku, Tokyo, 104-0045, Japan",
        "Seoul National University Hospital, Seoul, 03080, Korea, Republic of", "Samsung Medical Center, Seoul, South Korea",
        "National Taiwan University Hospital, Taipei, 100, Taiwan", "Queen Mary Hospital, Hong Kong, Hong Kong",
        "MD Anderson Cancer Center, Houston, Texas, 77030, United States", "Charité, Berlin, 10117, Germany",
        "Hôpital Saint-Louis, Paris, 75010, France", "Royal Marsden Hospital, London, SW3 6JJ, United Kingdom",
        "Tehran University of Medical Sciences, Tehran, Iran, Islamic Republic of"};
    private static final String[] STATUSES = {"RECRUITING", "COMPLETED", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "UNKNOWN"};
    private static final String[] PHASES = {"PHASE1", "PHASE1|PHASE2", "PHASE2", "PHASE3", "EARLY_PHASE1", "NA", ""};
    private static final String[] FUNDERS = {"INDUSTRY", "OTHER", "NIH", "OTHER_GOV"};

    private SyntheticStudiesCsv() {
    }

    static void write(Path file, int studies, long seed) throws IOException {
        Random random = new Random(seed);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
            csv.writeRecord(HEADER);
            String[] row = new String[HEADER.length];
            for (int i = 0; i < studies; i++) {
                fill(row, i, random);
                csv.writeRecord(row);
            }
        }
    }

    /** One made-up study as a row of the {@link #HEADER} columns. */
    static void fill(String[] row, int index, Random random) {
        String nct = String.format("NCT%08d", 10_000_000 + index);
        row[0] = nct;
        row[1] = capitalised(words(random, 8 + random.nextInt(12)));
        row[2] = "https://clinicaltrials.gov/study/" + nct;
        row[3] = random.nextInt(3) == 0 ? "STUDY-" + index : "";
        row[4] = pick(random, STATUSES);
        row[5] = capitalised(words(random, 120 + random.nextInt(120))) + ".";
        row[6] = "NO";
        row[7] = pick(random, CONDITIONS) + (random.nextBoolean() ? "|" + pick(random, CONDITIONS) : "");
        row[8] = pick(random, INTERVENTIONS) + "|" + pick(random, INTERVENTIONS);
        row[9] = capitalised(words(random, 40 + random.nextInt(40))) + ", 12 months";
        row[10] = capitalised(words(random, 30 + random.nextInt(60))) + ", 24 months|" + capitalised(words(random, 20));
        row[11] = "";
        row[12] = "Sponsor " + random.nextInt(5000);
        row[13] = random.nextBoolean() ? "Collaborator " + random.nextInt(5000) : "";
        row[14] = "ALL";
        row[15] = "ADULT, OLDER_ADULT";
        row[16] = pick(random, PHASES);
        row[17] = Integer.toString(10 + random.nextInt(990));
        row[18] = pick(random, FUNDERS);
        row[19] = "INTERVENTIONAL";
        row[20] = "Allocation: RANDOMIZED|Intervention Model: PARALLEL|Masking: NONE|Primary Purpose: TREATMENT";
        row[21] = "ID-" + random.nextInt(1_000_000);
        int year = 2005 + random.nextInt(20);
        row[22] = year + "-" + twoDigits(1 + random.nextInt(12));
        row[23] = (year + 2) + "-" + twoDigits(1 + random.nextInt(12)) + "-" + twoDigits(1 + random.nextInt(28));
        row[24] = (year + 3) + "-" + twoDigits(1 + random.nextInt(12));
        row[25] = year + "-01-15";
        row[26] = "";
        row[27] = (year + 4) + "-06-30";
        row[28] = sites(random);
        row[29] = "";
    }

    private static String sites(Random random) {
        StringBuilder sites = new StringBuilder();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            sites.append(i == 0 ? "" : "|").append(pick(random, SITES));
        }
        return sites.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
