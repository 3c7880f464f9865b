package org.cgtatlas.landscape.countries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.landscape.Landscape;

/**
 * The focus countries side by side: one row per figure or theme, one cell per country, each cell with
 * the value as the source worded it and the evidence behind it. Rows counted from registry data appear
 * only when such counts exist. Plain logic, built from domain records.
 */
public final class CountryComparison {

    private final List<Country> countries;
    private final List<ComparisonRow> rows;
    private final Optional<CountedTrials> counted;

    private CountryComparison(List<Country> countries, List<ComparisonRow> rows, Optional<CountedTrials> counted) {
        this.countries = List.copyOf(countries);
        this.rows = List.copyOf(rows);
        this.counted = counted;
    }

    /** The comparison of the snapshot's region, with the rows counted from registry data when there are any. */
    public static CountryComparison of(Landscape data) {
        return of(data, CountedTrials.of(data));
    }

    /** The comparison with the given registry counts (none: the counted rows are left out). */
    public static CountryComparison of(Landscape data, Optional<CountedTrials> counted) {
        List<Country> countries = data.regionCountries();
        Builder builder = new Builder(data, counted);
        List<ComparisonRow> rows = new ArrayList<>();
        for (ComparisonRowKind kind : ComparisonRowKind.values()) {
            if (kind.isCountedFromRegistry() && counted.isEmpty()) {
                continue;
            }
            Map<String, ComparisonCell> cells = new LinkedHashMap<>();
            for (Country country : countries) {
                cells.put(country.code(), builder.cell(kind, country.code()));
            }
            rows.add(new ComparisonRow(kind, builder.label(kind), cells));
        }
        return new CountryComparison(countries, rows, counted);
    }

    public List<Country> countries() {
        return countries;
    }

    public List<ComparisonRow> rows() {
        return rows;
    }

