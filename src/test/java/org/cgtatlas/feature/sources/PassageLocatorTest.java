package org.cgtatlas.feature.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageLocatorTest {

    private static final String TEXT = "JSRM signed an MOU with ISEV. 本MOUは国際連携を目的とした。";

    @Test
    void findsAQuoteByItsExactCharacters() {
        assertThat(PassageLocator.locate(TEXT, "an MOU with ISEV")).contains(new PassageLocator.Span(12, 28));
        assertThat(PassageLocator.locate(TEXT, "本MOUは")).contains(new PassageLocator.Span(30, 35));
    }

    @Test
    void aQuoteThatIsNotThereOrEmptyIsNotFound() {
        assertThat(PassageLocator.locate(TEXT, "an mou with isev")).isEmpty();
        assertThat(PassageLocator.locate(TEXT, "")).isEmpty();
        assertThat(PassageLocator.locateAll(TEXT, List.of("JSRM", "missing", "ISEV"))).hasSize(2);
    }
}
