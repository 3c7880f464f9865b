package org.cgtatlas.landscape.countries;

import java.math.BigDecimal;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.PartialDate;

/** How a reported figure reads: the source's own wording with its unit ("300+ trials", "3-5%"). */
public final class MetricText {

    private static final String PERCENT = "percent";

    private MetricText() {
    }

    /** The wording and the unit, e.g. "over 220 products"; a percentage keeps its "%" sign. */
    public static String valueWithUnit(CountryMetric metric) {
        String value = value(metric);
        String unit = metric.unit() == null ? "" : metric.unit().strip();
        if (unit.isEmpty()) {
            return value;
        }
        if (PERCENT.equalsIgnoreCase(unit)) {
            return value.endsWith("%") ? value : value + "%";
        }
        return value + " " + unit;
    }

    /** The source's wording, or, where it gave none, the number with its qualifier. */
    public static String value(CountryMetric metric) {
        if (metric.wording() != null && !metric.wording().isBlank()) {
            return metric.wording().strip();
        }
        if (metric.value() == null) {
            return ComparisonCell.MISSING_TEXT;
        }
        String low = plain(metric.value());
        if (metric.qualifier() == null) {
            return low;
        }
        return switch (metric.qualifier()) {
            case EXACT -> low;
            case AT_LEAST -> low + "+";
            case OVER -> Messages.get("countries.qualifier.over", low);
            case APPROXIMATELY -> Messages.get("countries.qualifier.about", low);
            case UP_TO -> Messages.get("countries.qualifier.upTo", low);
            case RANGE -> metric.valueHigh() == null ? low : low + "-" + plain(metric.valueHigh());
        };
    }

    public static String asOf(PartialDate date) {
        return date == null ? Messages.get("countries.date.unstated") : Messages.get("countries.date.asOf", date.iso());
    }

    public static String date(PartialDate date) {
        return date == null ? Messages.get("countries.date.unstated") : date.iso();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
