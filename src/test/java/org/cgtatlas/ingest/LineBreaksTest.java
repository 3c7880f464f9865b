package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineBreaksTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("no break", 0),
                Arguments.of("one\nLF", 1),
                Arguments.of("one\r\nCRLF", 1),
                Arguments.of("one\rCR", 1),
                Arguments.of("\r\n\r\n", 2),
                Arguments.of("\n\r", 2),
                Arguments.of("a\r\rb", 2));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void countsLineBreaksAsFastCsvCountsLines(String text, int breaks) {
        char[] buffer = ("xx" + text + "yy").toCharArray();

        assertThat(LineBreaks.in(buffer, 2, text.length())).isEqualTo(breaks);
    }

    @Test
    void aBreakOutsideTheFieldIsNotCounted() {
        char[] buffer = "a\nb\r\n".toCharArray();

        assertThat(LineBreaks.in(buffer, 2, 2)).isEqualTo(1);
    }
}
