package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportDataAssembler;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.SnapshotPdfWriter;
import org.cgtatlas.export.pdf.SnapshotReport;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.Landscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench pdf}: the time and size of a full snapshot PDF, for the bundled dataset (read through the
 * repositories of a throwaway data folder) and for a generated one of many programmes and events.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Times the full snapshot PDF: the bundled dataset (in a throwaway data folder; yours is not touched), "
                + "then --programmes and --events generated records (never stored).")
public final class PdfBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--programmes", defaultValue = "10000", description = "Programmes in the generated run (default: ${DEFAULT-VALUE}).")
    private int programmes;

    @Option(names = "--events", defaultValue = "2000", description = "Events in the generated run (default: ${DEFAULT-VALUE}).")
    private int events;

    @Option(names = "--runs", defaultValue = "3",
            description = "Warm runs per case after the first; their median is reported (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-pdf");
        try {
            Path pdf = folder.resolve("snapshot.pdf");
            SnapshotRequest request = SnapshotRequest.everything(ReportPageSize.A4);
            Dataset bundled;
            try (AppServices services = AppServices.open(folder.resolve("data"))) {
                bundled = services.landscape().current().dataset();
                report(out, "Bundled dataset (" + bundled.programmes().size() + " programmes, " + bundled.events().size() + " events)",
                        () -> ReportDataAssembler.assemble(services.landscape().current(), request, ZonedDateTime.now()),
                        request, pdf);
            }
            Dataset large = PdfBenchData.enlarge(bundled, programmes, events);
            report(out, "Generated (" + programmes + " programmes, " + events + " events)",
                    () -> ReportDataAssembler.assemble(Landscape.of(large), ReportFilter.NONE, ZonedDateTime.now()), request, pdf);
        } finally {
            BenchFolder.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private void report(PrintWriter out, String label, DataSource data, SnapshotRequest request, Path pdf) throws IOException {
        Run first = timed(data, request, pdf);
        List<Long> warm = new ArrayList<>();
        List<Long> warmCpu = new ArrayList<>();
        for (int run = 0; run < Math.max(1, runs); run++) {
            Run each = timed(data, request, pdf);
            warm.add(each.millis());
            warmCpu.add(each.cpuMillis());
        }
        out.printf(Locale.ROOT, "%s: %d pages, %d KB; first run %d ms (%d ms CPU; includes loading the font and warming up "
                        + "the JVM), then median %d ms (%d ms CPU; runs: %s)%n", label, first.pages(), Files.size(pdf) / 1024,
                first.millis(), first.cpuMillis(), median(warm), median(warmCpu), warm);
        out.flush();
    }

    /**
     * Reads the data and writes the PDF, as an export does. The CPU time of this thread is reported beside the wall
     * time because on a busy machine the wall time mostly measures the other programs.
     */
    private static Run timed(DataSource data, SnapshotRequest request, Path pdf) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        int pages = SnapshotPdfWriter.write(new SnapshotReport(data.get(), request), pdf, Progress.NONE).pages();
        return new Run((System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000, pages);
    }

    private record Run(long millis, long cpuMillis, int pages) {
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @FunctionalInterface
    private interface DataSource {
        ReportData get();
    }
}
