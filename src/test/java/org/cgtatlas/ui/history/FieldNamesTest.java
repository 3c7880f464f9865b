package org.cgtatlas.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void aRecordComponentReadsAsWords() {
        assertThat(FieldNames.human("statusText")).isEqualTo("Status text");
        assertThat(FieldNames.human("indication")).isEqualTo("Indication");
        assertThat(FieldNames.human("countryCode")).isEqualTo("Country code");
        assertThat(FieldNames.human("asOf")).isEqualTo("As of");
        assertThat(FieldNames.human("")).isEmpty();
    }
}
