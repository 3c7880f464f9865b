package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelFitterTest {

    private static double width(String text) {
        return text.length() * 7.0;
    }

    @Test
    void aLabelThatFitsIsKept() {
        assertThat(LabelFitter.fit("Licence", 100, LabelFitterTest::width)).isEqualTo("Licence");
    }

    @Test
    void aLongLabelIsCutWithAnEllipsisWithinTheRoom() {
        String fitted = LabelFitter.fit("DuoGenic StemCells licence", 70, LabelFitterTest::width);
        assertThat(fitted).endsWith("…").startsWith("DuoGenic");
        assertThat(width(fitted)).isLessThanOrEqualTo(70);
    }

    @Test
    void noLabelWhenNotEvenAFewLettersFit() {
        assertThat(LabelFitter.fit("DuoGenic", 20, LabelFitterTest::width)).isEmpty();
        assertThat(LabelFitter.fit("DuoGenic", -5, LabelFitterTest::width)).isEmpty();
    }
}