    public Optional<ComparisonRow> row(ComparisonRowKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).findFirst();
    }

    public ComparisonCell cell(ComparisonRowKind kind, String countryCode) {
        return row(kind).map(row -> row.cell(countryCode)).orElse(ComparisonCell.missing());
    }

    public Optional<CountedTrials> counted() {
        return counted;
    }

    public Optional<Country> country(String code) {
        return countries.stream().filter(country -> country.code().equals(code)).findFirst();
    }

    /** Builds each kind of cell from the snapshot. */
    private static final class Builder {

        private final Landscape data;
        private final Optional<CountedTrials> counted;

        Builder(Landscape data, Optional<CountedTrials> counted) {
            this.data = data;
            this.counted = counted;
        }

        String label(ComparisonRowKind kind) {
            return counted.filter(trials -> kind.isCountedFromRegistry())
                    .map(trials -> Messages.get("countries.row.counted.label", kind.label(), trials.provenance()))
                    .orElseGet(kind::label);
        }

        ComparisonCell cell(ComparisonRowKind kind, String code) {
            if (kind == ComparisonRowKind.APPROVED_PRODUCTS) {
                return approvals(code);
            }
            if (kind.metric() != null) {
                return LatestMetric.of(data.metrics(), code, kind.metric()).map(Builder::metricCell)
                        .orElse(ComparisonCell.missing());
            }
            if (kind.milestones() != null) {
                return milestones(LatestMilestone.of(data, code, kind.milestones()));
            }
            return switch (kind) {
                case PROGRAMMES -> counted(data.programmesOf(code),
                        programme -> new Evidence(programme.name() + " — " + data.organizationName(programme.organizationId()),
                                programme.modality() == null ? null : programme.modality().label(), programme.citations()));
                case PIPELINE_COMPANIES -> counted(data.pipelineListings().stream().filter(listing -> code.equals(listing.countryCode())).toList(),
                        this::listingEvidence);
                case EVENTS -> counted(data.eventsOf(code),
                        event -> new Evidence(event.title(), MetricText.date(event.date()), event.citations()));
                case COUNTED_TRIALS -> countedTotal(code);
                case COUNTED_TRIALS_BY_MODALITY -> countedByModality(code);
                default -> ComparisonCell.missing();
            };
        }

        private ComparisonCell approvals(String code) {
            Optional<CountryMetric> total = LatestMetric.of(data.metrics(), code, MetricKind.APPROVED_CGT_PRODUCTS);
            if (total.isEmpty()) {
                return ComparisonCell.missing();
            }
            List<String> parts = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>(List.of(evidence(total.get())));
            LatestMetric.of(data.metrics(), code, MetricKind.APPROVED_CELL_THERAPIES).ifPresent(cell -> {
                parts.add(Messages.get("countries.approved.cell", MetricText.value(cell)));
                evidence.add(evidence(cell));
            });
            LatestMetric.of(data.metrics(), code, MetricKind.APPROVED_GENE_THERAPIES).ifPresent(gene -> {
                parts.add(Messages.get("countries.approved.gene", MetricText.value(gene)));
                evidence.add(evidence(gene));
            });
            String text = MetricText.value(total.get());
            if (!parts.isEmpty()) {
                text = text + " (" + String.join(", ", parts) + ")";
            }
            return new ComparisonCell(text, MetricText.asOf(total.get().asOf()), total.get().value(), evidence);
        }

        private static ComparisonCell metricCell(CountryMetric metric) {
            return new ComparisonCell(MetricText.valueWithUnit(metric), MetricText.asOf(metric.asOf()), metric.value(),
                    List.of(evidence(metric)));
        }

        private static Evidence evidence(CountryMetric metric) {
            return new Evidence(metric.kind().label() + ": " + MetricText.valueWithUnit(metric) + " (" + MetricText.asOf(metric.asOf()) + ")",
                    metric.note(), metric.citations(), metric.inferred(), metric.id());
        }

        private static ComparisonCell milestones(LatestMilestone milestones) {
            if (milestones.isEmpty()) {
                return ComparisonCell.missing();
            }
            Milestone first = milestones.ordered().get(0);
            String detail = MetricText.date(first.date()) + " · " + milestones.countText();
            List<Evidence> evidence = milestones.ordered().stream()
                    .map(milestone -> new Evidence(milestone.title() + " (" + MetricText.date(milestone.date()) + ")",
                            milestone.description(), milestone.citations(), milestone.inferred()))
                    .toList();
            return new ComparisonCell(milestones.headline(), detail, BigDecimal.valueOf(milestones.ordered().size()), evidence);
        }

        private <T> ComparisonCell counted(List<T> items, Function<T, Evidence> evidence) {
            return new ComparisonCell(Integer.toString(items.size()), Messages.get("countries.counted.inData"),
                    BigDecimal.valueOf(items.size()), items.stream().map(evidence).toList());
        }

        private Evidence listingEvidence(PipelineListing listing) {
            return new Evidence(data.organizationName(listing.organizationId()), null, listing.citations());
        }

        private ComparisonCell countedTotal(String code) {
            return counted.flatMap(trials -> trials.total(code).map(total -> new ComparisonCell(Integer.toString(total),
                            registryDetail(trials, code), BigDecimal.valueOf(total), registryEvidence(trials))))
                    .orElse(ComparisonCell.missing());
        }

        /** Where a counted cell's trials come from, and how many of them were counted by inference. */
        private static String registryDetail(CountedTrials trials, String code) {
            String detail = Messages.get("countries.counted.registry", trials.provenance());
            int inferred = trials.inferred(code);
            return inferred == 0 ? detail : detail + " · " + Messages.get("countries.counted.inferred", inferred);
        }

        private static List<Evidence> registryEvidence(CountedTrials trials) {
            return trials.terms().stream().map(terms -> new Evidence(terms, null, List.of())).toList();
        }

        private ComparisonCell countedByModality(String code) {
            Map<Modality, Integer> byModality = counted.map(trials -> trials.byModality(code)).orElse(Map.of());
            if (byModality.isEmpty()) {
                return ComparisonCell.missing();
            }
            String text = byModality.entrySet().stream()
                    .sorted(Map.Entry.<Modality, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(entry -> entry.getKey().label() + " " + entry.getValue())
                    .collect(Collectors.joining(" · "));
            int total = byModality.values().stream().mapToInt(Integer::intValue).sum();
            return new ComparisonCell(text, registryDetail(counted.orElseThrow(), code), BigDecimal.valueOf(total),
                    registryEvidence(counted.orElseThrow()));
        }
    }
}
