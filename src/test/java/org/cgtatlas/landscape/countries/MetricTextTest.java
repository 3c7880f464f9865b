package org.cgtatlas.landscape.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Qualifier;
import org.junit.jupiter.api.Test;

class MetricTextTest {

    private static CountryMetric metric(Integer low, Integer high, Qualifier qualifier, String wording, String unit) {
        return new CountryMetric("m", "JP", MetricKind.CAR_T_TRIALS, low == null ? null : BigDecimal.valueOf(low),
                high == null ? null : BigDecimal.valueOf(high), qualifier, wording, unit, null, null, List.of(), null);
    }

    @Test
    void theSourcesWordingComesFirst() {
        assertThat(MetricText.valueWithUnit(metric(300, null, Qualifier.AT_LEAST, "300+", "trials"))).isEqualTo("300+ trials");
        assertThat(MetricText.valueWithUnit(metric(3, 5, Qualifier.RANGE, "3-5%", "percent"))).isEqualTo("3-5%");
    }

    @Test
    void withoutWordingTheQualifierIsSpelledOut() {
        assertThat(MetricText.value(metric(300, null, Qualifier.AT_LEAST, null, null))).isEqualTo("300+");
        assertThat(MetricText.value(metric(220, null, Qualifier.OVER, null, null))).isEqualTo("over 220");
        assertThat(MetricText.value(metric(6000, null, Qualifier.APPROXIMATELY, " ", null))).isEqualTo("about 6000");
        assertThat(MetricText.value(metric(100, null, Qualifier.UP_TO, null, null))).isEqualTo("up to 100");
        assertThat(MetricText.valueWithUnit(metric(3, 5, Qualifier.RANGE, null, "percent"))).isEqualTo("3-5%");
        assertThat(MetricText.value(metric(null, null, Qualifier.EXACT, null, "trials"))).isEqualTo("—");
    }

    @Test
    void datesSayWhenTheSourceGaveNone() {
        assertThat(MetricText.asOf(PartialDate.parse("2025-01"))).isEqualTo("as of 2025-01");
        assertThat(MetricText.asOf(null)).isEqualTo("date not stated");
    }
}
