package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiLiteralScannerTest {

    @Test
    void findsWhereEachLiteralFirstStartsOrMinusOne() {
        MultiLiteralScanner scanner = MultiLiteralScanner.of(List.of("car", "cell", "aav"));

        assertThat(scanner.scan("cd19 car-t cells, car again").firstOccurrences()).containsExactly(5, 11, -1);
    }

    @Test
    void findsLiteralsThatOverlapOrEndInsideOthers() {
        MultiLiteralScanner scanner = MultiLiteralScanner.of(List.of("he", "she", "hers", "his", "e"));

        assertThat(scanner.scan("ushers").firstOccurrences()).containsExactly(2, 1, 2, -1, 3);
    }

    @Test
    void reportsEveryCopyOfARepeatedLiteral() {
        assertThat(MultiLiteralScanner.of(List.of("car", "cart", "car")).scan("a cart").firstOccurrences())
                .containsExactly(2, 2, 2);
    }

    @Test
    void findsLiteralsBeyondAscii() {
        MultiLiteralScanner scanner = MultiLiteralScanner.of(List.of("γδ t", "δ"));

        assertThat(scanner.scan("allogeneic γδ t cells").firstOccurrences()).containsExactly(11, 12);
        assertThat(scanner.scan("γγδ").firstOccurrences()).containsExactly(-1, 2);
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(MultiLiteralScanner.of(List.of("a")).scan("").firstOccurrences()).containsExactly(-1);
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                literals.add(randomText(random, 1 + random.nextInt(4)));
            }
            String text = randomText(random, random.nextInt(40));
            int[] expected = literals.stream().mapToInt(text::indexOf).toArray();

            assertThat(MultiLiteralScanner.of(literals).scan(text).firstOccurrences()).as("%s in %s", literals, text)
                    .containsExactly(expected);
        }
    }

    @Test
    void refusesAnEmptyLiteral() {
        assertThatIllegalArgumentException().isThrownBy(() -> MultiLiteralScanner.of(List.of("car", "")));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcé-".charAt(random.nextInt(5)));
        }
        return text.toString();
    }
}
