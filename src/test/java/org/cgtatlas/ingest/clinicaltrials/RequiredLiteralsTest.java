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

    @Test
    void aConjunctionHoldsEveryRequiredRunAndEveryRequiredGroupOfAnAlternative() {
        assertThat(RequiredLiterals.conjunctions("\\b(?:nk|natural killer)[- ]cells?\\b(?! (?:subsets?|counts?))|\\bnk-92\\b"))
                .contains(List.of(
                        new RequiredLiterals.Conjunction(List.of(List.of("cell"), List.of("nk", "natural killer"))),
                        new RequiredLiterals.Conjunction(List.of(List.of("nk-92")))));
    }

    @Test
    void aConjunctionLeavesOutOptionalGroupsLookaroundsAndSingleCharacters() {
        assertThat(RequiredLiterals.conjunctions("\\b(?:tri|bi)?car[- ]t(?![a-z0-9])(?:x|y)"))
                .contains(List.of(new RequiredLiterals.Conjunction(List.of(List.of("car")))));
    }

    @Test
    void anAlternativeWithNothingRequiredMeansNoConjunctions() {
        assertThat(RequiredLiterals.conjunctions("exosom|\\b[a-z] (?:x|yz)")).isEmpty();
    }

    @Test
    void anAnchorIsTheFirstRequiredRunWithTheMostCharactersThePartBeforeItCanMatch() {
        assertThat(RequiredLiterals.anchor("\\b(?:tri|bi|dual|[a-z])?car[- ]t(?![a-z0-9])"))
                .contains(new RequiredLiterals.Anchor("car", 24));
        assertThat(RequiredLiterals.anchor("a.b")).contains(new RequiredLiterals.Anchor("a", 0));
        assertThat(RequiredLiterals.anchor("(?:x|.)?abc")).contains(new RequiredLiterals.Anchor("abc", 9));
    }

    @Test
    void noAnchorWhereThePartBeforeTheRunCanMatchWithoutBound() {
        assertThat(RequiredLiterals.anchor("\\b[a-z]*cabtagene\\b")).isEmpty();
        assertThat(RequiredLiterals.anchor("(a)\\1bc")).isEmpty();
        assertThat(RequiredLiterals.anchor("x{2}abc")).isEmpty();
        assertThat(RequiredLiterals.anchor("\\d+")).isEmpty();
    }
}
