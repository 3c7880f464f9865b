package org.cgtatlas.landscape.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Programme;

/** The columns of the pipeline table and of its CSV export, in their default order. */
public enum PipelineColumn {
    COMPANY(PipelineRow::company, 180),
    COUNTRY(PipelineRow::country, 100),
    PROGRAMME(PipelineRow::programmeName, 240),
    MODALITY(PipelineRow::modalityLabel, 110),
    INDICATION(PipelineRow::indication, 150),
    STAGE(PipelineRow::stageOrStatus, 170),
    PARTNERS(PipelineRow::partners, 150),
    UPDATED(PipelineRow::lastUpdated, 150),
    SOURCE(PipelineRow::source, 220);

    private final Function<PipelineRow, String> text;
    private final double defaultWidth;

    PipelineColumn(Function<PipelineRow, String> text, double defaultWidth) {
        this.text = text;
        this.defaultWidth = defaultWidth;
    }

    public String header() {
        return Messages.get("pipeline.column." + name().toLowerCase(Locale.ROOT));
    }

    public String text(PipelineRow row) {
        return text.apply(row);
    }

    /**
     * The curator's inferences behind this column's value in {@code row}: the programme's fields the cell shows (the
     * company a programme is attributed to, its country, modality, indication, stage, partners) and the company's own
     * name, or its country where the cell shows the company's. Empty when the sources state the value.
     */
    public List<Inference> inferences(PipelineRow row) {
        Programme programme = row.programme();
        List<Inference> ofProgramme = programme == null ? List.of() : programme.inferred();
        List<Inference> ofCompany = row.organization() == null ? List.of() : row.organization().inferred();
        return switch (this) {
            case COMPANY -> on(ofProgramme, "organizationId", ofCompany, "name");
            case COUNTRY -> programme != null && programme.countryCode() == null
                    ? on(ofCompany, "countryCode", List.of(), "") : on(ofProgramme, "countryCode", List.of(), "");
            case PROGRAMME -> on(ofProgramme, "name", List.of(), "");
            case MODALITY -> on(ofProgramme, "modality", List.of(), "");
            case INDICATION -> on(ofProgramme, "indication", List.of(), "");
            case STAGE -> on(ofProgramme, "stage", ofProgramme, "statusText");
            case PARTNERS -> on(ofProgramme, "partnerIds", List.of(), "");
            case UPDATED, SOURCE -> List.of();
        };
    }

    private static List<Inference> on(List<Inference> first, String firstField, List<Inference> second, String secondField) {
        return Stream.of(Inference.on(first, firstField), Inference.on(second, secondField)).filter(Objects::nonNull).toList();
    }

    public double defaultWidth() {
        return defaultWidth;
    }

    /**
     * The order of this column: stages by how far they have come (free status texts after them), last updated by
     * time, everything else by text ignoring case. Empty cells go last whichever the direction.
     */
    public Comparator<PipelineRow> comparator(boolean ascending) {
        Comparator<PipelineRow> values = switch (this) {
            case STAGE -> Comparator.comparing(PipelineRow::stage, Comparator.nullsLast(Comparator.naturalOrder()));
            case UPDATED -> Comparator.comparing((PipelineRow row) -> row.provenance() == null ? null : row.provenance().updatedAt(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> (left, right) -> 0;
        };
        values = values.thenComparing(this::text, String.CASE_INSENSITIVE_ORDER);
        Comparator<PipelineRow> presentFirst = Comparator.comparingInt(this::emptiness);
        return presentFirst.thenComparing(ascending ? values : values.reversed());
    }

    /** 0 for a value, 1 for a stage stated only in words, 2 for an empty cell. */
    private int emptiness(PipelineRow row) {
        if (text(row).isEmpty()) {
            return 2;
        }
        return this == STAGE && row.stage() == null ? 1 : 0;
    }

    /** The cell texts of the rows, column by column, as shown and exported. */
    public static List<List<String>> cells(List<PipelineRow> rows, List<PipelineColumn> columns) {
        return rows.stream().map(row -> columns.stream().map(column -> column.text(row)).toList()).toList();
    }

    public static List<String> headers(List<PipelineColumn> columns) {
        return columns.stream().map(PipelineColumn::header).toList();
    }

    /** Parses a stored column name; null for an unknown one (a setting written by another version). */
    public static PipelineColumn parse(String name) {
        for (PipelineColumn column : values()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }
}
