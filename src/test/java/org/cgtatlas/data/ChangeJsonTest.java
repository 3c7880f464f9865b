package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.cgtatlas.domain.FieldChange;
import org.junit.jupiter.api.Test;

class ChangeJsonTest {

    private static final String BEFORE = "{\"id\":\"met-1\",\"note\":\"Old\",\"provenance\":{\"origin\":\"BUNDLED\",\"userEdited\":false}}";
    private static final String AFTER = "{\"id\":\"met-1\",\"note\":\"New\",\"provenance\":{\"origin\":\"USER\",\"userEdited\":true}}";

    @Test
    void theChangedFieldsLeaveOutTheProvenance() {
        assertThat(ChangeJson.changedFields(BEFORE, AFTER)).containsExactly(new FieldChange("note", "Old", "New"));
    }

    @Test
    void anInsertListsEveryFieldButTheProvenance() {
        assertThat(ChangeJson.changedFields(null, AFTER)).extracting(FieldChange::field).containsExactly("id", "note");
        assertThat(ChangeJson.changedFields(null, "{\"id\":\"met-1\",\"about\":null,\"inferred\":[]}"))
                .as("fields left empty are not changes").extracting(FieldChange::field).containsExactly("id");
    }

    @Test
    void aChangeOfTheProvenanceAloneListsNoField() {
        assertThat(ChangeJson.changedFields(BEFORE, BEFORE.replace("false", "true"))).isEmpty();
    }
}
