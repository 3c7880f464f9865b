package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.domain.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The product table's entries each carry examples, which CgtClassifierTest checks along with the rules. */
class ProductDictionaryTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "SB623; sb623 cells; true", "SB623; sb-623; true", "SB623; sb 623; false", "SB623; xsb623; false",
            "Neurostem; neurostem-ad; true", "Neurostem; neurostemin; false",
            "TG-C; tissuegene tg-c; true", "TG-C; tgc tigecycline; false", "Temcell HS; temcell hs inj.; true"})
    void anAliasMatchesWholeWordsWithItsHyphensOrSpaces(String alias, String text, boolean matches) {
        assertThat(Pattern.compile(ProductDictionary.aliasPattern(alias)).matcher(text).find()).isEqualTo(matches);
    }

    @Test
    void everyEntryHasAModalityDeveloperCountryReferenceAndBothExamples() {
        assertThat(ProductDictionary.bundled().entries()).hasSizeGreaterThan(60).allSatisfy(entry -> {
            assertThat(entry.product().aliases()).isNotEmpty();
            assertThat(entry.product().developer()).isNotBlank();
            assertThat(entry.product().country()).hasSize(2);
            assertThat(entry.product().reference()).isNotBlank();
            assertThat(entry.matchingExample()).isNotBlank();
            assertThat(entry.nonMatchingExample()).isNotBlank();
        });
    }

    @Test
    void programmesThatNameAProductJoinUnlessTheyDescribeOrAreKnown() {
        ProductDictionary dictionary = ProductDictionary.bundled().withProgrammes(List.of(
                programme("p1", "Zetastem® (ZS-01)", Modality.MSC),
                programme("p2", "CAR-T therapies (Some Company)", Modality.CAR_T),
                programme("p3", "Maholo", Modality.PLATFORM),
                programme("p4", "Cartistem®", Modality.STEM_CELL_OTHER),
                programme("p5", "HS-001", null)));

        List<ProductEntry> added = dictionary.entries().stream().map(ProductDictionary.Entry::product)
                .filter(product -> product.id().startsWith("programme-")).toList();

        assertThat(added).singleElement().satisfies(product -> {
            assertThat(product.aliases()).containsExactly("Zetastem", "ZS-01");
            assertThat(product.modality()).isEqualTo(Modality.MSC);
        });
    }

    @Test
    void anAnalystsEntryClassifiesTrialsThatNameIt() {
        ProductDictionary dictionary = ProductDictionary.bundled().withEntries(List.of(new ProductEntry("analyst-x",
                "Xenocel", List.of("Xenocel", "XC-7"), Modality.NK, "Some developer", "KR", "company press release")));
        CgtClassifier classifier = CgtClassifier.withProducts(dictionary);

        assertThat(classifier.classify(CgtClassifierTest.trialWith(TrialField.INTERVENTIONS, "BIOLOGICAL: XC-7 cells")))
                .satisfies(classification -> {
                    assertThat(classification.modality()).isEqualTo(Modality.NK);
                    assertThat(classification.ruleId()).isEqualTo("product:analyst-x");
                });
    }

    private static Programme programme(String id, String name, Modality modality) {
        return new Programme(id, name, "org", "KR", modality, null, null, DevelopmentStage.APPROVED, "", List.of(), "",
                List.of(), null);
    }
}
