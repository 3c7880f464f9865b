package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RuleSearch finds what Matcher.find() on the whole pattern finds, though it runs the alternatives one by one. */
class RuleSearchTest {

    private static String search(String pattern, String text) {
        Map<String, Integer> literals = new LinkedHashMap<>();
        RuleSearch search = RuleSearch.of(Pattern.compile(pattern),
                literal -> literals.computeIfAbsent(literal, added -> literals.size()));
        return search.find(MultiLiteralScanner.of(new ArrayList<>(literals.keySet())).scan(text), () -> text);
    }

    private static String wholePattern(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\\bcell therapy|\\bcar[- ]t\\b; a car-t cell therapy; car-t",
            "\\bcar[- ]t\\b|\\bcar[- ]t cells?; car-t cells; car-t",
            "\\bcar[- ]t cells?|\\bcar[- ]t\\b; car-t cells; car-t cells",
            "\\bnk[- ]cells?\\b(?! (?:subsets?|counts?))|\\bnk-92\\b; nk cell counts, nk cells and nk-92; nk cells",
            "\\bmscs?\\b|mesenchymal; msc-like mscs; msc",
            "(a)\\1|bb; xbbaa; bb",
            "(?i)abc|def; ABC def; ABC",
            // Started near the anchor "car", the search still sees the letter before it and the text before that
            "\\bcar[- ]t\\b|(?<=x{3}) car; xxx scar-t car-t; car-t",
            "\\bnk\\b|(?<=xxxxxxx)nk; xxxxxxxnk nk; nk",
            "(?:^|[^a-z])cd19|^cd; cd19 and cd19; cd19"})
    void findsTheLeftmostMatchAndAtTheSamePlaceTheEarlierAlternative(String pattern, String text, String expected) {
        assertThat(search(pattern, text)).isEqualTo(expected).isEqualTo(wholePattern(pattern, text));
    }

    @Test
    void findsNothingWhereNoAlternativeMatches() {
        assertThat(search("\\bcar[- ]t\\b|chimeric antigen receptor", "cardiac care for carriers")).isNull();
    }

    @Test
    void findsWhatTheWholePatternFindsForEveryRuleAndItsExamples() {
        List<String> texts = new ArrayList<>();
        CgtClassifier.loadRules().forEach(rule -> {
            texts.add(rule.matchingExample().toLowerCase(java.util.Locale.ROOT));
            texts.add(rule.nonMatchingExample().toLowerCase(java.util.Locale.ROOT));
        });
        for (ClassificationRule rule : CgtClassifier.loadRules()) {
            for (String text : texts) {
                assertThat(search(rule.pattern().pattern(), text)).as("%s in %s", rule.id(), text)
                        .isEqualTo(wholePattern(rule.pattern().pattern(), text));
            }
        }
    }

    @Test
    void mayMatchOnlyWhereTheScanFoundALiteralItNeedsUnlessAnAlternativeNeedsNone() {
        Map<String, Integer> literals = new LinkedHashMap<>();
        RuleSearch carT = RuleSearch.of(Pattern.compile("\\bcar[- ]t\\b|chimeric antigen receptor"),
                literal -> literals.computeIfAbsent(literal, added -> literals.size()));
        RuleSearch noLiteral = RuleSearch.of(Pattern.compile("\\d+"),
                literal -> literals.computeIfAbsent(literal, added -> literals.size()));
        MultiLiteralScanner scanner = MultiLiteralScanner.of(new ArrayList<>(literals.keySet()));

        assertThat(carT.mayMatch(scanner.scan("A CAR-T study"))).isTrue();
        assertThat(carT.mayMatch(scanner.scan("A stem cell study"))).isFalse();
        assertThat(noLiteral.mayMatch(scanner.scan("A stem cell study"))).isTrue();
    }
}
