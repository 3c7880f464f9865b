package org.cgtatlas.export.pdf.section;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;
import org.cgtatlas.landscape.trials.RegistryProvenance;
import org.cgtatlas.landscape.trials.TrialCountsByCountry;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Kind;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Row;

/**
 * The registry's cell and gene therapy trials as {@link TrialCountsByCountry} counts them: the region first, Hong Kong
 * apart, the rest of the world in one column; per modality and per phase; the counting rule; the files counted.
 */
public final class TrialsRenderer implements SectionRenderer {

    public static final String NONE_IMPORTED = "No registry trials imported.";
    public static final String COUNTING_RULE = "Counting rule: a trial counts once in each country where it has at least "
            + "one site, so a trial with sites in Japan and South Korea counts in both; the Region and Rest of world "
            + "columns count each trial once, however many of their countries it has sites in.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("'UTC'xxx", Locale.ROOT);
    private static final TextStyle TABLE = TextStyle.BODY.withSize(8.5f);

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.TRIALS, false);
        ReportLayout layout = context.layout();
        TrialCountsByCountry counts = context.data().trials();
        List<RegistrySource> sources = context.data().landscape().registryTrials().sources();
        if (counts.isEmpty() && sources.isEmpty()) {
            layout.paragraph(NONE_IMPORTED, TextStyle.BODY.asBold());
            layout.paragraph("This snapshot counts no clinical-registry trials: none have been imported into this "
                    + "data folder. The trial figures in the country comparison are the ones the sources state.", TextStyle.BODY);
            return;
        }
        if (counts.isEmpty()) {
            layout.paragraph("The tables of this section count ClinicalTrials.gov trials, and none have been imported.",
                    TextStyle.BODY);
            sources(context, sources);
            return;
        }
        ReportFilter filter = context.data().filter();
        List<Integer> shown = shownColumns(counts, filter);
        layout.paragraph(summary(counts, filter), TextStyle.BODY);
        layout.paragraph(COUNTING_RULE, TextStyle.BODY.withSize(8.5f).withColor(Rgb.MUTED));

        layout.heading("Trials per modality", TextStyle.SUBHEADING, 80);
        table(layout, counts, shown, "Modality", counts.byModality());
        layout.paragraph("Modalities with the most trials in the region first.", TextStyle.NOTE);

        layout.heading("Trials per phase", TextStyle.SUBHEADING, 80);
        table(layout, counts, shown, "Phase", counts.byPhase());
        layout.paragraph("Phases in the order trials advance; \"Phase 1/2\" is a trial the registry lists in both.", TextStyle.NOTE);

        if (filter.countryCode() == null) {
            layout.heading("Rest of world", TextStyle.SUBHEADING, 40);
            layout.paragraph(restOfWorld(counts), TextStyle.BODY);
        }
        layout.heading("Registry files counted", TextStyle.SUBHEADING, 60);
        files(context, counts.files());
    }

    /** The columns the filter keeps: with a country filter only that country's. */
    private static List<Integer> shownColumns(TrialCountsByCountry counts, ReportFilter filter) {
        List<TrialCountsByCountry.Column> columns = counts.columns();
        return IntStream.range(0, columns.size()).filter(i -> filter.countryCode() == null
                || columns.get(i).kind() == Kind.COUNTRY && filter.acceptsCountry(columns.get(i).countryCode())).boxed().toList();
    }

    private static String summary(TrialCountsByCountry counts, ReportFilter filter) {
        Row totals = counts.totals();
        String modality = filter.modality() == null ? "cell and gene therapy" : filter.modality().label();
        List<String> countries = new ArrayList<>();
        for (TrialCountsByCountry.Column column : counts.columns()) {
            if (column.kind() == Kind.COUNTRY && filter.acceptsCountry(column.countryCode())) {
                countries.add(column.label() + " " + number(counts.count(totals, column.countryCode())));
            }
        }
        String text = "Registry trials classified as " + modality + ", counted from the ClinicalTrials.gov exports and refreshes listed "
                + "below with the rules of the Trials screen (the Trials screen and cgt-atlas stats also count WHO ICTRP records): "
                + String.join(", ", countries) + ".";
        if (filter.countryCode() == null) {
            text += " " + number(counts.count(totals, Kind.REGION)) + " trials have a site in the region and "
                    + number(counts.count(totals, Kind.REST_OF_WORLD)) + " a site in the rest of the world.";
        }
        return text;
    }

    private static void table(ReportLayout layout, TrialCountsByCountry counts, List<Integer> shown, String rowHeader,
                              List<Row> rows) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(rowHeader).asBold().withMaxShare(0.3f)));
        shown.forEach(i -> columns.add(Column.number(counts.columns().get(i).label())));
        Table table = new Table(columns, TABLE);
        for (Row row : rows) {
            if (shown.stream().anyMatch(i -> row.count(i) > 0)) {
                table.addRow(cells(row, shown));
            }
        }
        table.addRow(cells(counts.totals(), shown));
        new TableRenderer(layout).render(table);
    }

    private static List<String> cells(Row row, List<Integer> shown) {
        List<String> cells = new ArrayList<>(List.of(row.label()));
        shown.forEach(i -> cells.add(number(row.count(i))));
        return cells;
    }

    private static String restOfWorld(TrialCountsByCountry counts) {
        long trials = counts.count(counts.totals(), Kind.REST_OF_WORLD);
        String text = number(trials) + " trials have a site outside the region and Hong Kong";
        if (!counts.restOfWorldLeaders().isEmpty()) {
            text += "; most of them in " + counts.restOfWorldLeaders().stream()
                    .map(leader -> leader.name() + " (" + number(leader.trials()) + ")").collect(Collectors.joining(", "));
        }
        text += ".";
        if (counts.withoutCountry() > 0) {
            text += " " + number(counts.withoutCountry()) + " trials name no site country and are counted in no column.";
        }
        return text;
    }

    private static void files(ReportContext context, List<RegistryFile> files) {
        ZoneId zone = context.data().exportedAt().getZone();
        Table table = new Table(List.of(Column.text("File").withMaxShare(0.4f), Column.text("Registry"),
                Column.text("Imported"), Column.text("Data date"), Column.number("Trials from it")), TABLE);
        for (RegistryFile file : files) {
            table.addRow(List.of(file.fileName(), registry(file.format()), MINUTE.format(file.importedAt().atZone(zone)),
                    file.fileDateIfKnown().map(date -> DAY.format(date.atZone(zone))).orElse("not recorded"),
                    number(file.trials())));
        }
        new TableRenderer(context.layout()).render(table);
        context.layout().paragraph("An export does not state when it was taken from the registry: the data date is the "
                + "day the file was saved, as its file system recorded it when it was imported (not recorded for files "
                + "imported before CGT Atlas kept it); for an update from ClinicalTrials.gov it is the registry's own data "
                + "date. Times are " + ZONE.format(context.data().exportedAt()) + ", as on the cover.",
                TextStyle.NOTE);
        sources(context, context.data().landscape().registryTrials().sources());
    }

    /** Every registry source imported, and WHO's terms where ICTRP data is among them. */
    private static void sources(ReportContext context, List<RegistrySource> sources) {
        if (!sources.isEmpty()) {
            context.layout().paragraph("All registry sources imported (the Countries screen and cgt-atlas stats count their "
                    + "trials, each once however many registers list it): " + RegistryProvenance.text(sources) + ".", TextStyle.NOTE);
        }
        for (String terms : RegistryProvenance.terms(sources)) {
            context.layout().paragraph(terms + ".", TextStyle.BODY.asBold());
        }
    }

    private static String registry(String format) {
        return format.startsWith("CTGOV") ? "ClinicalTrials.gov" : format;
    }

    private static String number(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }

}
