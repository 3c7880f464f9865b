package org.cgtatlas.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.ingest.dataset.DatasetJson;

/**
 * Run in a child JVM by {@link CrashSafetyTest} and killed at a random moment. It alternates analyst edits
 * (one organization per transaction, logged in the change log) with whole-file imports of datasets and of registry exports, and reports on
 * stdout what it has committed: "EDIT n" after edit n committed, "IMPORTING k" before dataset import k starts,
 * "IMPORTED k" after it committed, and likewise "TRIALS-IMPORTING k" and "TRIALS-IMPORTED k".
 */
public final class CrashWorkload {

    static final int RECORDS_PER_IMPORT = 25;

    private CrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        Path scratch = Files.createDirectories(dataFolder.resolveSibling("scratch"));
        try (AppServices services = AppServices.open(dataFolder)) {
            OrganizationRepository organizations = services.organizations();
            Citation citation = services.datasets().load().organizations().get(0).citations().get(0);
            int start = services.organizations().findAll().size();
            System.out.println("READY");
            for (int n = start; ; n++) {
                Organization edit = organization("org-edit-" + n, citation);
                organizations.save(edit);
                System.out.println("EDIT " + n);
                if (n % 10 == 0) {
                    Path file = scratch.resolve("import-" + n + ".json");
                    writeImport(file, n, citation);
                    System.out.println("IMPORTING " + n);
                    services.datasetImporter().importFile(file);
                    System.out.println("IMPORTED " + n);
                }
                if (n % 10 == 5) {
                    Path file = scratch.resolve("ctg-studies-" + n + ".csv");
                    writeTrialExport(file, n);
                    System.out.println("TRIALS-IMPORTING " + n);
                    services.trialImporter().importFile(file, Progress.NONE);
                    System.out.println("TRIALS-IMPORTED " + n);
                }
            }
        }
    }

    static String importedId(int importNumber, int record) {
        return "org-import-" + importNumber + "-" + record;
    }

    /** The NCT number of a trial of a registry export import: unique per import and record. */
    static String trialId(int importNumber, int record) {
        return "NCT%08d".formatted(importNumber * 100 + record);
    }

    private static void writeTrialExport(Path file, int importNumber) throws Exception {
        StringBuilder csv = new StringBuilder("NCT Number,Study Title,Locations\n");
        for (int record = 0; record < RECORDS_PER_IMPORT; record++) {
            csv.append(trialId(importNumber, record)).append(",\"Crash test trial,\nover two lines\",\"A, Seoul, Korea, Republic of\"\n");
        }
        Files.writeString(file, csv);
    }

    private static void writeImport(Path file, int importNumber, Citation citation) throws Exception {
        List<Organization> records = java.util.stream.IntStream.range(0, RECORDS_PER_IMPORT)
                .mapToObj(record -> organization(importedId(importNumber, record), citation)).toList();
        Dataset dataset = new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, null, List.of(), List.of(), records,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        DatasetJson.mapper().writeValue(file.toFile(), dataset);
    }

    private static Organization organization(String id, Citation citation) {
        return new Organization(id, "Crash test " + id, null, List.of(), null, OrganizationType.COMPANY, null,
                List.of(citation), Provenance.editedNowBy(RecordOrigin.USER, "crash-test"));
    }
}
