package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import org.cgtatlas.domain.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2014,               2014,       YEAR",
            "2014-10,            2014-10,    MONTH",
            "2014-10-16,         2014-10-16, DAY",
            "October 2014,       2014-10,    MONTH",
            "'October 16, 2014', 2014-10-16, DAY",
            "10/16/2014,         2014-10-16, DAY",
            "3/2015,             2015-03,    MONTH"})
    void readsEveryExportDateFormWithItsPrecision(String text, String iso, DatePrecision precision) {
        var date = RegistryDates.parse(text);
        assertThat(date.toString()).isEqualTo(iso);
        assertThat(date.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", "2014-13", "Octember 2014", "14-10-16", "2014-02-30", "-", "--"})
    void givesNoDateForTextThatIsNotOne(String text) {
        assertThat(RegistryDates.parse(text)).isNull();
    }
}
