package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiLiteralScannerTest {

    /** The literals (as their texts) that the scan of {@code text} found. */
    private static List<String> found(List<String> literals, String text) {
        MultiLiteralScanner.Scan scan = MultiLiteralScanner.of(literals).scan(text);
        return IntStream.range(0, literals.size()).filter(scan::contains).mapToObj(literals::get).toList();
    }

    /** What a scan must find: the literals that occur in the text as String.toLowerCase(Locale.ROOT) makes it. */
    private static List<String> inLowerCasedText(List<String> literals, String text) {
        String lowerCased = text.toLowerCase(Locale.ROOT);
        return literals.stream().filter(lowerCased::contains).toList();
    }

    @Test
    void findsWhichLiteralsOccur() {
        assertThat(found(List.of("car", "cell", "aav"), "cd19 car-t cells, car again")).containsExactly("car", "cell");
    }

    @Test
    void findsLiteralsThatOverlapOrEndInsideOthers() {
        assertThat(found(List.of("he", "she", "hers", "his", "e"), "ushers")).containsExactly("he", "she", "hers", "e");
    }

    @Test
    void reportsEveryCopyOfARepeatedLiteral() {
        MultiLiteralScanner.Scan scan = MultiLiteralScanner.of(List.of("car", "cart", "car")).scan("a cart");

        assertThat(IntStream.range(0, 3).filter(scan::contains)).containsExactly(0, 1, 2);
    }

    @Test
    void findsLiteralsBeyondAscii() {
        List<String> literals = List.of("γδ t", "δ");

        assertThat(found(literals, "allogeneic γδ t cells")).containsExactly("γδ t", "δ");
        assertThat(found(literals, "γγδ")).containsExactly("δ");
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(MultiLiteralScanner.of(List.of("a")).scan("").isEmpty()).isTrue();
    }

    @Test
    void readsTheTextAsLowerCasedWithoutLowerCasingIt() {
        assertThat(found(List.of("car-t", "cd19", "γδ t"), "Anti-CD19 CAR-T and ΓΔ T cells")).containsExactly("car-t", "cd19", "γδ t");
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = ';', value = {
            // Lower-casing İ (Turkish capital dotted I) under Locale.ROOT gives i and a combining dot: "iṗs" is no "ips"
            "ips; İPS CELLS; false",
            "i̇ps; İPS CELLS; true",
            "ips; IPS CELLS; true",
            // ß stays ß; its capital ẞ becomes ß; "SS" is only ss
            "straße; STRAẞE; true",
            "strasse; straße; false",
            "ss; STRASSE; true",
            // The Kelvin sign lower-cases to an ASCII k
            "kit; \u212AIT; true",
            // Final sigma: Σ at a word's end becomes ς, found as σ and ς alike
            "ς; ΟΔΟΣ; true",
            "σ; ΟΔΟΣ; true",
            // CJK has no case; a supplementary letter (Deseret) lower-cases as a code point
            "干细胞; 间充质干细胞治疗; true",
            "\uD801\uDC28; \uD801\uDC00; true"})
    void readsTextsAsStringToLowerCaseInTheRootLocaleWouldMakeThem(String literal, String text, boolean found) {
        assertThat(found(List.of(literal), text)).as("scan").isEqualTo(found ? List.of(literal) : List.of());
        if (!literal.contains("σ") && !literal.contains("ς")) {
            assertThat(inLowerCasedText(List.of(literal), text)).as("lower-cased text").isEqualTo(found(List.of(literal), text));
        }
    }

    @Test
    void agreesWithIndexOfInTheLowerCasedTextOnRandomTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                literals.add(randomText(random, 1 + random.nextInt(4)).toLowerCase(Locale.ROOT));
            }
            String text = randomText(random, random.nextInt(40));

            assertThat(found(literals, text)).as("%s in %s", literals, text).isEqualTo(inLowerCasedText(literals, text));
        }
    }

    @Test
    void agreesWithIndexOfInTheLowerCasedTextOnLongTextsReadAsTwoHalves() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                literals.add(randomText(random, 1 + random.nextInt(6)).toLowerCase(Locale.ROOT));
            }
            // Mostly without the characters that lower-case to other than one of their own, which end the read in halves
            String text = randomText(random, 150 + random.nextInt(300), round % 5 == 0 ? RANDOM_PIECES : ONE_CHAR_PIECES);

            assertThat(found(literals, text)).as("%s in %s", literals, text).isEqualTo(inLowerCasedText(literals, text));
        }
    }

    @Test
    void findsALiteralAcrossTheMiddleOfALongTextAndAcrossPieces() {
        String half = "x".repeat(200);
        List<String> literals = List.of("chimeric antigen receptor", "cd19");

        assertThat(found(literals, half + "Chimeric Antigen Receptor" + half)).containsExactly("chimeric antigen receptor");
        assertThat(found(literals, half.substring(12) + "Chimeric Antigen Receptor" + half)).containsExactly("chimeric antigen receptor");
        MultiLiteralScanner.Scanning scanning = MultiLiteralScanner.of(literals).start();
        scanning.read("anti-CD");
        scanning.read("19 " + half + half + " CHIMERIC");
        scanning.read(" antigen receptor");
        assertThat(IntStream.range(0, 2).filter(scanning.scan()::contains)).containsExactly(0, 1);
    }

    @Test
    void refusesAnEmptyLiteral() {
        assertThatIllegalArgumentException().isThrownBy(() -> MultiLiteralScanner.of(List.of("car", "")));
    }

    private static final String[] RANDOM_PIECES = {"a", "b", "c", "A", "B", "é", "É", "-", "i", "I", "İ", "\u0307", "ß", "ẞ",
            "s", "S", "\u212A", "k", "细", "\uD801\uDC00", "\uD801\uDC28", "\uD801"};

    private static final String[] ONE_CHAR_PIECES = {"a", "b", "c", "A", "B", "é", "É", "-", "i", "I", "ß", "ẞ", "s", "S",
            "\u212A", "k", "细"};

    private static String randomText(Random random, int length) {
        return randomText(random, length, RANDOM_PIECES);
    }

    private static String randomText(Random random, int length, String[] pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
