package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScannedTrialTextsTest {

    private static final List<String> LITERALS = List.of("biological: car", "car-t | drug", "| drug: ", "drug: mesna | ",
            "cells | cyclo", "İ", "i̇v");

    private static final Trial TRIAL = new Trial("NCT00000001", "A Study", "RECRUITING", List.of(), List.of("Lymphoma"),
            List.of(new Intervention("BIOLOGICAL", "CAR-T"), new Intervention("DRUG", "Mesna"), new Intervention("", "Cells"),
                    new Intervention("DRUG", "Cyclophosphamide İV")),
            "Sponsor", "OTHER", null, null, null, Set.of());

    @Test
    void scansTheInterventionsAsTheOneLowerCasedTextTheRulesRead() {
        MultiLiteralScanner scanner = MultiLiteralScanner.of(LITERALS);
        ScannedTrialTexts texts = new ScannedTrialTexts(TRIAL, TrialDetails.NONE, scanner);

        String lowerCased = texts.lowerCase(TrialField.INTERVENTIONS);
        MultiLiteralScanner.Scan scan = texts.scan(TrialField.INTERVENTIONS);

        assertThat(lowerCased).isEqualTo("biological: car-t | drug: mesna | cells | drug: cyclophosphamide i̇v | ");
        assertThat(IntStream.range(0, LITERALS.size()).filter(scan::contains).mapToObj(LITERALS::get))
                .containsExactlyElementsOf(LITERALS.stream().filter(lowerCased::contains).toList())
                .hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "car-t cells", "Anti-CD19 CAR-T [Z] @ A", "Mesenchymal Stem Cells é", "İPS CELLS", "ΓΔ T", "ABC\uD801\uDC00"})
    void lowerCasesAsStringToLowerCaseInTheRootLocale(String text) {
        assertThat(ScannedTrialTexts.lowerCased(text)).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    }
}
