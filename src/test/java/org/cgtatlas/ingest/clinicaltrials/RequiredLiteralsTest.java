package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void takesTheLongestRequiredRunOfEachAlternative() {
        assertThat(RequiredLiterals.of("\\bcar[- ]t\\b|chimeric antigen receptor|(?:ebv|cmv)[- ]specific t"))
                .contains(List.of("car", "chimeric antigen receptor", "specific t"));
    }

    @Test
    void leavesOutCharactersAQuantifierMakesOptional() {
        assertThat(RequiredLiterals.of("\\bmscs?\\b|exosom|ab+c")).contains(List.of("msc", "exosom", "ab"));
    }

    @Test
    void anAlternativeWithoutLiteralMeansNoPrefilter() {
        assertThat(RequiredLiterals.of("exosom|\\b(?:kymriah|yescarta)\\b")).isEmpty();
    }
}
