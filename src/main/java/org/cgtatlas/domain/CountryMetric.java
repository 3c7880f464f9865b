package org.cgtatlas.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reported figure for a country. {@code value} is the lower bound as a number ("300+" → 300),
 * {@code wording} the source's own words, {@code valueHigh} the upper end of a range. {@code about} names the
 * organization, programme or event a figure describes (a society's membership, a product's sales), null for a
 * figure about the country as a whole.
 */
public record CountryMetric(String id, String countryCode, MetricKind kind, BigDecimal value, BigDecimal valueHigh,
                            Qualifier qualifier, String wording, String unit, PartialDate asOf, String note, String about,
                            List<Citation> citations, Provenance provenance,
                            List<Inference> inferred) {

    public CountryMetric {
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public CountryMetric(String id, String countryCode, MetricKind kind, BigDecimal value, BigDecimal valueHigh,
                         Qualifier qualifier, String wording, String unit, PartialDate asOf, String note,
                         List<Citation> citations, Provenance provenance) {
        this(id, countryCode, kind, value, valueHigh, qualifier, wording, unit, asOf, note, null, citations, provenance,
                List.of());
    }
}
