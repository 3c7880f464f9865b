package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.landscape.pipeline.SortKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench pipeline [--programmes 100000]}: generates programmes (five per organization) into a
 * temporary data folder, then times storing them, reading them into table rows, filtering and sorting those rows,
 * and reports the heap they take. The generated records exist only in that folder, which is deleted afterwards
 * unless {@code --keep} is given (to look at the Pipeline screen with that many rows).
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Times the Pipeline screen's work on generated programmes: insert, read into rows, filter, sort, memory.",
                "The generated data goes to a new temporary folder, never to --data-dir."})
public final class PipelineBenchCommand implements Callable<Integer> {

    private static final int PROGRAMMES_PER_ORGANIZATION = 5;
    private static final int WARM_UP_RUNS = 5;
    private static final String[] COUNTRIES = {"CN", "JP", "KR", "TW", "US", "DE"};
    private static final String[] INDICATIONS = {"B-cell lymphoma", "Multiple myeloma", "Knee osteoarthritis",
        "Parkinson's disease", "Heart failure", "Hepatocellular carcinoma", "Spinal muscular atrophy", "Ovarian cancer"};
    private static final String[] LOCAL_NAMES = {"細胞治療", "再生医療", "세포치료", "유전자치료", "基因治療"};

    @Spec
    private CommandSpec spec;

    @Option(names = "--programmes", paramLabel = "N", defaultValue = "100000",
            description = "How many programmes to generate (default: ${DEFAULT-VALUE}).")
    private int programmes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "25",
            description = "Timed runs per filter and sort, after " + WARM_UP_RUNS + " warm-up runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--keep", description = "Keep the generated data folder (and print where it is), to open it with --data-dir.")
    private boolean keep;

    @Override
    public Integer call() throws IOException {
        if (programmes < 1 || runs < 1) {
            throw new IllegalArgumentException("--programmes and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-");
        try (AppServices services = AppServices.open(folder)) {
            run(services, out);
        } finally {
            if (keep) {
                out.printf("Kept the generated data in %s%n", folder);
            } else {
                BenchFolder.deleteRecursively(folder);
            }
        }
        out.flush();
        return 0;
    }

    private void run(AppServices services, PrintWriter out) {
        List<Organization> organizations = generateOrganizations((programmes + PROGRAMMES_PER_ORGANIZATION - 1) / PROGRAMMES_PER_ORGANIZATION);
        List<Programme> generated = generateProgrammes(organizations);
        out.printf("Pipeline benchmark: %,d programmes of %,d organizations (generated), %d timed runs after %d warm-up%n",
                generated.size(), organizations.size(), runs, WARM_UP_RUNS);
        long heapBefore = usedHeapAfterGc();

        long start = System.nanoTime();
        services.database().inTransaction(connection -> {
            for (Organization organization : organizations) {
                services.organizations().upsert(connection, organization);
            }
            for (Programme programme : generated) {
                services.programmes().upsert(connection, programme);
            }
            return null;
        });
        double insertMs = millisSince(start);

        start = System.nanoTime();
        List<PipelineRow> rows = PipelineRows.of(services.landscape().current());
        double readMs = millisSince(start);
        long heapAfter = usedHeapAfterGc();

        PipelineFilter text = PipelineFilter.NONE.withText("myeloma");
        PipelineFilter combined = new PipelineFilter("KR", Modality.CAR_T, null, null, "myeloma");
        PipelineSort sort = new PipelineSort(List.of(new SortKey(PipelineColumn.COUNTRY, true),
                new SortKey(PipelineColumn.STAGE, false), new SortKey(PipelineColumn.PROGRAMME, true)));
        int textHits = text.apply(rows).size();
        int combinedHits = combined.apply(rows).size();

        out.printf("  insert (one transaction)        %,10.0f ms%n", insertMs);
        out.printf("  read (findAll into %,d rows)  %,10.0f ms%n", rows.size(), readMs);
        out.printf("  text filter \"myeloma\"           %,10.2f ms median  (%,d rows match)%n",
                median(() -> text.apply(rows)), textHits);
        out.printf("  country+modality+text filter    %,10.2f ms median  (%,d rows match)%n",
                median(() -> combined.apply(rows)), combinedHits);
        out.printf("  sort country, stage, programme  %,10.2f ms median%n", median(() -> sort.apply(rows)));
        out.printf("  heap after GC: %,.1f MB before loading, %,.1f MB with the rows loaded (%+,.1f MB)%n",
                heapBefore / 1e6, heapAfter / 1e6, (heapAfter - heapBefore) / 1e6);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no rows were read back");
        }
    }

    private double median(Supplier<List<PipelineRow>> work) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = millisSince(start);
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    private static List<Organization> generateOrganizations(int count) {
        Random random = new Random(42);
        OrganizationType[] types = {OrganizationType.COMPANY, OrganizationType.COMPANY, OrganizationType.COMPANY,
            OrganizationType.ACADEMIC, OrganizationType.HOSPITAL_CLINIC, OrganizationType.CDMO};
        List<Organization> organizations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String local = LOCAL_NAMES[random.nextInt(LOCAL_NAMES.length)] + " " + i;
            organizations.add(new Organization(String.format("bench-org-%06d", i), String.format("Bench Org %06d", i),
                    local, List.of(String.format("BO%d", i)), COUNTRIES[random.nextInt(COUNTRIES.length)],
                    types[random.nextInt(types.length)], null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "bench")));
        }
        return organizations;
    }

    private List<Programme> generateProgrammes(List<Organization> organizations) {
        Random random = new Random(7);
        Modality[] modalities = Modality.values();
        DevelopmentStage[] stages = DevelopmentStage.values();
        List<Programme> generated = new ArrayList<>(programmes);
        for (int i = 0; i < programmes; i++) {
            Organization owner = organizations.get(i / PROGRAMMES_PER_ORGANIZATION);
            List<String> partners = random.nextInt(4) == 0
                    ? List.of(organizations.get(random.nextInt(organizations.size())).id()) : List.of();
            generated.add(new Programme(String.format("bench-prog-%07d", i), String.format("BX-%07d", i), owner.id(),
                    owner.countryCode(), modalities[random.nextInt(modalities.length)], "CD" + random.nextInt(100),
                    INDICATIONS[random.nextInt(INDICATIONS.length)], stages[random.nextInt(stages.length)], null,
                    partners.contains(owner.id()) ? List.of() : partners, null, List.of(),
                    Provenance.editedNowBy(RecordOrigin.USER, "bench")));
        }
        return generated;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
